import { z } from 'zod';
import {
  BudgetSetupSchema,
  BudgetStatusSchema,
  BudgetTemplateIdSchema,
  BudgetTransitionSchema,
  CalendarDateSchema,
  DetailLineSchema,
  DrawdownSchema,
  FinancingSourceKindSchema,
  FinancingStatusSchema,
  FinancingTermsSchema,
  UpdateFinancingSourceRequestSchema,
} from '@greenlight/contract';

// The effects of budget and financing actions, as data (see action-effect.ts): what an approval carries out
// days later is exactly what was asked. Edits name the revision they were made at and, for lines changed or
// removed, the line as the requester saw it, so an approval after other edits still applies when those
// lines are untouched, and is a conflict when they are not.

const quantity = z.number().int();

export const BUDGET_EFFECT_SCHEMAS = [
  z.object({
    kind: z.literal('create-budget'),
    name: z.string(),
    templateId: BudgetTemplateIdSchema,
    currency: z.string(),
    versionName: z.string(),
    createdBy: z.uuid(),
  }),
  z.object({
    kind: z.literal('import-budget'),
    name: z.string(),
    fileName: z.string(),
    currency: z.string(),
    setup: BudgetSetupSchema,
    lines: z.array(DetailLineSchema),
    versionName: z.string(),
    createdBy: z.uuid(),
  }),
  z.object({
    kind: z.literal('edit-budget-lines'),
    versionId: z.uuid(),
    revision: z.number().int(),
    edits: z.array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('add'), line: DetailLineSchema }),
        // `before` is null for a line added earlier in the same batch.
        z.object({
          kind: z.literal('update'),
          line: DetailLineSchema,
          before: DetailLineSchema.nullable(),
        }),
        z.object({
          kind: z.literal('remove'),
          lineId: z.string(),
          before: DetailLineSchema.nullable(),
        }),
      ]),
    ),
  }),
  z.object({
    kind: z.literal('save-budget-setup'),
    versionId: z.uuid(),
    revision: z.number().int(),
    setup: BudgetSetupSchema,
  }),
  z.object({
    kind: z.literal('budget-transition'),
    versionId: z.uuid(),
    transition: BudgetTransitionSchema,
    from: BudgetStatusSchema,
    /** Who asked; the approver of a routed request is found from the request. */
    by: z.uuid(),
    requestId: z.uuid().nullable(),
  }),
  z.object({
    kind: z.literal('start-budget-revision'),
    fromVersionId: z.uuid(),
    name: z.string(),
    createdBy: z.uuid(),
  }),
  z.object({
    kind: z.literal('apply-budget-schedule-feed'),
    versionId: z.uuid(),
    revision: z.number().int(),
    globals: z.array(z.object({ name: z.string(), before: quantity, after: quantity })),
    lines: z.array(z.object({ lineId: z.string(), before: quantity, after: quantity })),
  }),
] as const;

export const FINANCING_EFFECT_SCHEMAS = [
  z.object({
    kind: z.literal('create-financing-source'),
    source: z.object({
      name: z.string(),
      counterparty: z.string().nullable(),
      kind: FinancingSourceKindSchema,
      status: FinancingStatusSchema,
      amount: z.number().int(),
      currency: z.string(),
      terms: FinancingTermsSchema,
      conditions: z.array(z.string()),
      drawdowns: z.array(DrawdownSchema),
    }),
    createdBy: z.uuid(),
  }),
  z.object({
    kind: z.literal('update-financing-source'),
    sourceId: z.uuid(),
    version: z.number().int(),
    changes: UpdateFinancingSourceRequestSchema.omit({ version: true }),
  }),
  z.object({
    kind: z.literal('move-financing-source'),
    sourceId: z.uuid(),
    from: FinancingStatusSchema,
    to: FinancingStatusSchema,
    version: z.number().int(),
  }),
  z.object({
    kind: z.literal('save-planned-spending'),
    weeks: z.array(z.number().int()),
    firstWeek: CalendarDateSchema.nullable(),
    version: z.number().int().nullable(),
  }),
] as const;

/** What overriding the greenlight gate records, carried by the stage change it lets through. */
export const GreenlightOverrideSchema = z.object({
  reason: z.string(),
  by: z.uuid(),
  /** The rule that let the person override, in words, for the audit log. */
  rule: z.string(),
  overridden: z.array(z.object({ code: z.string(), message: z.string() })),
  shortfall: z.number().int().nullable(),
});
