import { describe, expect, it } from 'vitest';
import { PROPOSAL } from '../../testing/schedule-board';
import { comparisonRows } from './comparison-rows';
import { parseEighths } from './parse-eighths';

describe('the optimizer comparison', () => {
  it('lines each cast member up before and after, with what the new order saves them', () => {
    const rows = comparisonRows(PROPOSAL.before, PROPOSAL.after);
    expect(rows.map((r) => [r.castNumber, r.holdBefore, r.holdAfter, r.saved])).toEqual([
      [1, 0, 0, 0],
      [2, 1, 0, 120_000],
    ]);
  });

  it('counts someone only on one side as nothing on the other', () => {
    const rows = comparisonRows(
      { ...PROPOSAL.before, cast: [] },
      { ...PROPOSAL.after, cast: PROPOSAL.after.cast.slice(0, 1) },
    );
    expect(rows).toEqual([
      expect.objectContaining({
        castNumber: 1,
        costBefore: 0,
        costAfter: 300_000,
        saved: -300_000,
      }),
    ]);
  });
});

describe('reading a day length in pages', () => {
  it('takes pages and eighths as the office writes them', () => {
    expect(parseEighths('5')).toBe(40);
    expect(parseEighths('4 6/8')).toBe(38);
    expect(parseEighths(' 7/8 ')).toBe(7);
    expect(parseEighths('4 9/8')).toBeNull();
    expect(parseEighths('4.5')).toBeNull();
    expect(parseEighths('')).toBeNull();
  });
});
