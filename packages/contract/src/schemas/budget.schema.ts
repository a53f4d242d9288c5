import { z } from 'zod';
import {
  BUDGET_SECTIONS,
  BUDGET_STATUSES,
  BUDGET_TEMPLATES,
  BUDGET_UNITS,
  PERCENTAGE_ITEM_KINDS,
  type BudgetTemplateId,
} from '@greenlight/domain';
import {
  CurrencySchema,
  DepartmentSchema,
  IdSchema,
  InstantSchema,
  MinorUnitsSchema,
  NonNegativeMinorUnitsSchema,
} from './common.schema.js';

// Budgets are integers all the way down: quantities in thousandths, money in minor units, percentages in
// basis points. The shapes follow the domain's `Budget`; whether a budget adds up (unknown globals, circles,
// missing rates) is the domain's to say, as a 400 listing every problem in `details.problems`.

const safeInteger = z.number().int().refine(Number.isSafeInteger, 'must be a safe integer');
export const QuantitySchema = safeInteger.describe(
  'A quantity in thousandths of a unit: 2.5 weeks is 2500, 1 is 1000',
);
export const BasisPointsSchema = z
  .number()
  .int()
  .min(0)
  .max(10_000_000)
  .describe('A percentage in basis points: 10,000 is 100 %, 250 is 2.5 %');
/** Ids of lines, fringes and items; account numbers; global names. */
const KeySchema = z.string().trim().min(1).max(64);
const NameSchema = z.string().trim().min(1).max(200);

export const BudgetSectionSchema = z.enum(BUDGET_SECTIONS);
export const BudgetUnitSchema = z.enum(BUDGET_UNITS);
export const BudgetStatusSchema = z.enum(BUDGET_STATUSES);
export const BudgetTemplateIdSchema = z.enum(
  BUDGET_TEMPLATES.map((t) => t.id) as [BudgetTemplateId, ...BudgetTemplateId[]],
);
export const BudgetTransitionSchema = z.enum(['submit', 'withdraw', 'return', 'approve']);

export const ScheduleLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shoot-days') }),
  z.object({ kind: z.literal('cast-work-days'), castNumber: z.number().int().min(1) }),
  z.object({ kind: z.literal('cast-hold-days'), castNumber: z.number().int().min(1) }),
]);

/** The amount column (and a global's value): a quantity, or a global's value by name. */
export const QuantityOrGlobalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quantity'), quantity: QuantitySchema }),
  z.object({ kind: z.literal('global'), name: KeySchema }),
]);

export const DetailLineSchema = z.object({
  id: KeySchema,
  accountNumber: KeySchema,
  description: z.string().max(500),
  amount: QuantityOrGlobalSchema,
  unit: BudgetUnitSchema,
  multiplier: QuantitySchema.describe('The "x" column (people, cameras), in thousandths'),
  rate: MinorUnitsSchema.describe('Per unit, in minor units of the line’s currency'),
  currency: CurrencySchema,
  fringeIds: z.array(KeySchema).max(50),
  scheduleLink: ScheduleLinkSchema.nullable(),
});
export type DetailLineDto = z.infer<typeof DetailLineSchema>;

export const ExchangeRateSchema = z.object({
  currency: CurrencySchema,
  perUnitMicros: z
    .number()
    .int()
    .positive()
    .describe('What one unit of `currency` is worth in the budget currency, in millionths'),
});

export const BudgetGlobalSchema = z.object({
  name: KeySchema,
  description: z.string().max(200),
  value: QuantityOrGlobalSchema,
  scheduleLink: ScheduleLinkSchema.nullable(),
});

export const FringeSchema = z.discriminatedUnion('kind', [
  z.object({
    id: KeySchema,
    name: NameSchema,
    kind: z.literal('percentage'),
    rateBp: BasisPointsSchema,
    cap: NonNegativeMinorUnitsSchema.nullable().describe('The most of one line it applies to'),
    threshold: NonNegativeMinorUnitsSchema.nullable().describe('The part of a line it skips'),
  }),
  z.object({
    id: KeySchema,
    name: NameSchema,
    kind: z.literal('flat-per-unit'),
    amount: MinorUnitsSchema,
    unit: BudgetUnitSchema,
  }),
]);

export const BudgetAccountSchema = z.object({
  number: KeySchema,
  name: NameSchema,
  section: BudgetSectionSchema,
  role: z.enum(['lines', 'fringes']),
  department: DepartmentSchema.nullable().describe(
    'Whose department the account is: a department head budgets their own accounts in detail',
  ),
});

export const PercentageItemSchema = z.object({
  id: KeySchema,
  kind: z.enum(PERCENTAGE_ITEM_KINDS),
  name: NameSchema,
  rateBp: BasisPointsSchema,
  base: z.object({
    sections: z.array(BudgetSectionSchema),
    items: z.array(KeySchema).describe('Earlier items the base includes (a bond on contingency)'),
  }),
});

/** Everything but the lines; the currency is set when the budget is made. */
export const BudgetSetupSchema = z.object({
  exchangeRates: z.array(ExchangeRateSchema).max(100),
  globals: z.array(BudgetGlobalSchema).max(1_000),
  fringes: z.array(FringeSchema).max(200),
  accounts: z.array(BudgetAccountSchema).min(1).max(2_000),
  percentageItems: z.array(PercentageItemSchema).max(8),
});
export type BudgetSetupDto = z.infer<typeof BudgetSetupSchema>;

// ---- Reading ------------------------------------------------------------------------------------------------

export const ComputedLineSchema = DetailLineSchema.extend({
  section: BudgetSectionSchema,
  quantity: QuantitySchema.describe('The amount column’s value: its own quantity or its global’s'),
  totalInLineCurrency: MinorUnitsSchema,
  total: MinorUnitsSchema.describe('In the budget currency'),
  fringes: z.array(z.object({ fringeId: KeySchema, amount: MinorUnitsSchema })),
  fringeTotal: MinorUnitsSchema,
});
export type ComputedLineDto = z.infer<typeof ComputedLineSchema>;

export const ComputedPercentageItemSchema = z.object({
  id: KeySchema,
  kind: z.enum(PERCENTAGE_ITEM_KINDS),
  name: z.string(),
  rateBp: BasisPointsSchema,
  base: MinorUnitsSchema,
  amount: MinorUnitsSchema,
});

export const TopSheetSchema = z.object({
  currency: z.string(),
  sections: z.array(
    z.object({
      section: BudgetSectionSchema,
      label: z.string(),
      rows: z.array(
        z.object({
          accountNumber: z.string(),
          name: z.string(),
          department: DepartmentSchema.nullable(),
          lines: MinorUnitsSchema,
          fringes: MinorUnitsSchema,
          total: MinorUnitsSchema,
        }),
      ),
      total: MinorUnitsSchema,
    }),
  ),
  subtotal: MinorUnitsSchema,
  items: z.array(ComputedPercentageItemSchema),
  grandTotal: MinorUnitsSchema,
});
export type TopSheetDto = z.infer<typeof TopSheetSchema>;

/** The top sheet in figures, as `greenlight budget compute --json` prints it. */
export const BudgetFiguresSchema = z.object({
  currency: z.string(),
  aboveTheLine: MinorUnitsSchema,
  belowTheLine: MinorUnitsSchema,
  post: MinorUnitsSchema,
  other: MinorUnitsSchema,
  subtotal: MinorUnitsSchema,
  contingency: MinorUnitsSchema,
  completionBond: MinorUnitsSchema,
  grandTotal: MinorUnitsSchema,
});

export const BudgetVersionSummarySchema = z.object({
  id: IdSchema,
  budgetId: IdSchema,
  number: z.number().int(),
  name: z.string(),
  status: BudgetStatusSchema,
  revisionOf: IdSchema.nullable(),
  revision: z.number().int().describe('Send it back with every edit; a stale one is a 409'),
  currency: z.string(),
  lineCount: z.number().int(),
  grandTotal: MinorUnitsSchema,
  createdAt: InstantSchema,
  createdBy: IdSchema.nullable(),
  submittedAt: InstantSchema.nullable(),
  submittedBy: IdSchema.nullable(),
  approvedAt: InstantSchema.nullable(),
  approvedBy: IdSchema.nullable(),
  lockedAt: InstantSchema.nullable(),
});
export type BudgetVersionSummaryDto = z.infer<typeof BudgetVersionSummarySchema>;

export const BudgetListSchema = z.object({
  budgets: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      main: z.boolean().describe('The production budget: what the greenlight gate reads'),
      templateId: z.string().nullable(),
      createdAt: InstantSchema,
      versions: z.array(BudgetVersionSummarySchema),
    }),
  ),
  templates: z.array(z.object({ id: BudgetTemplateIdSchema, name: z.string() })),
});
export type BudgetListDto = z.infer<typeof BudgetListSchema>;

export const BudgetVersionQuerySchema = z.object({
  account: z.string().max(64).optional().describe('Only the lines of this account'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(20_000).default(20_000),
});

export const BudgetVersionSchema = z.object({
  version: BudgetVersionSummarySchema,
  budget: z.object({ id: IdSchema, name: z.string(), main: z.boolean() }),
  setup: BudgetSetupSchema,
  /** Every global's value, references followed. */
  globals: z.array(z.object({ name: z.string(), value: QuantitySchema })),
  lines: z.array(ComputedLineSchema),
  page: z.object({
    offset: z.number().int(),
    limit: z.number().int(),
    total: z.number().int().describe('Lines matching (all of them, or the account’s)'),
  }),
  topSheet: TopSheetSchema,
  figures: BudgetFiguresSchema,
  fringeTotals: z.array(z.object({ fringeId: z.string(), amount: MinorUnitsSchema })),
  editable: z
    .boolean()
    .describe('Only a draft is edited; an approved budget changes by a revision'),
  transitions: z.array(BudgetTransitionSchema),
});
export type BudgetVersionDto = z.infer<typeof BudgetVersionSchema>;

// ---- Writing ------------------------------------------------------------------------------------------------

export const CreateBudgetRequestSchema = z.object({
  name: NameSchema,
  template: BudgetTemplateIdSchema,
  currency: CurrencySchema.optional().describe('The production’s currency unless given'),
  versionName: NameSchema.optional(),
});
export type CreateBudgetRequest = z.infer<typeof CreateBudgetRequestSchema>;

export const LineEditSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add'),
    line: DetailLineSchema.extend({
      id: KeySchema.optional().describe('Given by the client (a grid), or made by the server'),
    }),
  }),
  z.object({ kind: z.literal('update'), line: DetailLineSchema }),
  z.object({ kind: z.literal('remove'), lineId: KeySchema }),
]);

export const EditBudgetLinesRequestSchema = z.object({
  revision: z.number().int(),
  edits: z.array(LineEditSchema).min(1).max(20_000),
});
export type EditBudgetLinesRequest = z.infer<typeof EditBudgetLinesRequestSchema>;

/** The `result` of an allowed line edit: the lines as they now are, and the totals they move. */
export const BudgetEditResultSchema = z.object({
  versionId: IdSchema,
  revision: z.number().int(),
  lines: z.array(ComputedLineSchema),
  removedLineIds: z.array(z.string()),
  topSheet: TopSheetSchema,
});
export type BudgetEditResultDto = z.infer<typeof BudgetEditResultSchema>;

export const UpdateBudgetSetupRequestSchema = z.object({
  revision: z.number().int(),
  setup: BudgetSetupSchema,
});
export type UpdateBudgetSetupRequest = z.infer<typeof UpdateBudgetSetupRequestSchema>;

export const BudgetTransitionRequestSchema = z.object({
  transition: BudgetTransitionSchema,
  note: z.string().trim().max(2000).optional(),
});
export type BudgetTransitionRequest = z.infer<typeof BudgetTransitionRequestSchema>;

export const StartBudgetRevisionRequestSchema = z.object({ name: NameSchema.optional() });

// ---- Comparing and the schedule ---------------------------------------------------------------------------

export const BudgetComparisonQuerySchema = z.object({ from: IdSchema, to: IdSchema });

const AmountDifferenceSchema = z.object({
  before: MinorUnitsSchema,
  after: MinorUnitsSchema,
  delta: MinorUnitsSchema,
});
const LineFiguresSchema = z.object({ quantity: QuantitySchema, total: MinorUnitsSchema });

export const BudgetComparisonSchema = z.object({
  from: BudgetVersionSummarySchema,
  to: BudgetVersionSummarySchema,
  currency: z.string(),
  lines: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('added'),
        lineId: z.string(),
        accountNumber: z.string(),
        description: z.string(),
        after: LineFiguresSchema,
        delta: MinorUnitsSchema,
      }),
      z.object({
        kind: z.literal('removed'),
        lineId: z.string(),
        accountNumber: z.string(),
        description: z.string(),
        before: LineFiguresSchema,
        delta: MinorUnitsSchema,
      }),
      z.object({
        kind: z.literal('changed'),
        lineId: z.string(),
        accountNumber: z.string(),
        description: z.string(),
        fields: z.array(z.string()),
        before: LineFiguresSchema,
        after: LineFiguresSchema,
        delta: MinorUnitsSchema,
      }),
    ]),
  ),
  unchangedLines: z.number().int(),
  accounts: z.array(
    AmountDifferenceSchema.extend({
      accountNumber: z.string(),
      name: z.string(),
      section: BudgetSectionSchema,
    }),
  ),
  sections: z.record(BudgetSectionSchema, AmountDifferenceSchema),
  percentageItems: z.array(AmountDifferenceSchema.extend({ id: z.string(), name: z.string() })),
  subtotal: AmountDifferenceSchema,
  grandTotal: AmountDifferenceSchema,
  globals: z.array(
    z.object({
      name: z.string(),
      before: QuantitySchema.nullable(),
      after: QuantitySchema.nullable(),
    }),
  ),
});
export type BudgetComparisonDto = z.infer<typeof BudgetComparisonSchema>;

export const ScheduleFeedSchema = z.object({
  versionId: IdSchema,
  revision: z.number().int(),
  board: z.object({ id: IdSchema, name: z.string() }),
  facts: z.object({
    shootDays: z.number().int(),
    cast: z.array(
      z.object({
        castNumber: z.number().int(),
        name: z.string(),
        workDays: z.number().int(),
        holdDays: z.number().int(),
      }),
    ),
  }),
  globals: z.array(
    z.object({
      name: z.string(),
      link: ScheduleLinkSchema,
      before: QuantitySchema,
      after: QuantitySchema,
    }),
  ),
  lines: z.array(
    z.object({
      lineId: z.string(),
      accountNumber: z.string(),
      description: z.string(),
      link: ScheduleLinkSchema.nullable(),
      global: z.string().nullable(),
      quantityBefore: QuantitySchema,
      quantityAfter: QuantitySchema,
      totalBefore: MinorUnitsSchema,
      totalAfter: MinorUnitsSchema,
      delta: MinorUnitsSchema,
    }),
  ),
  warnings: z.array(
    z.object({ castNumber: z.number().int(), subject: z.string(), message: z.string() }),
  ),
  grandTotal: AmountDifferenceSchema,
});
export type ScheduleFeedDto = z.infer<typeof ScheduleFeedSchema>;

export const ApplyScheduleFeedRequestSchema = z.object({
  revision: z.number().int(),
  globals: z.array(KeySchema).optional().describe('Only these globals (all when left out)'),
  lineIds: z.array(KeySchema).optional().describe('Only these lines (all when left out)'),
});
export type ApplyScheduleFeedRequest = z.infer<typeof ApplyScheduleFeedRequestSchema>;
