import { z } from 'zod';
import {
  ActionAreaSchema,
  ActionIdSchema,
  CalendarDateSchema,
  DecisionAreaSchema,
  DepartmentSchema,
  IdSchema,
  InstantSchema,
  JsonValueSchema,
  MinorUnitsSchema,
  MoneyLimitSchema,
  NonNegativeMinorUnitsSchema,
  RoleSchema,
} from './common.schema.js';

export const ActionDefinitionSchema = z.object({
  id: ActionIdSchema,
  area: ActionAreaSchema,
  label: z.string(),
  description: z.string(),
  decisionArea: DecisionAreaSchema,
  involvesMoney: z.boolean(),
  departmentScoped: z.boolean(),
  readOnly: z.boolean(),
});
export const CatalogSchema = z.object({
  actions: z.array(ActionDefinitionSchema),
  areas: z.array(z.object({ area: ActionAreaSchema, label: z.string() })),
});
export type CatalogDto = z.infer<typeof CatalogSchema>;

export const ActionRuleSchema = z.object({
  perform: z.array(RoleSchema),
  request: z.array(RoleSchema),
  approve: z.array(RoleSchema),
});

export const AuthorityMatrixSchema = z.object({
  rules: z.record(ActionIdSchema, ActionRuleSchema),
  roleLimits: z.partialRecord(RoleSchema, MoneyLimitSchema),
  personLimits: z.record(IdSchema, MoneyLimitSchema),
  finalSay: z.record(DecisionAreaSchema, RoleSchema),
});
export type AuthorityMatrixDto = z.infer<typeof AuthorityMatrixSchema>;

export const AuthorityMatrixResponseSchema = z.object({
  matrix: AuthorityMatrixSchema,
  version: z.number().int(),
  currency: z.string(),
  canEdit: z.boolean().describe('Whether the caller may change rules and final say outright'),
  canSetLimits: z.boolean(),
});
export type AuthorityMatrixResponse = z.infer<typeof AuthorityMatrixResponseSchema>;

export const UpdateAuthorityMatrixRequestSchema = z.object({
  matrix: AuthorityMatrixSchema,
  /** The version the edit was made on; a stale version is a conflict, never a silent overwrite. */
  version: z.number().int(),
});
export type UpdateAuthorityMatrixRequest = z.infer<typeof UpdateAuthorityMatrixRequestSchema>;

export const DecisionRequestSchema = z.object({
  action: ActionIdSchema,
  amount: NonNegativeMinorUnitsSchema.optional(),
  department: DepartmentSchema.optional(),
});
export type DecisionRequest = z.infer<typeof DecisionRequestSchema>;

export const DecisionSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('allow'), action: ActionIdSchema, rule: z.string() }),
  z.object({
    outcome: z.literal('deny'),
    action: ActionIdSchema,
    code: z.string(),
    reason: z.string(),
  }),
  z.object({
    outcome: z.literal('requires-approval'),
    action: ActionIdSchema,
    reason: z.string(),
    rule: z.string(),
    approvers: z.array(IdSchema),
  }),
]);
export type DecisionDto = z.infer<typeof DecisionSchema>;

/** Take an action that has no dedicated endpoint (a creative approval, a financing deal…). */
export const PerformActionRequestSchema = z.object({
  action: ActionIdSchema,
  amount: NonNegativeMinorUnitsSchema.optional(),
  department: DepartmentSchema.optional(),
  summary: z.string().trim().min(1).max(500),
  payload: JsonValueSchema.optional(),
});
export type PerformActionRequest = z.infer<typeof PerformActionRequestSchema>;

export const ApprovalStatusSchema = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);

export const ApprovalRequestSchema = z.object({
  id: IdSchema,
  productionId: IdSchema,
  productionTitle: z.string(),
  currency: z.string(),
  action: ActionIdSchema,
  actionLabel: z.string(),
  requestedBy: IdSchema,
  requestedByName: z.string(),
  amount: MinorUnitsSchema.nullable(),
  department: DepartmentSchema.nullable(),
  summary: z.string(),
  payload: JsonValueSchema,
  status: ApprovalStatusSchema,
  routedTo: z.array(z.object({ personId: IdSchema, name: z.string() })),
  level: z.number().int(),
  createdAt: InstantSchema,
  decidedAt: InstantSchema.nullable(),
  decidedBy: IdSchema.nullable(),
  decidedByName: z.string().nullable(),
  decisionReason: z.string().nullable(),
  canDecide: z
    .boolean()
    .describe('Whether the caller holds enough authority to approve or reject it now'),
  canWithdraw: z.boolean(),
  canEscalate: z.boolean(),
});
export type ApprovalRequestDto = z.infer<typeof ApprovalRequestSchema>;

export const ApprovalListSchema = z.object({ requests: z.array(ApprovalRequestSchema) });
export type ApprovalListDto = z.infer<typeof ApprovalListSchema>;

export const ApprovalListQuerySchema = z.object({
  status: ApprovalStatusSchema.optional(),
  scope: z.enum(['awaiting-me', 'mine', 'all']).default('all'),
});

export const ActionResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('allowed'), rule: z.string(), result: JsonValueSchema }),
  z.object({
    outcome: z.literal('approval-requested'),
    rule: z.string(),
    request: ApprovalRequestSchema,
  }),
]);
export type ActionResultDto = z.infer<typeof ActionResultSchema>;

export const ApproveRequestSchema = z.object({ note: z.string().trim().max(2000).optional() });
export const RejectRequestSchema = z.object({
  reason: z.string().trim().min(1, 'say why').max(2000),
});

export const AuditEntrySchema = z.object({
  sequence: z.number().int(),
  productionId: IdSchema.nullable(),
  at: InstantSchema,
  actorPersonId: IdSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  summary: z
    .string()
    .nullable()
    .describe('What the action was about: the request’s one-line summary'),
  outcome: z.string(),
  rule: z.string(),
  amount: MinorUnitsSchema.nullable(),
  approvalRequestId: IdSchema.nullable(),
  details: JsonValueSchema,
});
export type AuditEntryDto = z.infer<typeof AuditEntrySchema>;
export const AuditLogQuerySchema = z.object({
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Only entries older than this sequence'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  action: z.string().max(100).optional(),
  outcome: z
    .enum([
      'allowed',
      'denied',
      'approval-requested',
      'approved',
      'rejected',
      'withdrawn',
      'escalated',
    ])
    .optional(),
});
export const AuditLogSchema = z.object({
  entries: z.array(AuditEntrySchema),
  currency: z.string(),
});
export type AuditLogDto = z.infer<typeof AuditLogSchema>;

export const RaciLetterSchema = z.enum(['R', 'A', 'C', 'I']);
export const RaciSchema = z.object({
  roles: z.array(z.object({ role: RoleSchema, label: z.string() })),
  areas: z.array(
    z.object({
      area: ActionAreaSchema,
      label: z.string(),
      cells: z.partialRecord(RoleSchema, z.array(RaciLetterSchema)),
    }),
  ),
});
export type RaciDto = z.infer<typeof RaciSchema>;

export const DelegationSchema = z.object({
  id: IdSchema,
  fromPersonId: IdSchema,
  toPersonId: IdSchema,
  actions: z.array(ActionIdSchema),
  startsOn: CalendarDateSchema,
  endsOn: CalendarDateSchema,
  limit: MoneyLimitSchema,
  revoked: z.boolean(),
});
export type DelegationDto = z.infer<typeof DelegationSchema>;
export const DelegationListSchema = z.object({ delegations: z.array(DelegationSchema) });
export const CreateDelegationRequestSchema = z
  .object({
    toPersonId: IdSchema,
    actions: z.array(ActionIdSchema).min(1),
    startsOn: CalendarDateSchema,
    endsOn: CalendarDateSchema,
    limit: MoneyLimitSchema.default(null),
  })
  .refine((v) => v.startsOn <= v.endsOn, {
    message: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  });
export type CreateDelegationRequest = z.infer<typeof CreateDelegationRequestSchema>;
