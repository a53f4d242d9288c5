import { formatBoardDate } from './board-date';
import type { DayTotals } from './board-rows';

/** `1 page`, `4 6/8 pages`, `0 pages`. */
export const pagesText = (pages: string): string => `${pages} ${pages === '1' ? 'page' : 'pages'}`;

/** What a day break strip says: "End of day 3 — Tue 2 Mar — 4 6/8 pages". */
export const dayBreakLabel = (day: DayTotals): string =>
  [
    `End of day ${day.dayNumber}`,
    day.date === null ? null : formatBoardDate(day.date),
    pagesText(day.pages),
  ]
    .filter((part) => part !== null)
    .join(' — ');
