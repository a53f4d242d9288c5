import type { FinancingSourceDto } from '@greenlight/contract';
import { formatAmount } from '../../ui/money';
import { formatPercent, formatPoints } from './basis-points';

/** A deal's terms as short phrases for a table cell, in the order a financier reads them. */
export const termsSummary = (terms: FinancingSourceDto['terms'], currency: string): string[] => [
  ...(terms.equityShareBp === null ? [] : [`${formatPercent(terms.equityShareBp)} equity`]),
  ...(terms.interestBp === null ? [] : [`${formatPercent(terms.interestBp)} interest`]),
  ...(terms.fees === null ? [] : [`${formatAmount(terms.fees, currency)} fees`]),
  ...(terms.premiumBp === null ? [] : [`${formatPercent(terms.premiumBp)} premium`]),
  ...(terms.recoupmentRank === null ? [] : [`recoups ${ordinal(terms.recoupmentRank)}`]),
  ...(terms.backEndPointsBp === null ? [] : [`${formatPoints(terms.backEndPointsBp)} back end`]),
];

/** 1 → "1st", 2 → "2nd", 11 → "11th". */
export const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};
