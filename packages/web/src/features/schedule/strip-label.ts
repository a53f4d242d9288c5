import { formatBoardDate } from './board-date';
import type { BoardRow } from './board-rows';
import { dayBreakLabel, pagesText } from './day-break-label';

/** "INT", "EXT", "I/E". */
export const intExtText = (intExt: 'INT' | 'EXT' | 'INT/EXT' | null): string =>
  intExt === 'INT/EXT' ? 'I/E' : (intExt ?? '—');

/** What a strip is called by a screen reader and in the move controls. */
export const stripLabel = (row: BoardRow): string => {
  switch (row.kind) {
    case 'scene': {
      if (row.scene === null) return 'A scene no longer in the script';
      const where = row.dayNumber === null ? 'unscheduled' : `day ${row.dayNumber}`;
      return `Scene ${row.scene.number}: ${row.scene.heading}, ${pagesText(row.scene.pages)}, ${where}`;
    }
    case 'day-break':
      return dayBreakLabel(row.day);
    case 'banner':
      return `Banner: ${row.strip.text}`;
    case 'off-day':
      return `Off day${row.date === null ? '' : ` ${formatBoardDate(row.date)}`}: ${row.strip.reason}`;
  }
};

/** Short name for the move controls: "scene 12", "the day break of day 3", "the banner". */
export const stripShortName = (row: BoardRow): string => {
  switch (row.kind) {
    case 'scene':
      return row.scene === null ? 'the omitted scene' : `scene ${row.scene.number}`;
    case 'day-break':
      return `the end of day ${row.day.dayNumber}`;
    case 'banner':
      return 'the banner';
    case 'off-day':
      return 'the off day';
  }
};
