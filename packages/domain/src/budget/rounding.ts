/**
 * The one rounding rule of the budget and financing engines: **round half to even** (banker's rounding)
 * to a whole minor unit. Exact halves go to the even neighbour, so thousands of lines do not drift upward
 * the way half-up would; the rule is symmetric, so a credit line rounds like the charge it reverses.
 *
 * Every amount is computed exactly (integers, with a bigint path when a product leaves the safe range)
 * and rounded once, in one of the places named below. Nothing else rounds: sums of rounded amounts are
 * exact integer sums, so section totals equal the sum of their accounts, which equal the sum of their
 * lines and fringes.
 */
export const ROUNDING_RULE = 'half-even';

/** Where the engines round, each exactly once per amount. */
export type RoundingPlace =
  'line-total' | 'currency-conversion' | 'fringe' | 'percentage-item' | 'allocation' | 'pay-line';

export const ROUNDING_PLACES: Readonly<Record<RoundingPlace, string>> = {
  'line-total':
    "A detail line's quantity × multiplier × rate, in the line's own currency (quantities are exact thousandths).",
  'currency-conversion':
    'A line total (or a financing amount) converted into the budget currency with the budget rate table.',
  fringe:
    'One fringe on one line: a percentage of the fringeable part of the line, or a flat amount per unit.',
  'percentage-item':
    'Contingency, completion bond, insurance or overhead: a percentage of its base, once per item.',
  allocation:
    'Splitting a sum into parts (pro rata, by points, evenly by week): largest remainder, so the parts add up exactly.',
  'pay-line':
    "A timecard's pay line: minutes × multiplier × the exact straight rate (a day rate over its weighted guarantee).",
};

const BIG_ZERO = 0n;
const BIG_ONE = 1n;
const BIG_TWO = 2n;

/** `n / d` rounded half to even; `n` a safe integer, `d` a positive safe integer. */
export const divideRoundHalfEven = (n: number, d: number): number => {
  const remainder = n % d;
  const quotient = (n - remainder) / d;
  const twice = 2 * Math.abs(remainder);
  if (twice > d || (twice === d && quotient % 2 !== 0)) return quotient + (n < 0 ? -1 : 1);
  return quotient;
};

/** `n / d` rounded half to even, in bigint; `d` positive. */
export const bigDivideRoundHalfEven = (n: bigint, d: bigint): bigint => {
  const remainder = n % d;
  const quotient = (n - remainder) / d;
  const twice = BIG_TWO * (remainder < BIG_ZERO ? -remainder : remainder);
  if (twice > d || (twice === d && quotient % BIG_TWO !== BIG_ZERO)) {
    return quotient + (n < BIG_ZERO ? -BIG_ONE : BIG_ONE);
  }
  return quotient;
};

const toSafeNumber = (value: bigint): number | null => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
};

/**
 * `a × b / d` rounded half to even, exactly: plain numbers while the product is a safe integer (the common
 * case, and the fast one), bigint otherwise. Null when the result itself is not a safe integer.
 */
export const multiplyDivideRoundHalfEven = (a: number, b: number, d: number): number | null => {
  const product = a * b;
  // A float product is a safe integer only when the exact product is (rounding is monotonic and 2^53 is
  // representable), so this test never lets an inexact product through.
  if (Number.isSafeInteger(product)) return divideRoundHalfEven(product, d);
  return toSafeNumber(bigDivideRoundHalfEven(BigInt(a) * BigInt(b), BigInt(d)));
};

/** `a × b × c / d` rounded half to even, exactly; null when the result is not a safe integer. */
export const multiply3DivideRoundHalfEven = (
  a: number,
  b: number,
  c: number,
  d: number,
): number | null => {
  const ab = a * b;
  if (Number.isSafeInteger(ab)) {
    const abc = ab * c;
    if (Number.isSafeInteger(abc)) return divideRoundHalfEven(abc, d);
  }
  return toSafeNumber(bigDivideRoundHalfEven(BigInt(a) * BigInt(b) * BigInt(c), BigInt(d)));
};

/** Basis points in a whole: 10,000 bp = 100 %. */
export const BASIS_POINTS = 10_000;

/** `amount × bp / 10,000`, rounded once (a percentage item, a percentage fringe, a fee). */
export const percentageOf = (amount: number, basisPoints: number): number | null =>
  multiplyDivideRoundHalfEven(amount, basisPoints, BASIS_POINTS);
