import { z } from 'zod';
import {
  DepartmentSchema,
  IdSchema,
  NonNegativeMinorUnitsSchema,
  RoleSchema,
} from './common.schema.js';

export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string().nullable(),
});
export type PersonDto = z.infer<typeof PersonSchema>;

export const AssignmentSchema = z.object({
  id: IdSchema,
  productionId: IdSchema,
  personId: IdSchema,
  role: RoleSchema,
  department: DepartmentSchema.nullable(),
  reportsTo: IdSchema.nullable(),
});
export type AssignmentDto = z.infer<typeof AssignmentSchema>;

export const TeamMemberSchema = AssignmentSchema.extend({
  person: PersonSchema,
  roleLabel: z.string(),
  hasLogin: z.boolean(),
});
export type TeamMemberDto = z.infer<typeof TeamMemberSchema>;

export const TeamSchema = z.object({ members: z.array(TeamMemberSchema) });
export type TeamDto = z.infer<typeof TeamSchema>;

/**
 * Bring a person onto the production in a role. Hiring is an action (producers, director, cast, department heads,
 * crew each have their own), so this is allowed, refused or routed for approval like any other.
 */
export const AddTeamMemberRequestSchema = z
  .object({
    personId: IdSchema.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    email: z.string().trim().toLowerCase().pipe(z.email()).optional(),
    role: RoleSchema,
    department: DepartmentSchema.optional(),
    fee: NonNegativeMinorUnitsSchema.default(0).describe(
      'Agreed fee in minor units; signing limits apply',
    ),
  })
  .refine((v) => v.personId !== undefined || v.name !== undefined, {
    message: "Give either an existing personId or the new person's name",
  })
  .refine(
    (v) => (v.role === 'department-head' || v.role === 'crew' ? v.department !== undefined : true),
    {
      message: 'Department heads and crew need a department',
      path: ['department'],
    },
  );
export type AddTeamMemberRequest = z.infer<typeof AddTeamMemberRequestSchema>;

export const SetReportsToRequestSchema = z.object({ reportsTo: IdSchema.nullable() });
export type SetReportsToRequest = z.infer<typeof SetReportsToRequestSchema>;

export type OrgChartNodeDto = {
  assignmentId: string;
  personId: string;
  name: string;
  role: z.infer<typeof RoleSchema>;
  roleLabel: string;
  department: z.infer<typeof DepartmentSchema> | null;
  reports: OrgChartNodeDto[];
};
export const OrgChartNodeSchema: z.ZodType<OrgChartNodeDto> = z.lazy(() =>
  z.object({
    assignmentId: IdSchema,
    personId: IdSchema,
    name: z.string(),
    role: RoleSchema,
    roleLabel: z.string(),
    department: DepartmentSchema.nullable(),
    reports: z.array(OrgChartNodeSchema),
  }),
);
export const OrgChartSchema = z.object({ roots: z.array(OrgChartNodeSchema) });
export type OrgChartDto = z.infer<typeof OrgChartSchema>;

export const RoleInfoSchema = z.object({
  role: RoleSchema,
  label: z.string(),
  description: z.string(),
  aboveTheLine: z.boolean(),
  defaultReportsTo: z.array(RoleSchema),
});
export const RolesSchema = z.object({ roles: z.array(RoleInfoSchema) });
