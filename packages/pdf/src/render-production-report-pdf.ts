import {
  formatEighths,
  type Instant,
  type ProductionReport,
  type ReportScene,
  type ScriptTotalsLine,
} from '@greenlight/domain';
import { SHEET_COLOR } from './breakdown-sheet-style.js';
import {
  CALL_SHEET_SIZE as SIZE,
  createCallSheetWriter,
  type CallSheetColumn as Column,
  type CallSheetWriter,
} from './call-sheet-writer.js';
import { drawPageFooters } from './draw-page-footers.js';
import { longDate } from './long-date.js';
import { renderPdfDocument } from './render-pdf-document.js';
import { sheetCanvasOf } from './sheet-canvas.js';

export type ProductionReportPdfInput = {
  readonly report: ProductionReport;
  /** The production's key people as the header names them: director, producer, UPM. */
  readonly credits: readonly { readonly role: string; readonly name: string }[];
  /** Who signed it and when (in the production's zone, in words); null before it is signed. */
  readonly signature: { readonly by: string; readonly at: string } | null;
  /** 1 for the day's first report; a correction says so in the band. */
  readonly revision: number;
  /** Stamped into the file (never the clock), so the same report renders to the same bytes. */
  readonly generatedAt: Instant;
  readonly footer: string;
};

/** Screen time as minutes and seconds, 2:05. */
export const screenTime = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const STATUS_WORDS: Readonly<Record<ReportScene['status'], string>> = {
  completed: 'Completed',
  'part-shot': 'Part shot',
  'not-shot': 'Not shot',
};

const SCENE_COLUMNS: readonly Column[] = [
  { label: 'Sc', weight: 0.6 },
  { label: 'Set', weight: 2.4 },
  { label: 'I/E', weight: 0.6 },
  { label: 'D/N', weight: 0.8 },
  { label: 'Planned', weight: 0.9, right: true },
  { label: 'Status', weight: 1.1 },
  { label: 'Shot', weight: 0.8, right: true },
  { label: 'Minutes', weight: 0.8, right: true },
  { label: 'Setups', weight: 0.7, right: true },
  { label: 'Retakes', weight: 0.7, right: true },
];

const span = (out: string | null, back: string | null): string =>
  out === null && back === null ? '' : `${out ?? '?'}–${back ?? '?'}`;

const totalsRow = (label: string, line: ScriptTotalsLine, setups: string): string[] => [
  label,
  String(line.scenes),
  formatEighths(line.eighths),
  screenTime(line.seconds),
  setups,
];

/** Ahead or behind in words: "Behind 6/8 pages (0.6 days)". */
export const scheduleWords = (report: ProductionReport): string => {
  const { eighthsAhead, daysAhead, verdict } = report.schedule;
  if (verdict === 'on schedule') return 'On schedule';
  const days = Math.abs(daysAhead);
  return `${verdict === 'ahead' ? 'Ahead' : 'Behind'} ${formatEighths(Math.abs(eighthsAhead))} pages (${days} ${days === 1 ? 'day' : 'days'})`;
};

/**
 * A daily production report in the layout productions file them: the band with the production, "DAILY
 * PRODUCTION REPORT" and "Day N of M"; the key people; the day's times (calls, first shot, meals, wraps) and
 * where the unit stands against the schedule; the scenes planned against what was shot; the script totals
 * (previously, today, to date, remaining); the cast with their day out of days codes and times; crew counts,
 * rolls, delays, incidents and notes; and who signed it.
 */
export const renderProductionReportPdf = (input: ProductionReportPdfInput): Promise<Uint8Array> =>
  renderPdfDocument(
    {
      size: 'LETTER',
      layout: 'portrait',
      margins: { top: 24, bottom: 36, left: 30, right: 30 },
      title: `Daily production report — ${input.report.productionTitle} — Day ${input.report.dayNumber}`,
      generatedAt: input.generatedAt,
    },
    (doc, fonts) => {
      const { report } = input;
      const canvas = sheetCanvasOf(doc, fonts);
      const { left, width } = canvas;
      const band = (w: CallSheetWriter): void => {
        const { y, text } = w;
        const height = 40;
        doc.rect(left, y, width, height).fill(SHEET_COLOR.band);
        text(report.productionTitle, left + 8, y + 7, width * 0.36, {
          size: SIZE.title,
          bold: true,
          colour: SHEET_COLOR.bandText,
          lines: 1,
        });
        text(longDate(report.date), left + 8, y + 25, width * 0.36, {
          size: SIZE.small,
          colour: SHEET_COLOR.bandMuted,
          lines: 1,
        });
        text('DAILY PRODUCTION REPORT', left + width * 0.28, y + 8, width * 0.44, {
          size: SIZE.heading + 2,
          bold: true,
          colour: SHEET_COLOR.bandText,
          align: 'center',
          lines: 1,
        });
        if (input.revision > 1)
          text(`CORRECTION #${input.revision - 1}`, left + width * 0.28, y + 25, width * 0.44, {
            size: SIZE.small,
            bold: true,
            colour: SHEET_COLOR.bandText,
            align: 'center',
            lines: 1,
          });
        text(
          `Day ${report.dayNumber} of ${report.totalDays}`,
          left + width * 0.64,
          y + 7,
          width * 0.36 - 8,
          { size: SIZE.title, bold: true, colour: SHEET_COLOR.bandText, align: 'right', lines: 1 },
        );
        w.y += height + 6;
      };
      const w = createCallSheetWriter(canvas, band);
      const { text } = w;
      band(w);

      // ---- The key people, the day's times, the standing --------------------------------------------
      if (input.credits.length > 0) {
        w.y +=
          text(input.credits.map((c) => `${c.role}: ${c.name}`).join('   ·   '), left, w.y, width, {
            size: SIZE.small,
            lines: 2,
          }) + 4;
      }
      const quarter = width / 4;
      const top = w.y;
      const box = (column: number, label: string, lines: readonly string[]): number => {
        const x = left + column * quarter;
        text(label, x, top, quarter - 10, {
          size: SIZE.label,
          bold: true,
          colour: SHEET_COLOR.label,
          lines: 1,
        });
        return (
          text(lines.join('\n'), x, top + SIZE.label * 1.4, quarter - 10, { lines: 6 }) +
          SIZE.label * 1.4
        );
      };
      const t = report.times;
      const heights = [
        box(0, 'CALLS', [
          `Crew call ${t.crewCall ?? '—'} (called ${report.plannedCrewCall})`,
          `Shooting call ${report.plannedShootingCall ?? '—'}`,
          `First shot ${t.firstShot ?? '—'}`,
        ]),
        box(1, 'MEALS', [
          `1st meal ${span(t.firstMealOut, t.firstMealIn) || '—'}`,
          `2nd meal ${span(t.secondMealOut, t.secondMealIn) || '—'}`,
        ]),
        box(2, 'WRAP', [
          `Camera wrap ${t.cameraWrap ?? '—'}`,
          `Company wrap ${t.companyWrap ?? '—'}`,
        ]),
        box(3, 'SCHEDULE', [
          scheduleWords(report),
          `Planned to date ${formatEighths(report.schedule.eighthsPlannedToDate)} pages, ${report.schedule.scenesPlannedToDate} scenes`,
          `Shot to date ${formatEighths(report.schedule.eighthsShotToDate)} pages, ${report.schedule.scenesShotToDate} scenes`,
        ]),
      ];
      w.y = top + Math.max(...heights) + 6;

      // ---- Scenes planned against shot ----------------------------------------------------------------
      const today = report.today;
      w.heading(
        `Scenes · ${today.completed} completed, ${today.partShot} part shot, ${today.notShot} not shot, ${today.added} added`,
      );
      w.table(
        SCENE_COLUMNS,
        report.scenes.map((s) => [
          s.number,
          s.set,
          s.intExt ?? '',
          s.time ?? '',
          s.planned ? formatEighths(s.eighths) : 'added',
          STATUS_WORDS[s.status],
          formatEighths(s.eighthsShot),
          screenTime(s.secondsShot),
          String(s.setups),
          String(s.retakes),
        ]),
        'No scenes on this day.',
        {
          totals: [
            '',
            'Total',
            '',
            '',
            formatEighths(today.eighthsPlanned),
            '',
            formatEighths(today.eighthsShot),
            screenTime(today.secondsShot),
            String(today.setups),
            String(today.retakes),
          ],
          maxLines: 1,
        },
      );

      // ---- Script totals ------------------------------------------------------------------------------
      const totals = report.totals;
      w.heading('Script totals');
      w.table(
        [
          { label: '', weight: 2 },
          { label: 'Scenes', weight: 1, right: true },
          { label: 'Pages', weight: 1, right: true },
          { label: 'Minutes', weight: 1, right: true },
          { label: 'Setups', weight: 1, right: true },
        ],
        [
          totalsRow('In the script (minutes estimated)', totals.script, ''),
          totalsRow('Shot previously', totals.previously, String(totals.setupsPreviously)),
          totalsRow('Shot today', totals.today, String(today.setups)),
          totalsRow('Shot to date', totals.toDate, String(totals.setupsToDate)),
          totalsRow('Remaining', totals.remaining, ''),
        ],
        '',
        { maxLines: 1 },
      );

      // ---- Cast ---------------------------------------------------------------------------------------
      w.heading('Cast');
      w.table(
        [
          { label: '#', weight: 0.4 },
          { label: 'Character', weight: 1.4 },
          { label: 'Cast', weight: 1.6 },
          { label: 'W/H', weight: 0.5 },
          { label: 'Pick-up', weight: 0.7, right: true },
          { label: 'Arrived', weight: 0.7, right: true },
          { label: 'MU', weight: 0.6, right: true },
          { label: 'On set', weight: 0.7, right: true },
          { label: '1st meal', weight: 1.1, right: true },
          { label: '2nd meal', weight: 1.1, right: true },
          { label: 'Wrap', weight: 0.6, right: true },
          { label: 'Back', weight: 0.6, right: true },
        ],
        report.cast.map((c) => [
          String(c.castNumber),
          c.character,
          c.performer ?? '',
          c.status,
          c.pickup ?? '',
          c.arrived ?? '',
          c.makeup ?? '',
          c.onSet ?? '',
          span(c.firstMealOut, c.firstMealIn),
          span(c.secondMealOut, c.secondMealIn),
          c.wrap ?? '',
          c.returned ?? '',
        ]),
        'No cast worked or was held.',
        { maxLines: 1 },
      );

      // ---- Crew, background, rolls ----------------------------------------------------------------------
      w.heading(`Crew · ${report.crewTotal} · background ${report.background}`);
      w.y +=
        text(
          report.crew.length === 0
            ? 'No crew counted.'
            : report.crew.map((c) => `${c.department} ${c.count}`).join('   ·   '),
          left,
          w.y + 2,
          width,
          { lines: 4 },
        ) + 4;
      if (report.cameraRolls !== '' || report.soundRolls !== '')
        w.y +=
          text(
            `Camera rolls: ${report.cameraRolls || '—'}    Sound rolls: ${report.soundRolls || '—'}`,
            left,
            w.y,
            width,
            { lines: 2 },
          ) + 4;

      // ---- Delays, incidents, notes ------------------------------------------------------------------
      w.heading(`Delays · ${report.delayMinutes} minutes`);
      w.table(
        [
          { label: 'Minutes', weight: 1, right: true },
          { label: 'Reason', weight: 8 },
        ],
        report.delays.map((d) => [String(d.minutes), d.reason]),
        'No delays.',
      );
      w.heading('Incidents and accidents');
      w.table(
        [
          { label: 'Time', weight: 1 },
          { label: 'What happened', weight: 8 },
        ],
        report.incidents.map((i) => [i.time ?? '', i.description]),
        'No incidents.',
        { maxLines: 4 },
      );
      if (report.notes.trim() !== '') {
        w.heading('Notes');
        w.y += text(report.notes, left, w.y + 2, width, { lines: 12 }) + 4;
      }

      // ---- Signature ----------------------------------------------------------------------------------
      w.ensure(40);
      w.y += 10;
      text(
        input.signature === null
          ? 'Not signed.'
          : `Signed by ${input.signature.by}, ${input.signature.at}`,
        left,
        w.y,
        width,
        { size: SIZE.heading + 1, bold: true, lines: 1 },
      );
      drawPageFooters(canvas, input.footer);
    },
  );
