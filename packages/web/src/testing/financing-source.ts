import type { FinancingSourceDto } from '@greenlight/contract';

/** A closed equity deal, as the financing plan lists it, for the Financing tests. */
export const SOURCE: FinancingSourceDto = {
  id: '00000000-0000-4000-8000-00000000f001',
  name: 'Harbour Equity Partners',
  counterparty: 'HEP Film Fund II',
  kind: 'equity',
  status: 'closed',
  amount: 121_600_000,
  currency: 'USD',
  terms: {
    equityShareBp: 5_000,
    interestBp: null,
    fees: null,
    premiumBp: 2_000,
    recoupmentRank: 2,
    credits: ['Executive producer'],
    backEndPointsBp: 2_500,
  },
  conditions: ['Completion bond in place'],
  drawdowns: [{ week: 1, amount: 33_163_637 }],
  version: 3,
  amountInBudgetCurrency: 121_600_000,
  moves: [{ to: 'drawn', action: 'financing.edit-plan' }],
};
