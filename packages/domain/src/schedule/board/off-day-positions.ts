import type { Strip } from '../stripboard/strip.js';

/**
 * For each off-day strip of a board, how many day breaks come before it: a repacked board puts it
 * after that many shoot days again (`keepNonSceneStrips`), so its dates can be known before the board
 * is built. Ascending, as the strips are.
 */
export const offDayPositions = (strips: readonly Strip[]): number[] => {
  const positions: number[] = [];
  let dayBreaks = 0;
  for (const strip of strips) {
    if (strip.kind === 'day-break') dayBreaks += 1;
    else if (strip.kind === 'off-day') positions.push(dayBreaks);
  }
  return positions;
};
