import { z } from 'zod';
import { FINANCING_SOURCE_KINDS, FINANCING_STATUSES } from '@greenlight/domain';
import {
  CalendarDateSchema,
  CurrencySchema,
  IdSchema,
  MinorUnitsSchema,
  NonNegativeMinorUnitsSchema,
} from './common.schema.js';
import { BasisPointsSchema } from './budget.schema.js';

export const FinancingSourceKindSchema = z.enum(FINANCING_SOURCE_KINDS);
export const FinancingStatusSchema = z.enum(FINANCING_STATUSES);

export const FinancingTermsSchema = z.object({
  equityShareBp: BasisPointsSchema.nullable().describe('The share of the picture’s equity taken'),
  interestBp: BasisPointsSchema.nullable().describe('A loan’s whole interest over its term'),
  fees: NonNegativeMinorUnitsSchema.nullable().describe('Fees recouped with the source'),
  premiumBp: BasisPointsSchema.nullable().describe('What equity recoups on top of its investment'),
  recoupmentRank: z
    .number()
    .int()
    .min(1)
    .max(100)
    .nullable()
    .describe('Position in the waterfall (1 first; equal ranks pari passu); null: not recouped'),
  credits: z.array(z.string().trim().min(1).max(200)).max(20),
  backEndPointsBp: BasisPointsSchema.nullable().describe('Share of the back end: a point is 100'),
});

export const DrawdownSchema = z.object({
  week: z.number().int().min(1).max(1_000),
  amount: NonNegativeMinorUnitsSchema,
});

export const FinancingSourceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  counterparty: z.string().nullable(),
  kind: FinancingSourceKindSchema,
  status: FinancingStatusSchema,
  amount: NonNegativeMinorUnitsSchema.describe('In minor units of the source’s currency'),
  currency: z.string(),
  terms: FinancingTermsSchema,
  conditions: z.array(z.string()),
  drawdowns: z.array(DrawdownSchema),
  version: z.number().int(),
  /** The amount in the budget currency, when the budget’s rates allow converting it. */
  amountInBudgetCurrency: MinorUnitsSchema.nullable(),
  /** Where the source may move next (and the action each move takes). */
  moves: z.array(
    z.object({
      to: FinancingStatusSchema,
      action: z.enum(['financing.edit-plan', 'financing.close-deal']),
    }),
  ),
});
export type FinancingSourceDto = z.infer<typeof FinancingSourceSchema>;

export const FinancingGapSchema = z.object({
  currency: z.string(),
  budgetTotal: MinorUnitsSchema,
  closed: MinorUnitsSchema,
  committed: MinorUnitsSchema,
  pipeline: MinorUnitsSchema,
  gap: MinorUnitsSchema,
  surplus: MinorUnitsSchema,
  /** The gap in words, money formatted in the budget currency. */
  summary: z.string(),
});

export const FinancingPlanSchema = z.object({
  /** The production's approved main budget the plan is measured against, or null while there is none. */
  budget: z
    .object({
      budgetId: IdSchema,
      versionId: IdSchema,
      name: z.string(),
      number: z.number().int(),
      currency: z.string(),
      grandTotal: MinorUnitsSchema,
    })
    .nullable(),
  sources: z.array(FinancingSourceSchema),
  gap: FinancingGapSchema.nullable(),
  /** Why there is no gap figure (no approved budget, a currency without a rate). */
  gapProblem: z.string().nullable(),
  plannedSpending: z.object({
    weeks: z.array(MinorUnitsSchema),
    firstWeek: CalendarDateSchema.nullable(),
    version: z.number().int().nullable(),
  }),
});
export type FinancingPlanDto = z.infer<typeof FinancingPlanSchema>;

const sourceFields = {
  name: z.string().trim().min(1).max(200),
  counterparty: z.string().trim().min(1).max(200).nullable(),
  kind: FinancingSourceKindSchema,
  amount: NonNegativeMinorUnitsSchema,
  currency: CurrencySchema,
  terms: FinancingTermsSchema,
  conditions: z.array(z.string().trim().min(1).max(1_000)).max(50),
  drawdowns: z.array(DrawdownSchema).max(520),
};

export const CreateFinancingSourceRequestSchema = z.object({
  ...sourceFields,
  counterparty: sourceFields.counterparty.optional(),
  status: FinancingStatusSchema.default('prospect'),
  terms: FinancingTermsSchema.partial().optional(),
  conditions: sourceFields.conditions.optional(),
  drawdowns: sourceFields.drawdowns.optional(),
});
export type CreateFinancingSourceRequest = z.infer<typeof CreateFinancingSourceRequestSchema>;

export const UpdateFinancingSourceRequestSchema = z
  .object(sourceFields)
  .partial()
  .extend({ version: z.number().int() });
export type UpdateFinancingSourceRequest = z.infer<typeof UpdateFinancingSourceRequestSchema>;

export const MoveFinancingSourceRequestSchema = z.object({
  to: FinancingStatusSchema,
  version: z.number().int(),
});
export type MoveFinancingSourceRequest = z.infer<typeof MoveFinancingSourceRequestSchema>;

export const UpdatePlannedSpendingRequestSchema = z.object({
  weeks: z.array(NonNegativeMinorUnitsSchema).max(520).describe('Spending by week; week 1 first'),
  firstWeek: CalendarDateSchema.nullable(),
  version: z.number().int().nullable().describe('null for the first save'),
});
export type UpdatePlannedSpendingRequest = z.infer<typeof UpdatePlannedSpendingRequestSchema>;

export const CashFlowQuerySchema = z.object({
  include: z
    .enum(['closed', 'committed'])
    .default('closed')
    .describe('closed: closed and drawn sources; committed: committed ones as well'),
});

export const CashFlowSchema = z.object({
  currency: z.string(),
  firstWeek: CalendarDateSchema.nullable(),
  weeks: z.array(
    z.object({
      week: z.number().int(),
      startsOn: CalendarDateSchema.nullable(),
      spending: MinorUnitsSchema,
      drawdowns: MinorUnitsSchema,
      bySource: z.array(z.object({ sourceId: IdSchema, amount: MinorUnitsSchema })),
      balance: MinorUnitsSchema,
    }),
  ),
  firstShortWeek: z.number().int().nullable(),
  lowestBalance: MinorUnitsSchema,
  totalSpending: MinorUnitsSchema,
  totalDrawdowns: MinorUnitsSchema,
});
export type CashFlowDto = z.infer<typeof CashFlowSchema>;

export const WaterfallQuerySchema = z.object({
  revenue: z.coerce
    .number()
    .int()
    .min(0)
    .refine(Number.isSafeInteger, 'must be a safe integer')
    .describe('Revenue to run through the waterfall, in minor units of the budget currency'),
  feeBp: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .optional()
    .describe('A distribution or sales fee off the top, in basis points'),
});

export const WaterfallSchema = z.object({
  currency: z.string(),
  revenue: MinorUnitsSchema,
  tiers: z.array(
    z.object({
      tierId: z.string(),
      name: z.string(),
      kind: z.enum(['fee', 'recoup', 'split']),
      available: MinorUnitsSchema,
      paid: MinorUnitsSchema,
      payments: z.array(
        z.object({
          payee: z.string(),
          amount: MinorUnitsSchema,
          claim: MinorUnitsSchema.nullable(),
          unpaid: MinorUnitsSchema,
        }),
      ),
    }),
  ),
  payees: z.array(z.object({ payee: z.string(), amount: MinorUnitsSchema })),
  undistributed: MinorUnitsSchema,
});
export type WaterfallDto = z.infer<typeof WaterfallSchema>;

export const GreenlightGateSchema = z.object({
  stage: z.string(),
  outcome: z.enum(['open', 'refused']),
  currency: z.string(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  shortfall: MinorUnitsSchema.nullable(),
  budget: z
    .object({
      versionId: IdSchema,
      name: z.string(),
      status: z.string(),
      grandTotal: MinorUnitsSchema,
    })
    .nullable(),
  closedFinancing: MinorUnitsSchema,
  /** Who may override a refusal: the role with the final financial say, and whether that is the caller. */
  finalSay: z.object({ role: z.string(), label: z.string(), isCaller: z.boolean() }),
});
export type GreenlightGateDto = z.infer<typeof GreenlightGateSchema>;
