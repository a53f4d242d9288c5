import type { DayOutOfDays, DoodTotals } from '../schedule/dood/day-out-of-days.js';
import type { DataColumn, DataRow, DataTable } from './data-table.js';
import { doodCodeText, doodDayLabel } from './dood-labels.js';

const TOTAL_COLUMNS: readonly (readonly [keyof DoodTotals, string])[] = [
  ['travel', 'Travel'],
  ['work', 'Work'],
  ['hold', 'Hold'],
  ['holiday', 'Holiday'],
  ['rehearsal', 'Rehearsal'],
  ['fitting', 'Fitting'],
  ['idle', 'Idle'],
  ['drops', 'Drops'],
  ['span', 'Span'],
];

/** The key of a date's column: its date, so keys stay unique and readable in a debugger. */
export const doodDayKey = (date: string): string => `day-${date}`;

/**
 * The day out of days as a spreadsheet: one row per cast member (in the DOOD's order: cast number,
 * then name), cast number and name, one text column per calendar date ("Mon 3/2 · Day 1") holding the
 * code, then start and finish dates and the totals as integers so a spreadsheet can sum them.
 */
export const buildDayOutOfDaysTable = (dood: DayOutOfDays): DataTable => {
  const columns: DataColumn[] = [
    { key: 'castNumber', label: '#', kind: 'integer' },
    { key: 'name', label: 'Cast', kind: 'text' },
    ...dood.days.map((day): DataColumn => ({
      key: doodDayKey(day.date),
      label: doodDayLabel(day),
      kind: 'text',
    })),
    { key: 'start', label: 'Start', kind: 'date' },
    { key: 'finish', label: 'Finish', kind: 'date' },
    ...TOTAL_COLUMNS.map(([key, label]): DataColumn => ({ key, label, kind: 'integer' })),
  ];
  const rows = dood.rows.map((row): DataRow => {
    const cells: Record<string, string | number | null> = {
      castNumber: row.castNumber,
      name: row.name,
      start: row.start,
      finish: row.finish,
    };
    dood.days.forEach((day, index) => {
      const code = row.cells[index] ?? '';
      cells[doodDayKey(day.date)] = code === '' ? null : doodCodeText(code);
    });
    for (const [key] of TOTAL_COLUMNS) cells[key] = row.totals[key];
    return cells;
  });
  return { title: 'Day out of days', columns, rows };
};
