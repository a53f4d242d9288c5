/**
 * Company moves in a shooting order, given each scene's set: every return to a set the company has
 * already left (going on to a new set is the day's plan; coming back means a second set-up). The same
 * count as the scheduling problem's location revisits (`scheduleCost`).
 */
export const countCompanyMoves = (sets: readonly string[]): number => {
  const left = new Set<string>();
  let current: string | null = null;
  let moves = 0;
  for (const set of sets) {
    if (set === current) continue;
    if (left.has(set)) moves += 1;
    if (current !== null) left.add(current);
    current = set;
  }
  return moves;
};
