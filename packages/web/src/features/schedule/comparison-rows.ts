import type { ScheduleExplanationDto } from '@greenlight/contract';

/** One cast member before and after the optimizer's order. */
export type ComparisonRow = {
  readonly castNumber: number;
  readonly name: string;
  readonly workBefore: number;
  readonly workAfter: number;
  readonly holdBefore: number;
  readonly holdAfter: number;
  readonly costBefore: number;
  readonly costAfter: number;
  /** Positive when the new order costs less. */
  readonly saved: number;
};

/** The cast of both explanations side by side, by cast number (someone only in one counts as zero in the other). */
export const comparisonRows = (
  before: ScheduleExplanationDto,
  after: ScheduleExplanationDto,
): ComparisonRow[] => {
  const afterByNumber = new Map(after.cast.map((c) => [c.castNumber, c]));
  const rows: ComparisonRow[] = before.cast.map((b) => {
    const a = afterByNumber.get(b.castNumber);
    return {
      castNumber: b.castNumber,
      name: b.name,
      workBefore: b.workDays,
      workAfter: a?.workDays ?? 0,
      holdBefore: b.holdDays,
      holdAfter: a?.holdDays ?? 0,
      costBefore: b.cost,
      costAfter: a?.cost ?? 0,
      saved: b.cost - (a?.cost ?? 0),
    };
  });
  const seen = new Set(before.cast.map((c) => c.castNumber));
  for (const a of after.cast) {
    if (seen.has(a.castNumber)) continue;
    rows.push({
      castNumber: a.castNumber,
      name: a.name,
      workBefore: 0,
      workAfter: a.workDays,
      holdBefore: 0,
      holdAfter: a.holdDays,
      costBefore: 0,
      costAfter: a.cost,
      saved: -a.cost,
    });
  }
  return rows.sort((x, y) => x.castNumber - y.castNumber);
};
