import type { CashFlowDto, WaterfallDto } from '@greenlight/contract';
import {
  addDays,
  cashFlow,
  CLOSED_FINANCING_STATUSES,
  recoupmentTiersFromSources,
  runWaterfall,
  type FinancingStatus,
  type MinorUnits,
  type ProductionId,
  type WaterfallTier,
} from '@greenlight/domain';
import { loadFinancingContext } from './financing-context.js';
import { mustFind, readOnly, type ServiceContext } from './service-context.js';

/**
 * Drawdowns against the planned spending, week by week, in the budget currency (converted with the
 * approved budget's rates): by default the money the production can count on (closed and drawn), or with
 * the committed deals as well.
 */
export const cashFlowView = async (
  context: ServiceContext,
  productionId: ProductionId,
  query: { include: 'closed' | 'committed' },
): Promise<CashFlowDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const financing = await loadFinancingContext(repos, production);
  const plan = await repos.financing.getPlan(productionId);
  const statuses: readonly FinancingStatus[] =
    query.include === 'committed'
      ? [...CLOSED_FINANCING_STATUSES, 'committed']
      : CLOSED_FINANCING_STATUSES;
  const flow = cashFlow({
    currency: financing.currency,
    spending: plan?.plannedSpending ?? [],
    sources: financing.sources,
    exchangeRates: financing.exchangeRates,
    statuses,
  });
  if (!flow.ok) throw flow.error;
  const firstWeek = plan?.firstWeek ?? null;
  return {
    currency: flow.value.currency,
    firstWeek,
    weeks: flow.value.weeks.map((week) => ({
      week: week.week,
      startsOn: firstWeek === null ? null : addDays(firstWeek, (week.week - 1) * 7),
      spending: week.spending,
      drawdowns: week.drawdowns,
      bySource: week.bySource.map((s) => ({ ...s })),
      balance: week.balance,
    })),
    firstShortWeek: flow.value.firstShortWeek,
    lowestBalance: flow.value.lowestBalance,
    totalSpending: flow.value.totalSpending,
    totalDrawdowns: flow.value.totalDrawdowns,
  };
};

const FULL_POINTS = 10_000;

/**
 * Who is paid what, in order, for a revenue figure: a distribution fee off the top when asked, the closed
 * financing recouped by rank (pari passu within a rank, with interest, premium and fees), then the back end
 * split by the points the deals give, the rest of it the production's own.
 */
export const waterfallView = async (
  context: ServiceContext,
  productionId: ProductionId,
  query: { revenue: number; feeBp?: number | undefined },
): Promise<WaterfallDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const financing = await loadFinancingContext(repos, production);
  const recoup = recoupmentTiersFromSources({
    currency: financing.currency,
    exchangeRates: financing.exchangeRates,
    sources: financing.sources,
  });
  if (!recoup.ok) throw recoup.error;
  const shares = financing.sources
    .filter((s) => CLOSED_FINANCING_STATUSES.includes(s.status))
    .flatMap((s) =>
      s.terms.backEndPointsBp === null || s.terms.backEndPointsBp <= 0
        ? []
        : [{ payee: s.name, pointsBp: s.terms.backEndPointsBp }],
    );
  const given = shares.reduce((sum, s) => sum + s.pointsBp, 0);
  const tiers: WaterfallTier[] = [
    ...(query.feeBp === undefined || query.feeBp === 0
      ? []
      : [
          {
            kind: 'fee' as const,
            id: 'distribution-fee',
            name: 'Distribution fee',
            payee: 'Distributor',
            rateBp: query.feeBp,
          },
        ]),
    ...recoup.value,
    ...(shares.length === 0
      ? []
      : [
          {
            kind: 'split' as const,
            id: 'back-end',
            name: 'Back end',
            shares: [
              ...shares,
              ...(given < FULL_POINTS
                ? [{ payee: production.title, pointsBp: FULL_POINTS - given }]
                : []),
            ],
          },
        ]),
  ];
  const result = runWaterfall(tiers, query.revenue as MinorUnits);
  if (!result.ok) throw result.error;
  return {
    currency: financing.currency,
    revenue: result.value.revenue,
    tiers: result.value.tiers.map((tier) => ({
      ...tier,
      payments: tier.payments.map((p) => ({ ...p })),
    })),
    payees: result.value.payees.map((p) => ({ ...p })),
    undistributed: result.value.undistributed,
  };
};
