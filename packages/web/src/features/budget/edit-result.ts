import type { ActionResultDto, BudgetEditResultDto } from '@greenlight/contract';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The lines and totals an allowed budget change answered with (`BudgetEditResultDto`), or null when the
 * change was routed for approval or the result is not of that shape.
 */
export const editResultOf = (result: ActionResultDto): BudgetEditResultDto | null => {
  if (result.outcome !== 'allowed' || !isRecord(result.result)) return null;
  const value = result.result;
  return typeof value['revision'] === 'number' &&
    Array.isArray(value['lines']) &&
    Array.isArray(value['removedLineIds']) &&
    isRecord(value['topSheet'])
    ? (value as unknown as BudgetEditResultDto)
    : null;
};

/** A string field of an allowed result (`versionId` of a new budget or revision). */
export const resultField = (result: ActionResultDto, key: string): string | null => {
  if (result.outcome !== 'allowed' || !isRecord(result.result)) return null;
  const found = result.result[key];
  return typeof found === 'string' ? found : null;
};
