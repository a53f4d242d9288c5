import { z } from 'zod';
import {
  ActionIdSchema,
  AuthorityMatrixSchema,
  CalendarDateSchema,
  MoneyLimitSchema,
  DepartmentSchema,
  ProductionStageSchema,
  RoleSchema,
  UpdateProductionRequestSchema,
} from '@greenlight/contract';

/**
 * What an action does once it is allowed: at once, or when its approval request is approved. Stored in the
 * request's payload, so an approval days later does exactly what was asked, no more.
 */
export const ActionEffectSchema = z.discriminatedUnion('kind', [
  /** The decision itself is the record (a creative approval, a deal signed outside the system). */
  z.object({ kind: z.literal('record-only') }),
  z.object({ kind: z.literal('commit-expenditure'), expenditureId: z.uuid() }),
  z.object({ kind: z.literal('update-production'), changes: UpdateProductionRequestSchema }),
  z.object({
    kind: z.literal('change-stage'),
    from: ProductionStageSchema,
    to: ProductionStageSchema,
  }),
  z.object({
    kind: z.literal('add-team-member'),
    personId: z.uuid().nullable(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    role: RoleSchema,
    department: DepartmentSchema.nullable(),
  }),
  z.object({
    kind: z.literal('create-delegation'),
    id: z.uuid(),
    fromPersonId: z.uuid(),
    toPersonId: z.uuid(),
    actions: z.array(ActionIdSchema).min(1),
    startsOn: CalendarDateSchema,
    endsOn: CalendarDateSchema,
    limit: MoneyLimitSchema,
  }),
  z.object({ kind: z.literal('revoke-delegation'), delegationId: z.uuid() }),
  z.object({
    kind: z.literal('set-reports-to'),
    assignmentId: z.uuid(),
    reportsTo: z.uuid().nullable(),
  }),
  z.object({
    kind: z.literal('replace-matrix'),
    matrix: AuthorityMatrixSchema,
    version: z.number().int(),
  }),
]);
export type ActionEffect = z.infer<typeof ActionEffectSchema>;

/** The payload of an approval request: the effect, plus free details the requester attached. */
export const RequestPayloadSchema = z.object({
  effect: ActionEffectSchema,
  details: z.json().optional(),
});
export type RequestPayload = z.infer<typeof RequestPayloadSchema>;
