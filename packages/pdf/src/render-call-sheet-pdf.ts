import {
  formatEighths,
  type CallSheet,
  type CallSheetScene,
  type Instant,
} from '@greenlight/domain';
import { SHEET_COLOR } from './breakdown-sheet-style.js';
import {
  CALL_SHEET_SIZE as SIZE,
  createCallSheetWriter,
  type CallSheetColumn as Column,
  type CallSheetWriter,
} from './call-sheet-writer.js';
import { drawPageFooters } from './draw-page-footers.js';
import { longDate, shortDate } from './long-date.js';
import { renderPdfDocument } from './render-pdf-document.js';
import { sheetCanvasOf } from './sheet-canvas.js';

export type CallSheetPdfInput = {
  readonly sheet: CallSheet;
  /** A revised sheet says so at the top, with what changed; null for the first issue. */
  readonly revision: { readonly number: number; readonly changes: readonly string[] } | null;
  /** Stamped into the file (never the clock), so the same sheet renders to the same bytes. */
  readonly generatedAt: Instant;
  /** Printed in the footer: who published it and when, in the production's zone. */
  readonly footer: string;
};

const PAD = 1.5;

const SCENE_COLUMNS: readonly Column[] = [
  { label: 'Sc', weight: 0.6 },
  { label: 'Set', weight: 2.2 },
  { label: 'I/E', weight: 0.7 },
  { label: 'D/N', weight: 0.9 },
  { label: 'Pages', weight: 0.8, right: true },
  { label: 'Cast', weight: 1.2 },
  { label: 'Description', weight: 4.6 },
];
const sceneRow = (s: CallSheetScene): string[] => [
  s.number,
  s.set,
  s.intExt ?? '',
  s.time ?? '',
  formatEighths(s.eighths),
  s.castNumbers.join(', '),
  s.description,
];

const clock = (local: string): string => local.slice(11, 16);
const pages = (eighths: number): string =>
  eighths === 8 ? '1 page' : `${formatEighths(eighths)} pages`;

/**
 * A call sheet as the crew knows it, on one US Letter page when the day fits (a long day continues on the
 * next, the band repeated): the band with the production, "CALL SHEET" and "Day N of M"; the crew call
 * large, with the shooting call, weather, sunrise and sunset; locations with parking and the map link, and
 * the nearest hospital; then the scenes, the cast with their calls, background, crew calls by department,
 * notes and safety, and the advance schedule. A revision prints "REVISED" and what changed.
 */
export const renderCallSheetPdf = (input: CallSheetPdfInput): Promise<Uint8Array> =>
  renderPdfDocument(
    {
      size: 'LETTER',
      layout: 'portrait',
      margins: { top: 24, bottom: 36, left: 30, right: 30 },
      title: `Call sheet — ${input.sheet.productionTitle} — Day ${input.sheet.dayNumber}`,
      generatedAt: input.generatedAt,
    },
    (doc, fonts) => {
      const { sheet } = input;
      const canvas = sheetCanvasOf(doc, fonts);
      const { left, width } = canvas;
      const band = (w: CallSheetWriter): void => {
        const { y, text } = w;
        const height = 40;
        doc.rect(left, y, width, height).fill(SHEET_COLOR.band);
        text(sheet.productionTitle, left + 8, y + 7, width * 0.42, {
          size: SIZE.title,
          bold: true,
          colour: SHEET_COLOR.bandText,
          lines: 1,
        });
        text(longDate(sheet.date), left + 8, y + 25, width * 0.42, {
          size: SIZE.small,
          colour: SHEET_COLOR.bandMuted,
          lines: 1,
        });
        text(
          input.revision === null ? 'CALL SHEET' : `CALL SHEET · REVISED #${input.revision.number}`,
          left + width * 0.3,
          y + 9,
          width * 0.4,
          {
            size: SIZE.heading + 3,
            bold: true,
            colour: SHEET_COLOR.bandText,
            align: 'center',
            lines: 1,
          },
        );
        text(
          `Day ${sheet.dayNumber} of ${sheet.totalDays}`,
          left + width * 0.6,
          y + 7,
          width * 0.4 - 8,
          { size: SIZE.title, bold: true, colour: SHEET_COLOR.bandText, align: 'right', lines: 1 },
        );
        w.y += height + 6;
      };
      const w = createCallSheetWriter(canvas, band);
      const { text } = w;

      // ---- The top: calls, weather and sun; locations and hospital -----------------------------------
      band(w);
      if (input.revision !== null && input.revision.changes.length > 0) {
        const changes = `What changed: ${input.revision.changes.join(' · ')}`;
        doc.font(fonts.regular).fontSize(SIZE.text);
        const height =
          Math.min(doc.heightOfString(changes, { width: width - 12 }), SIZE.text * 1.25 * 4) + 8;
        doc.rect(left, w.y, width, height).fill('#fff4d6');
        text(changes, left + 6, w.y + 4, width - 12, { lines: 4 });
        w.y += height + 6;
      }
      const top = w.y;
      const third = width / 3;
      const box = (
        x: number,
        label: string,
        value: string,
        size: number = SIZE.text,
        link: string | null = null,
      ): number => {
        text(label, x, w.y, third - 10, {
          size: SIZE.label,
          bold: true,
          colour: SHEET_COLOR.label,
          lines: 1,
        });
        return (
          text(value, x, w.y + SIZE.label * 1.4, third - 10, {
            size,
            bold: size > SIZE.text,
            lines: 5,
            link,
          }) +
          SIZE.label * 1.4 +
          4
        );
      };
      let leftY = box(left, 'CREW CALL', sheet.generalCrewCall, SIZE.big);
      w.y += leftY;
      leftY += box(left, 'SHOOTING CALL', sheet.shootingCall ?? '—', SIZE.heading + 2);
      w.y = top;
      let middleY = 0;
      for (const location of sheet.locations) {
        const lines = [
          location.address,
          location.parking ? `Parking: ${location.parking}` : '',
          location.point === null
            ? ''
            : `Map: ${location.point.latitude.toFixed(5)}, ${location.point.longitude.toFixed(5)}`,
        ]
          .filter(Boolean)
          .join('\n');
        // The address is the map link: a tap on a phone's PDF opens the map.
        middleY += box(
          left + third,
          `LOCATION · ${location.name.toUpperCase()}`,
          lines,
          SIZE.text,
          location.mapLink,
        );
        w.y = top + middleY;
      }
      if (sheet.locations.length === 0) middleY += box(left + third, 'LOCATION', 'To be announced');
      // Weather, sun and the hospital share the right-hand column, so the locations have the middle.
      w.y = top;
      const sun =
        sheet.sun === null
          ? '—'
          : sheet.sun.kind === 'rises-and-sets'
            ? `Sunrise ${clock(sheet.sun.sunrise)} · Sunset ${clock(sheet.sun.sunset)}`
            : sheet.sun.kind === 'midnight-sun'
              ? 'The sun does not set'
              : 'The sun does not rise';
      let rightY = box(left + 2 * third, 'WEATHER', sheet.weather || '—');
      w.y = top + rightY;
      rightY += box(left + 2 * third, 'SUN', sun);
      if (sheet.nearestHospital !== null) {
        const h = sheet.nearestHospital;
        w.y = top + rightY;
        rightY += box(left + 2 * third, 'NEAREST HOSPITAL', `${h.name}\n${h.address}\n${h.phone}`);
      }
      w.y = top + Math.max(leftY, middleY, rightY) + 4;

      // ---- The day ------------------------------------------------------------------------------------
      w.heading(`Scenes · ${pages(sheet.eighths)}`);
      w.table(SCENE_COLUMNS, sheet.scenes.map(sceneRow), 'No scenes on this day.', {
        totals: ['', 'Total', '', '', formatEighths(sheet.eighths), '', ''],
        maxLines: 1,
      });
      w.heading('Cast');
      w.table(
        [
          { label: '#', weight: 0.4 },
          { label: 'Character', weight: 1.6 },
          { label: 'Cast', weight: 1.8 },
          { label: 'Status', weight: 0.7 },
          { label: 'Pick-up', weight: 0.8, right: true },
          { label: 'H/MU', weight: 0.8, right: true },
          { label: 'Wardrobe', weight: 0.9, right: true },
          { label: 'On set', weight: 0.8, right: true },
          { label: 'Note', weight: 2 },
        ],
        sheet.cast.map((c) => [
          String(c.castNumber),
          c.character,
          c.performer ?? '',
          c.status,
          c.pickup ?? '',
          c.hairMakeup ?? '',
          c.wardrobe ?? '',
          c.onSet,
          c.note,
        ]),
        'No cast called.',
      );
      if (sheet.background.length > 0) {
        w.heading('Background');
        w.table(
          [
            { label: 'Background', weight: 5 },
            { label: 'Count', weight: 1, right: true },
            { label: 'Call', weight: 1, right: true },
          ],
          sheet.background.map((b) => [b.description, String(b.count), b.call]),
          '',
        );
      }
      const crewLines =
        Math.ceil(sheet.crewCalls.length / 3) +
        Math.min(
          Math.ceil(sheet.crewCalls.length / 3),
          new Set(sheet.crewCalls.map((c) => c.department)).size,
        );
      // The heading goes with the block: the three columns are not split across pages.
      w.ensure(
        Math.min(crewLines * SIZE.small * 1.35, canvas.bottom - canvas.top - 80) + SIZE.heading * 2,
      );
      w.heading('Crew calls');
      if (sheet.crewCalls.length === 0) {
        w.y +=
          text(
            `Everyone on the general crew call, ${sheet.generalCrewCall}.`,
            left,
            w.y + PAD,
            width,
            {
              colour: SHEET_COLOR.label,
            },
          ) +
          2 * PAD;
      } else {
        // Three columns down the page, each department's name above its people: the whole crew fits in a
        // few lines, as on the sheets crews are used to.
        const perColumn = Math.ceil(sheet.crewCalls.length / 3);
        const lineHeight = SIZE.small * 1.35;
        const columnWidth = (width - 2 * 12) / 3;
        const rowsNeeded =
          perColumn + Math.min(perColumn, new Set(sheet.crewCalls.map((c) => c.department)).size);
        w.ensure(Math.min(rowsNeeded * lineHeight, canvas.bottom - canvas.top - 80));
        const startY = w.y;
        let lowest = w.y;
        for (let column = 0; column < 3; column += 1) {
          const x = left + column * (columnWidth + 12);
          let rowY = startY;
          let department: string | null = null;
          for (const call of sheet.crewCalls.slice(column * perColumn, (column + 1) * perColumn)) {
            if (call.department !== department) {
              department = call.department;
              text(department.toUpperCase(), x, rowY + 1, columnWidth, {
                size: SIZE.label,
                bold: true,
                colour: SHEET_COLOR.label,
                lines: 1,
              });
              rowY += lineHeight;
            }
            const time = call.call ?? sheet.generalCrewCall;
            text(
              `${call.position}${call.name ? ` · ${call.name}` : ''}`,
              x,
              rowY,
              columnWidth - 32,
              {
                size: SIZE.small,
                lines: 1,
              },
            );
            text(time, x + columnWidth - 30, rowY, 30, {
              size: SIZE.small,
              bold: call.call !== null && call.call !== sheet.generalCrewCall,
              align: 'right',
              lines: 1,
            });
            rowY += lineHeight;
          }
          lowest = Math.max(lowest, rowY);
        }
        w.y = lowest + 2;
      }
      if (sheet.notes.trim() !== '' || sheet.safety.trim() !== '') {
        // Notes and safety side by side, kept with their heading.
        const half = (width - 12) / 2;
        doc.font(fonts.regular).fontSize(SIZE.text);
        const tallest = Math.min(
          Math.max(
            ...[sheet.notes, sheet.safety].map((v) =>
              doc.heightOfString(v || ' ', { width: half }),
            ),
          ),
          SIZE.text * 1.25 * 5,
        );
        w.ensure(tallest + SIZE.heading * 2 + 8);
        w.heading('Notes and safety');
        const notesHeight = text(
          sheet.notes.trim() === '' ? '—' : `Notes: ${sheet.notes}`,
          left,
          w.y + 2,
          half,
          { lines: 5 },
        );
        const safetyHeight = text(
          sheet.safety.trim() === '' ? '—' : `Safety: ${sheet.safety}`,
          left + half + 12,
          w.y + 2,
          half,
          { lines: 5 },
        );
        w.y += Math.max(notesHeight, safetyHeight) + 4;
      }
      w.heading('Advance schedule');
      w.table(
        [{ label: 'Day', weight: 2.2 }, ...SCENE_COLUMNS],
        sheet.advance.flatMap((day) =>
          day.scenes.map((scene, index) => [
            index === 0 ? `Day ${day.dayNumber} · ${shortDate(day.date)}` : '',
            ...sceneRow(scene),
          ]),
        ),
        'This is the last shoot day.',
        { maxLines: 1 },
      );
      drawPageFooters(canvas, input.footer);
    },
  );
