import { z } from 'zod';
import {
  ACTION_AREAS,
  ACTION_IDS,
  DECISION_AREAS,
  DEPARTMENTS,
  PRODUCTION_KINDS,
  PRODUCTION_STAGES,
  ROLES,
  type ActionId,
} from '@greenlight/domain';

// Reference vocabularies, taken from the domain so the API and the rules can never drift apart.
export const RoleSchema = z.enum(ROLES);
export const DepartmentSchema = z.enum(DEPARTMENTS);
export const ProductionKindSchema = z.enum(PRODUCTION_KINDS);
export const ProductionStageSchema = z.enum(PRODUCTION_STAGES);
export const ActionAreaSchema = z.enum(ACTION_AREAS);
export const DecisionAreaSchema = z.enum(DECISION_AREAS);
export const ActionIdSchema = z.enum(ACTION_IDS as [ActionId, ...ActionId[]]);

export const IdSchema = z.uuid();
/** Money is always an integer count of the production currency's minor unit (cents). */
export const MinorUnitsSchema = z
  .number()
  .int()
  .refine(Number.isSafeInteger, 'must be a safe integer')
  .describe('Amount in minor units of the production currency (cents for USD)');
export const NonNegativeMinorUnitsSchema = MinorUnitsSchema.refine(
  (v) => v >= 0,
  'must not be negative',
);
export const MoneyLimitSchema = NonNegativeMinorUnitsSchema.nullable().describe(
  'Signing limit in minor units; null means no limit',
);
export const CalendarDateSchema = z.iso
  .date()
  .describe('A calendar date YYYY-MM-DD in the production time zone');
export const InstantSchema = z.string().describe('ISO 8601 UTC instant');
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as USD');

export const JsonValueSchema: z.ZodType<unknown> = z.json();

export const OkSchema = z.object({ ok: z.literal(true) });
