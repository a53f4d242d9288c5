import type { DoodCode, DoodDay } from '../schedule/dood/day-out-of-days.js';
import { formatShortScheduleDate } from './format-calendar-date.js';

/** A day out of days column: "Mon 3/2 · Day 1" for a shoot day, "Sat 3/7" for any other date. */
export const doodDayLabel = (day: DoodDay): string =>
  day.kind === 'shoot'
    ? `${formatShortScheduleDate(day.date)} · Day ${day.dayNumber}`
    : formatShortScheduleDate(day.date);

/** A cell as printed: the code itself, a company holiday as `/` (EP's mark), not-on as empty. */
export const doodCodeText = (code: DoodCode): string => (code === 'holiday' ? '/' : code);

/** The codes explained, for a report's legend. */
export const DOOD_LEGEND =
  'SW start · W work · WF finish · SWF one day only · H hold · D drop · PW pick-up · ' +
  'TR travel · R rehearsal · FT fitting · / company holiday';
