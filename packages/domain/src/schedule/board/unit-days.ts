/** Scene ids day by day for an order of units and the day each position went to. */
export const unitDays = (
  board: {
    readonly sceneIds: readonly string[];
    readonly unitSceneStart: Int32Array;
    readonly unitScenes: Int32Array;
  },
  order: ArrayLike<number>,
  dayOfPosition: ArrayLike<number>,
): string[][] => {
  const days: string[][] = [];
  for (let i = 0; i < order.length; i += 1) {
    const u = order[i] ?? 0;
    const d = dayOfPosition[i] ?? 0;
    while (days.length <= d) days.push([]);
    const day = days[d];
    for (let k = board.unitSceneStart[u] ?? 0; k < (board.unitSceneStart[u + 1] ?? 0); k += 1) {
      day?.push(board.sceneIds[board.unitScenes[k] ?? 0] ?? '');
    }
  }
  return days;
};
