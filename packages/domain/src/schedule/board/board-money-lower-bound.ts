import type { CompiledBoard } from './compile-board.js';

/** The fewest days some units can fill when no day with two scenes may hold more than `capacity`. */
const fewestDays = (sizes: readonly number[], capacity: number): number => {
  let alone = 0;
  let rest = 0;
  let restCount = 0;
  for (const size of sizes) {
    if (size > capacity) alone += 1;
    else {
      rest += size;
      restCount += 1;
    }
  }
  if (restCount === 0) return alone;
  return alone + (capacity > 0 ? Math.max(1, Math.ceil(rest / capacity)) : 1);
};

/**
 * Money no board without a conflict can cost less than: each cast member paid for the fewest days their
 * scenes can fill (their same-day units by pages and by hours; a unit over a day's limit is a day of its
 * own) and no company move. Valid for every day grouping, not only the packer's: on a board with no
 * conflict a day of two or more scenes keeps both limits. A board that costs this, breaks no rule and
 * holds nobody is optimal — the only optimality `optimizeBoardOrder` claims, because the talent solver's
 * proofs are about eighths, not whole shoot days.
 */
export const boardMoneyLowerBound = (board: CompiledBoard): number => {
  const eighths: number[][] = Array.from({ length: board.castCount }, () => []);
  const minutes: number[][] = Array.from({ length: board.castCount }, () => []);
  for (let u = 0; u < board.unitCount; u += 1) {
    for (let k = board.unitCastStart[u] ?? 0; k < (board.unitCastStart[u + 1] ?? 0); k += 1) {
      const c = board.unitCast[k] ?? 0;
      eighths[c]?.push(board.unitEighths[u] ?? 0);
      minutes[c]?.push(board.unitMinutes[u] ?? 0);
    }
  }
  let bound = 0;
  for (let c = 0; c < board.castCount; c += 1) {
    const days = Math.max(
      fewestDays(eighths[c] ?? [], board.maxEighthsPerDay),
      fewestDays(minutes[c] ?? [], board.maxMinutesPerDay),
    );
    bound += (board.castRate[c] ?? 0) * days;
  }
  return bound;
};
