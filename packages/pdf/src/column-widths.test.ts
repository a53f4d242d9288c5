import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnWidths } from './column-widths.js';

describe('columnWidths', () => {
  it('splits the width in proportion to the relative widths', () => {
    expect(
      columnWidths(
        [
          { key: 'a', label: 'A', width: 1 },
          { key: 'b', label: 'B', width: 3 },
        ],
        400,
      ),
    ).toEqual([100, 300]);
  });

  it('counts missing, zero, negative and non-finite widths as 1', () => {
    const columns = [undefined, 0, -2, Number.NaN, Number.POSITIVE_INFINITY].map((width, i) =>
      width === undefined ? { key: `${i}`, label: '' } : { key: `${i}`, label: '', width },
    );
    expect(columnWidths(columns, 500)).toEqual([100, 100, 100, 100, 100]);
  });

  it('returns nothing for no columns', () => {
    expect(columnWidths([], 500)).toEqual([]);
  });

  it('always adds up to the total, with every column positive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 100, max: 2000 }),
        (weights, total) => {
          const widths = columnWidths(
            weights.map((width, i) => ({ key: `${i}`, label: '', width })),
            total,
          );
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
          for (const w of widths) expect(w).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
