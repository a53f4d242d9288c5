import type { CreateFinancingSourceRequest } from '@greenlight/contract';
import { allocateLargestRemainder, type ProductionId, type Role } from '@greenlight/domain';
import { createFinancingSource, updatePlannedSpending } from '../services/financing-service.js';
import { readOnly, type ServiceContext } from '../services/service-context.js';

/** A round share of the budget, in whole thousands of the currency. */
const shareOf = (total: number, percent: number): number =>
  Math.round((total * percent) / 100 / 100_000) * 100_000;

const NO_TERMS = {
  equityShareBp: null,
  interestBp: null,
  fees: null,
  premiumBp: null,
  recoupmentRank: null,
  credits: [],
  backEndPointsBp: null,
};

/**
 * The demo's financing plan against its approved budget: equity, a state tax credit and the producer's own
 * money closed (the executive producer closes deals), a Scandinavian pre-sale in euros in negotiation and a
 * gap loan still a prospect (the producer records those), so the plan shows a gap that the greenlight has
 * to be argued past. Planned spending runs from eight weeks of prep through the shoot, wrap and post.
 */
export const seedDemoFinancing = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
  approvedVersionId: string,
): Promise<void> => {
  const ep = as('executive-producer');
  const producer = as('producer');
  const version = await readOnly(ep.deps).budgets.getVersion(productionId, approvedVersionId);
  const total = version?.grandTotal ?? 0;
  const add = (by: ServiceContext, source: CreateFinancingSourceRequest) =>
    createFinancingSource(by, productionId, source, (action) => action);

  const equity = shareOf(total, 55);
  await add(ep, {
    name: 'Harbour Equity Partners',
    counterparty: 'HEP Film Fund II',
    kind: 'equity',
    status: 'closed',
    amount: equity,
    currency: 'USD',
    terms: {
      ...NO_TERMS,
      equityShareBp: 5_000,
      premiumBp: 2_000,
      recoupmentRank: 2,
      credits: ['Executive producer'],
      backEndPointsBp: 2_500,
    },
    conditions: ['Completion bond in place', 'Margot Ellis attached to play Margot'],
    // On signing, at the start of the shoot and at wrap.
    drawdowns: [1, 8, 14].map((week, index) => ({
      week,
      amount: allocateLargestRemainder(equity, [15, 25, 15])[index] ?? 0,
    })),
  });
  await add(ep, {
    name: 'California film tax credit',
    counterparty: 'California Film Commission',
    kind: 'tax-incentive',
    status: 'closed',
    amount: shareOf(total, 20),
    currency: 'USD',
    terms: NO_TERMS,
    conditions: ['Qualified spend audited after delivery', 'Shoot at least 75 % in California'],
    drawdowns: [{ week: 40, amount: shareOf(total, 20) }],
  });
  await add(ep, {
    name: 'Harbourlight Pictures',
    kind: 'producer-funds',
    status: 'closed',
    amount: shareOf(total, 5),
    currency: 'USD',
    terms: { ...NO_TERMS, recoupmentRank: 2, backEndPointsBp: 1_000 },
    conditions: [],
    drawdowns: [{ week: 1, amount: shareOf(total, 5) }],
  });
  await add(producer, {
    name: 'Northern Lights Distribution',
    counterparty: 'Northern Lights Distribution AB (Scandinavia)',
    kind: 'pre-sale',
    status: 'in-negotiation',
    // About a tenth of the budget, in euros (the budget's rate is 1.085).
    amount: shareOf(total / 1.085, 10),
    currency: 'EUR',
    terms: NO_TERMS,
    conditions: ['Delivery of the picture and the Scandinavian deliverables'],
    drawdowns: [],
  });
  await add(producer, {
    name: 'Meridian Capital gap loan',
    kind: 'gap-loan',
    status: 'prospect',
    amount: shareOf(total, 10),
    currency: 'USD',
    terms: { ...NO_TERMS, interestBp: 1_200, fees: 2_500_000, recoupmentRank: 1 },
    conditions: ['Sales estimates at 150 % of the loan'],
    drawdowns: [],
  });

  // Prep 8 weeks (20 %), the shoot (50 %), wrap 2 weeks (10 %), post 16 weeks (20 %).
  const shootWeeks = 6;
  const phases: [weeks: number, percent: number][] = [
    [8, 20],
    [shootWeeks, 50],
    [2, 10],
    [16, 20],
  ];
  const phaseTotals = allocateLargestRemainder(
    total,
    phases.map(([, percent]) => percent),
  );
  const weeks = phases.flatMap(([count], index) =>
    allocateLargestRemainder(
      phaseTotals[index] ?? 0,
      Array.from({ length: count }, () => 1),
    ),
  );
  await updatePlannedSpending(producer, productionId, {
    weeks,
    firstWeek: '2026-11-16',
    version: null,
  });
};
