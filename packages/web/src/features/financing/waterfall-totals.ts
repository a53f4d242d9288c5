import type { WaterfallDto } from '@greenlight/contract';

export type PayeeRow = {
  readonly payee: string;
  readonly amount: number;
  /** Share of the revenue, 0–100, for the bar. */
  readonly share: number;
  /** "46.3 %" */
  readonly shareText: string;
};

/**
 * The payees with their share of the revenue, and what is left undistributed as a row of its own, so the
 * rows add up to the revenue (the total is summed, not copied from it: a mismatch would show).
 */
export const waterfallTotals = (
  waterfall: WaterfallDto,
): { readonly rows: readonly PayeeRow[]; readonly total: number } => {
  const entries = [
    ...waterfall.payees,
    ...(waterfall.undistributed > 0
      ? [{ payee: 'Left undistributed', amount: waterfall.undistributed }]
      : []),
  ];
  const total = entries.reduce((sum, e) => sum + e.amount, 0);
  const rows = entries.map((e) => {
    const share = waterfall.revenue === 0 ? 0 : (e.amount / waterfall.revenue) * 100;
    return { payee: e.payee, amount: e.amount, share, shareText: `${share.toFixed(1)} %` };
  });
  return { rows, total };
};
