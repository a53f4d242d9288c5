import type { FinancingSourceDto } from '@greenlight/contract';
import type { FinancingSourceRecord } from '@greenlight/db';
import {
  financingMoveAction,
  financingMoveAllowed,
  FINANCING_STATUSES,
  type FinancingTerms,
  type MinorUnits,
} from '@greenlight/domain';

type TermsInput = {
  readonly equityShareBp?: number | null | undefined;
  readonly interestBp?: number | null | undefined;
  readonly fees?: number | null | undefined;
  readonly premiumBp?: number | null | undefined;
  readonly recoupmentRank?: number | null | undefined;
  readonly credits?: readonly string[] | undefined;
  readonly backEndPointsBp?: number | null | undefined;
};

/** Terms as the domain holds them; a term left out is none. */
export const toFinancingTerms = (terms: TermsInput): FinancingTerms => ({
  equityShareBp: terms.equityShareBp ?? null,
  interestBp: terms.interestBp ?? null,
  fees: (terms.fees ?? null) as MinorUnits | null,
  premiumBp: terms.premiumBp ?? null,
  recoupmentRank: terms.recoupmentRank ?? null,
  credits: [...(terms.credits ?? [])],
  backEndPointsBp: terms.backEndPointsBp ?? null,
});

export const toFinancingSourceDto = (
  source: FinancingSourceRecord,
  amountInBudgetCurrency: MinorUnits | null,
): FinancingSourceDto => ({
  id: source.id,
  name: source.name,
  counterparty: source.counterparty,
  kind: source.kind,
  status: source.status,
  amount: source.amount,
  currency: source.currency,
  terms: { ...source.terms, credits: [...source.terms.credits] },
  conditions: [...source.conditions],
  drawdowns: source.drawdowns.map((d) => ({ ...d })),
  version: source.version,
  amountInBudgetCurrency,
  moves: FINANCING_STATUSES.filter((to) => financingMoveAllowed(source.status, to)).map((to) => ({
    to,
    action: financingMoveAction(source.status, to) as
      'financing.edit-plan' | 'financing.close-deal',
  })),
});
