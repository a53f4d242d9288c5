/**
 * Splits `total` (a whole number of minor units, zero or more) into parts proportional to `weights`
 * (non-negative integers) so that the parts add up to exactly `total`: the largest remainder method
 * (Hamilton). Each part gets the whole part of its exact quota; the minor units left over go one each to
 * the largest fractional remainders, ties to the earlier weight. Every part is therefore within one minor
 * unit of its exact quota, and a part never exceeds its weight when `total` is at most the sum of weights
 * (which is what pro rata payment within a waterfall tier relies on).
 *
 * All weights zero (or none): nothing can be split, so every part is zero and the caller keeps `total`.
 * A negative total is split like its opposite, with every part negated (a refund mirrors the charge).
 */
export const allocateLargestRemainder = (total: number, weights: readonly number[]): number[] => {
  if (total < 0) return allocateLargestRemainder(-total, weights).map((part) => -part || 0);
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n || total === 0) return weights.map(() => 0);
  const bigTotal = BigInt(total);
  const parts = weights.map((w) => (bigTotal * BigInt(w)) / sum);
  const remainders = weights.map((w, index) => ({
    index,
    remainder: (bigTotal * BigInt(w)) % sum,
  }));
  let left = Number(bigTotal - parts.reduce((a, p) => a + p, 0n));
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1;
  }
  return parts.map((p) => Number(p));
};
