import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eighthsOfLines, formatEighths } from './format-eighths.js';

describe('formatEighths', () => {
  it.each([
    [0, '0'],
    [1, '1/8'],
    [4, '4/8'],
    [8, '1'],
    [11, '1 3/8'],
    [16, '2'],
    [23, '2 7/8'],
  ])('writes %i eighths as %s', (eighths, text) => {
    expect(formatEighths(eighths)).toBe(text);
  });

  it('refuses what is not a count of eighths', () => {
    expect(() => formatEighths(-1)).toThrow(RangeError);
    expect(() => formatEighths(1.5)).toThrow(RangeError);
  });
});

describe('eighthsOfLines', () => {
  it('rounds up to the next eighth of a 55-line page, and counts at least one', () => {
    expect(eighthsOfLines(0, 55)).toBe(1);
    expect(eighthsOfLines(1, 55)).toBe(1);
    expect(eighthsOfLines(6, 55)).toBe(1); // 6.875 lines an eighth
    expect(eighthsOfLines(7, 55)).toBe(2);
    expect(eighthsOfLines(55, 55)).toBe(8);
    expect(eighthsOfLines(56, 55)).toBe(9);
  });

  it('is ceil(lines / (perPage / 8)) exactly, never less than 1', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.integer({ min: 8, max: 80 }), (lines, perPage) => {
        const eighths = eighthsOfLines(lines, perPage);
        expect(eighths).toBeGreaterThanOrEqual(1);
        if (lines > 0) {
          expect(eighths * perPage).toBeGreaterThanOrEqual(lines * 8);
          expect((eighths - 1) * perPage).toBeLessThan(lines * 8);
        }
      }),
    );
  });
});
