import {
  BudgetEditResultSchema,
  type ActionResultDto,
  type ComputedLineDto,
  type DetailLineDto,
} from '@greenlight/contract';

// Detail lines for the budget API tests, in whole dollars and days.

/** A line of `days` × `dollars` (or a global's value), with no fringes unless given. */
export const line = (
  id: string,
  accountNumber: string,
  fields: Partial<DetailLineDto> & { days?: number; dollars: number },
): DetailLineDto => ({
  id,
  accountNumber,
  description: fields.description ?? id,
  amount: fields.amount ?? { kind: 'quantity', quantity: (fields.days ?? 1) * 1000 },
  unit: fields.unit ?? 'days',
  multiplier: fields.multiplier ?? 1000,
  rate: fields.dollars * 100,
  currency: fields.currency ?? 'USD',
  fringeIds: fields.fringeIds ?? [],
  scheduleLink: fields.scheduleLink ?? null,
});

/** The line as it is edited, without its figures. */
export const plain = (l: ComputedLineDto): DetailLineDto => ({
  id: l.id,
  accountNumber: l.accountNumber,
  description: l.description,
  amount: l.amount,
  unit: l.unit,
  multiplier: l.multiplier,
  rate: l.rate,
  currency: l.currency,
  fringeIds: l.fringeIds,
  scheduleLink: l.scheduleLink,
});

export const editResult = (result: ActionResultDto) => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  return BudgetEditResultSchema.parse(result.result);
};
