import type { Instant } from '../shared/calendar-date.js';
import type { DayOutOfDays, DoodDay, DoodTotals } from '../schedule/dood/day-out-of-days.js';
import { doodCodeText, doodDayLabel, DOOD_LEGEND } from './dood-labels.js';
import { formatCalendarDate } from './format-calendar-date.js';
import { createDateTimeFormatter } from './format-date-time-in-zone.js';
import type { ReportColumn, ReportDocument, ReportRow, ReportSection } from './report-document.js';

export type DayOutOfDaysReportMeta = {
  readonly productionTitle: string;
  readonly generatedAt: Instant;
  /** The production's IANA zone, for the generated-at time. */
  readonly timeZone: string;
  /** Calendar days per section; default 14, what fits a landscape page with the cast names. */
  readonly daysPerSection?: number;
};

const DEFAULT_DAYS_PER_SECTION = 14;
const NONE = '—';

const CAST_COLUMNS: readonly ReportColumn[] = [
  { key: 'castNumber', label: '#', align: 'right', width: 2 },
  { key: 'name', label: 'Cast', width: 10 },
];

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

/**
 * The day out of days for print. A shoot has more dates than a page has columns, so the dates are cut
 * into sections of `daysPerSection` (14 by default), each repeating the cast columns, with a closing row
 * counting the cast working each day. A last section holds each cast member's start, finish and totals.
 */
export const buildDayOutOfDaysReport = (
  dood: DayOutOfDays,
  meta: DayOutOfDaysReportMeta,
): ReportDocument => {
  const generated = createDateTimeFormatter(meta.timeZone)(meta.generatedAt);
  const perSection = Math.max(1, Math.trunc(meta.daysPerSection ?? DEFAULT_DAYS_PER_SECTION));
  const first = dood.days[0];
  const last = dood.days[dood.days.length - 1];
  const castCells = (row: DayOutOfDays['rows'][number]): Record<string, string> => ({
    castNumber: row.castNumber === null ? '' : String(row.castNumber),
    name: row.name,
  });

  const daySections: ReportSection[] = [];
  for (let start = 0; start < dood.days.length; start += perSection) {
    const days = dood.days.slice(start, start + perSection);
    const columns: ReportColumn[] = [
      ...CAST_COLUMNS,
      ...days.map((day, offset): ReportColumn => ({
        key: `d${start + offset}`,
        label: doodDayLabel(day),
        width: 3,
      })),
    ];
    const rows = dood.rows.map((row): ReportRow => {
      const cells = castCells(row);
      days.forEach((_, offset) => {
        cells[`d${start + offset}`] = doodCodeText(row.cells[start + offset] ?? '');
      });
      return cells;
    });
    const totals: Record<string, string> = { name: 'Cast working' };
    days.forEach((_, offset) => {
      const working = dood.rows.filter((row) => (row.cells[start + offset] ?? '').includes('W'));
      totals[`d${start + offset}`] = String(working.length);
    });
    daySections.push({
      heading: sectionHeading(days),
      columns,
      rows,
      totals,
      emptyText: 'No cast.',
    });
  }

  const totalsSection: ReportSection = {
    heading: 'Totals',
    columns: [
      ...CAST_COLUMNS,
      { key: 'start', label: 'Start', width: 5 },
      { key: 'finish', label: 'Finish', width: 5 },
      ...TOTAL_COLUMNS.map(([key, label]): ReportColumn => ({
        key,
        label,
        align: 'right',
        width: 3,
      })),
    ],
    rows: dood.rows.map((row): ReportRow => {
      const cells = castCells(row);
      cells['start'] = row.start === null ? NONE : formatCalendarDate(row.start);
      cells['finish'] = row.finish === null ? NONE : formatCalendarDate(row.finish);
      for (const [key] of TOTAL_COLUMNS) cells[key] = String(row.totals[key]);
      return cells;
    }),
    emptyText: 'No cast.',
  };

  return {
    title: 'Day out of days',
    subtitle: meta.productionTitle,
    generatedAt: meta.generatedAt,
    meta: [
      { label: 'Generated', value: generated },
      { label: 'Shoot days', value: String(dood.shootDayCount) },
      {
        label: 'Period',
        value:
          first && last
            ? `${formatCalendarDate(first.date)} – ${formatCalendarDate(last.date)}`
            : NONE,
      },
      { label: 'Cast', value: String(dood.rows.length) },
      { label: 'Codes', value: DOOD_LEGEND },
    ],
    sections:
      daySections.length === 0
        ? [
            {
              heading: 'Days',
              columns: CAST_COLUMNS,
              rows: [],
              emptyText: 'Nothing is scheduled yet.',
            },
          ]
        : [...daySections, totalsSection],
    footer: `${meta.productionTitle} · Day out of days · generated ${generated}`,
  };
};

/** "2 Mar 2026 – 15 Mar 2026 · shoot days 1–10", or without days when none fall in the section. */
const sectionHeading = (days: readonly DoodDay[]): string => {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return '';
  const numbers = days.flatMap((day) => (day.kind === 'shoot' ? [day.dayNumber] : []));
  const period = `${formatCalendarDate(first.date)} – ${formatCalendarDate(last.date)}`;
  const low = numbers[0];
  const high = numbers[numbers.length - 1];
  if (low === undefined || high === undefined) return `${period} · no shoot days`;
  return `${period} · ${low === high ? `shoot day ${low}` : `shoot days ${low}–${high}`}`;
};
