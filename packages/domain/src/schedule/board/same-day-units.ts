/**
 * The scenes of a board (indexes into `sceneIds`, in board order) gathered into the units the packer and
 * the optimizer move: every same-day group is one unit, groups that share a scene are one unit (both
 * must be on that scene's day), every other scene is a unit of its own. Ids a group names that are not
 * on the board are left out. Units come in the order of their first scene on the board, and each unit's
 * scenes in board order.
 */
export const sameDayUnits = (
  sceneIds: readonly string[],
  groups: readonly (readonly string[])[],
): number[][] => {
  const index = new Map(sceneIds.map((id, i) => [id, i]));
  const parent = sceneIds.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    // Path halving keeps later look-ups short; groups are small, so this is a nicety.
    let at = i;
    while (parent[at] !== r) {
      const next = parent[at] ?? r;
      parent[at] = r;
      at = next;
    }
    return r;
  };
  for (const group of groups) {
    let first: number | null = null;
    for (const id of group) {
      const i = index.get(id);
      if (i === undefined) continue;
      if (first === null) first = i;
      else {
        const a = root(first);
        const b = root(i);
        // The smaller index is the root, so a unit's root is its first scene on the board.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const units = new Map<number, number[]>();
  sceneIds.forEach((_, i) => {
    const r = root(i);
    const unit = units.get(r);
    if (unit === undefined) units.set(r, [i]);
    else unit.push(i);
  });
  return [...units.values()];
};
