import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate-largest-remainder.js';
import {
  divideRoundHalfEven,
  multiply3DivideRoundHalfEven,
  multiplyDivideRoundHalfEven,
  percentageOf,
  ROUNDING_PLACES,
} from './rounding.js';

const exact = (n: bigint, d: bigint): number => {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  const twice = (abs % d) * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  return Number(negative ? -q : q);
};

describe('round half to even', () => {
  it('sends exact halves to the even neighbour, both signs, and everything else to the nearest', () => {
    const cases = [5, 15, 25, -5, -15, -25, 14, 16, -14, -16, -4, 0];
    expect(cases.map((n) => divideRoundHalfEven(n, 10))).toEqual([
      0, 2, 2, 0, -2, -2, 1, 2, -1, -2, 0, 0,
    ]);
    // toEqual tells 0 from -0: no negative zero ever comes out.
  });

  it('is exact beyond the safe integer range of the product (the bigint path)', () => {
    // 9e15 × 3 is far beyond 2^53; the quotient is not.
    expect(multiplyDivideRoundHalfEven(9_000_000_000_000_000, 3, 1_000_000)).toBe(27_000_000_000);
    expect(
      multiply3DivideRoundHalfEven(123_456_789, 987_654_321, 1_000_003, 1_000_000_000_000),
    ).toBe(exact(123_456_789n * 987_654_321n * 1_000_003n, 1_000_000_000_000n));
    expect(multiplyDivideRoundHalfEven(2 ** 52, 2 ** 10, 1)).toBeNull();
  });

  it('agrees with exact bigint arithmetic on any safe operands', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (a, b, d) => {
          const expected = exact(BigInt(a) * BigInt(b), BigInt(d));
          const actual = multiplyDivideRoundHalfEven(a, b, d);
          expect(actual).toBe(Number.isSafeInteger(expected) ? expected : null);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes percentages in basis points, rounding once', () => {
    expect(percentageOf(68_546_395, 1_000)).toBe(6_854_640);
    expect(percentageOf(1_000, 250)).toBe(25);
  });

  it('names every place the engines round', () => {
    expect(Object.keys(ROUNDING_PLACES)).toEqual([
      'line-total',
      'currency-conversion',
      'fringe',
      'percentage-item',
      'allocation',
      'pay-line',
    ]);
  });
});

describe('allocateLargestRemainder', () => {
  it('splits pro rata, leftover units to the largest remainders, ties to the earlier part', () => {
    expect(allocateLargestRemainder(355_000_000, [480_000_000, 240_000_000])).toEqual([
      236_666_667, 118_333_333,
    ]);
    expect(allocateLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateLargestRemainder(-10, [1, 1, 1])).toEqual([-4, -3, -3]);
    expect(allocateLargestRemainder(10, [0, 0])).toEqual([0, 0]);
    expect(allocateLargestRemainder(0, [3, 4])).toEqual([0, 0]);
  });

  it('never creates or loses a minor unit, and keeps every part within one of its quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocateLargestRemainder(total, weights);
          const weightSum = weights.reduce((a, w) => a + BigInt(w), 0n);
          if (weightSum === 0n) {
            expect(parts.every((p) => p === 0)).toBe(true);
            return;
          }
          expect(parts.reduce((a, p) => a + BigInt(p), 0n)).toBe(BigInt(total));
          parts.forEach((part, index) => {
            const quota = BigInt(total) * BigInt(weights[index] ?? 0);
            // |part − quota / weightSum| < 1  ⇔  |part × weightSum − quota| < weightSum
            const gap = BigInt(part) * weightSum - quota;
            expect(gap < weightSum && -gap < weightSum).toBe(true);
            if (BigInt(total) <= weightSum) expect(part).toBeLessThanOrEqual(weights[index] ?? 0);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
