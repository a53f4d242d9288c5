import type { StripboardLayout } from '../stripboard/layout-stripboard.js';
import type { DoodShootDay } from './day-out-of-days.js';

/**
 * The day out of days' shoot days from a laid-out board: each shoot day's date and the cast working it,
 * by element id. The board knows cast by number; a number with no element in the map (a number freed
 * since the scene was broken down) is left out rather than guessed.
 */
export const doodShootDaysFromLayout = (
  layout: StripboardLayout,
  elementIdByCastNumber: ReadonlyMap<number, string>,
): DoodShootDay[] =>
  layout.days.flatMap((day) =>
    day.kind === 'shoot'
      ? [
          {
            date: day.date,
            castElementIds: day.castNumbers.flatMap((number) => {
              const id = elementIdByCastNumber.get(number);
              return id === undefined ? [] : [id];
            }),
          },
        ]
      : [],
  );
