import type { FinancingPlanDto } from '@greenlight/contract';
import type { FinancingStatus } from '@greenlight/domain';
import { formatAmount } from '../../ui/money';

type Gap = NonNullable<FinancingPlanDto['gap']>;

export type GapHeadline = { readonly tone: 'short' | 'covered'; readonly text: string };

/** The gap in one line: "$442,109.24 short of the approved budget". */
export const gapHeadline = (gap: Gap): GapHeadline => {
  if (gap.gap > 0) {
    return {
      tone: 'short',
      text: `${formatAmount(gap.gap, gap.currency)} short of the approved budget`,
    };
  }
  if (gap.surplus > 0) {
    return {
      tone: 'covered',
      text: `Covered, with ${formatAmount(gap.surplus, gap.currency)} to spare`,
    };
  }
  return { tone: 'covered', text: 'The approved budget is covered exactly' };
};

/** What would still be missing if the committed deals closed too (zero when they would cover it). */
export const shortWithCommitted = (gap: Gap): number =>
  Math.max(0, gap.budgetTotal - gap.closed - gap.committed);

export type GapSegment = {
  readonly key: 'closed' | 'committed' | 'pipeline';
  readonly label: string;
  readonly amount: number;
  /** Share of the bar's scale, 0–100. */
  readonly percent: number;
};

/**
 * The bar's pieces, closed first, on a scale that fits both the budget and all the money in sight; the
 * budget's own mark sits at `budgetPercent`.
 */
export const gapBar = (gap: Gap): { segments: GapSegment[]; budgetPercent: number } => {
  const scale = Math.max(gap.budgetTotal, gap.closed + gap.committed + gap.pipeline, 1);
  const share = (amount: number) => (amount / scale) * 100;
  const segments: GapSegment[] = [
    { key: 'closed', label: 'Closed', amount: gap.closed, percent: share(gap.closed) },
    { key: 'committed', label: 'Committed', amount: gap.committed, percent: share(gap.committed) },
    {
      key: 'pipeline',
      label: 'In the pipeline',
      amount: gap.pipeline,
      percent: share(gap.pipeline),
    },
  ];
  return { segments, budgetPercent: share(gap.budgetTotal) };
};

const STATUS_ORDER: readonly FinancingStatus[] = [
  'drawn',
  'closed',
  'committed',
  'term-sheet',
  'in-negotiation',
  'prospect',
  'withdrawn',
];

export type StatusTotal = {
  readonly status: FinancingStatus;
  readonly count: number;
  /** In the budget currency; null when a source could not be converted. */
  readonly amount: number | null;
};

/** The sources added up by status, drawn first, in the budget currency. */
export const totalsByStatus = (sources: FinancingPlanDto['sources']): StatusTotal[] =>
  STATUS_ORDER.flatMap((status) => {
    const these = sources.filter((s) => s.status === status);
    if (these.length === 0) return [];
    const amount = these.every((s) => s.amountInBudgetCurrency !== null)
      ? these.reduce((sum, s) => sum + (s.amountInBudgetCurrency ?? 0), 0)
      : null;
    return [{ status, count: these.length, amount }];
  });
