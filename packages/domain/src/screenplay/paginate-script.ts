import { countWrappedLines } from './count-wrapped-lines.js';
import type { ScriptDocument, ScriptElement } from './script-document.js';
import { US_LETTER_LAYOUT, type ScriptLayout } from './script-layout.js';

/** Where one element of a document prints. */
export type ElementPlacement = {
  /**
   * Page of the element's first printed line (1-based). Elements that do not print (sections,
   * synopses, notes, page breaks) get the place where the next printed line goes.
   */
  readonly page: number;
  /** Line on that page, 1 … linesPerPage. */
  readonly line: number;
  /** Printed lines, after wrapping; 0 for elements that do not print. */
  readonly lines: number;
  /**
   * Where the element starts (0-based) when the script is read as one unbroken column: no pages, one
   * blank line between paragraphs. Lengths measured on it do not depend on where pages happen to break.
   */
  readonly flowLine: number;
};

export type ScriptPagination = {
  /** Pages with at least one printed line; 0 for a document that prints nothing. */
  readonly pageCount: number;
  /** One placement per element of the document, same order. */
  readonly placements: readonly ElementPlacement[];
};

/**
 * How a unit of layout may break across pages:
 * - `flow`: action and lyrics; split between any two printed lines.
 * - `keep`: a speech (cue, parentheticals, dialogue; both columns of a dual pair) or a transition;
 *   moved whole to the next page when it does not fit, and split only when it is longer than a page.
 *   Real printers split long speeches between sentences with (MORE) and (CONT'D); we do not.
 * - `heading`: a scene heading; never the last thing on a page (it needs a blank line and one line
 *   of what follows under it).
 */
type Fit = 'flow' | 'keep' | 'heading';

type Item = { readonly index: number; readonly offset: number; readonly lines: number };

type Unit =
  | { readonly kind: 'print'; readonly fit: Fit; readonly height: number; readonly items: Item[] }
  | { readonly kind: 'page-break'; readonly index: number }
  | { readonly kind: 'silent'; readonly index: number };

/**
 * Lays a document out on pages the way a screenplay printer does: one blank line before each
 * paragraph (scene heading, action, speech, transition, lyrics) except at the top of a page, none
 * inside a speech; `===` page breaks honoured; the rules of `Fit` for where pages may break. Pure and
 * linear in the size of the document.
 */
export const paginateScript = (
  document: ScriptDocument,
  layout: ScriptLayout = US_LETTER_LAYOUT,
): ScriptPagination => {
  const perPage = Math.max(1, Math.floor(layout.linesPerPage));
  const units = buildUnits(document.elements, layout);
  const placements: ElementPlacement[] = new Array<ElementPlacement>(document.elements.length);
  let page = 1;
  let used = 0; // lines used on `page`
  let flow = 0; // lines used in the unbroken column
  let lastPrintedPage = 0;
  const lastPrinting = units.reduce((last, unit, u) => (unit.kind === 'print' ? u : last), -1);
  const nextPlace = (): { page: number; line: number } =>
    used >= perPage ? { page: page + 1, line: 1 } : { page, line: used + 1 };

  units.forEach((unit, u) => {
    if (unit.kind !== 'print') {
      if (unit.kind === 'page-break' && used > 0) {
        page += 1;
        used = 0;
      }
      placements[unit.index] = { ...nextPlace(), lines: 0, flowLine: flow };
      return;
    }
    let space = used > 0 ? 1 : 0;
    if (used > 0 && used + space + needed(unit, perPage, u < lastPrinting) > perPage) {
      page += 1;
      used = 0;
      space = 0;
    }
    const start = (page - 1) * perPage + used + space; // absolute 0-based line
    const flowStart = flow + (flow > 0 ? 1 : 0);
    for (const item of unit.items) {
      const at = start + item.offset;
      placements[item.index] = {
        page: Math.floor(at / perPage) + 1,
        line: (at % perPage) + 1,
        lines: item.lines,
        flowLine: flowStart + item.offset,
      };
    }
    const end = start + unit.height; // exclusive
    page = Math.floor((end - 1) / perPage) + 1;
    used = end - (page - 1) * perPage;
    lastPrintedPage = page;
    flow = flowStart + unit.height;
  });
  return { pageCount: lastPrintedPage, placements };
};

/** Lines that must fit on the current page for a unit to start there. */
const needed = (
  unit: { readonly fit: Fit; readonly height: number },
  perPage: number,
  hasNext: boolean,
): number => {
  switch (unit.fit) {
    case 'heading':
      return hasNext ? unit.height + 2 : unit.height;
    case 'keep':
      return unit.height <= perPage ? unit.height : Math.min(unit.height, 2);
    case 'flow':
      return Math.min(unit.height, 2);
  }
};

const SPEECH_PARTS = new Set<ScriptElement['type']>(['parenthetical', 'dialogue', 'note']);

/** Groups elements into units of layout; speeches (and dual pairs) become one unit. */
const buildUnits = (elements: readonly ScriptElement[], layout: ScriptLayout): Unit[] => {
  const units: Unit[] = [];
  let i = 0;
  while (i < elements.length) {
    const element = elements[i];
    if (element === undefined) break;
    switch (element.type) {
      case 'section':
      case 'synopsis':
      case 'note':
        units.push({ kind: 'silent', index: i });
        i += 1;
        break;
      case 'page-break':
        units.push({ kind: 'page-break', index: i });
        i += 1;
        break;
      case 'scene-heading':
        units.push(single(i, countWrappedLines(element.text, layout.actionWidth), 'heading'));
        i += 1;
        break;
      case 'action':
      case 'lyrics':
        units.push(single(i, countWrappedLines(element.text, layout.actionWidth), 'flow'));
        i += 1;
        break;
      case 'transition':
        units.push(single(i, countWrappedLines(element.text, layout.actionWidth), 'keep'));
        i += 1;
        break;
      case 'character':
      case 'parenthetical':
      case 'dialogue': {
        const left = speechEnd(elements, i);
        const right =
          element.type === 'character' && element.dual === 'left'
            ? dualPartner(elements, left)
            : -1;
        if (right < 0) {
          units.push(speechUnit(elements, [[i, left]], layout, 1));
          i = left;
        } else {
          const end = speechEnd(elements, right);
          units.push(
            speechUnit(
              elements,
              [
                [i, left],
                [right, end],
              ],
              layout,
              layout.dualWidthFactor,
            ),
          );
          i = end;
        }
        break;
      }
    }
  }
  return units;
};

const single = (index: number, lines: number, fit: Fit): Unit => ({
  kind: 'print',
  fit,
  height: lines,
  items: [{ index, offset: 0, lines }],
});

/** Index just past the speech that starts at `start` (its cue, parentheticals, dialogue and notes). */
const speechEnd = (elements: readonly ScriptElement[], start: number): number => {
  let end = start + 1;
  while (end < elements.length && SPEECH_PARTS.has(elements[end]?.type ?? 'action')) end += 1;
  return end;
};

/** The right-hand cue of a dual pair when it follows the left speech directly, else -1. */
const dualPartner = (elements: readonly ScriptElement[], at: number): number => {
  const next = elements[at];
  return next?.type === 'character' && next.dual === 'right' ? at : -1;
};

/** A speech, or a dual pair printed as two columns: the unit is as tall as the taller column. */
const speechUnit = (
  elements: readonly ScriptElement[],
  columns: readonly (readonly [number, number])[],
  layout: ScriptLayout,
  widthFactor: number,
): Unit => {
  const width = (full: number): number => Math.max(1, Math.floor(full * widthFactor));
  const items: Item[] = [];
  let height = 0;
  for (const [from, to] of columns) {
    let offset = 0;
    for (let index = from; index < to; index += 1) {
      const element = elements[index];
      const lines = element === undefined ? 0 : speechLines(element, layout, width);
      items.push({ index, offset, lines });
      offset += lines;
    }
    height = Math.max(height, offset);
  }
  return { kind: 'print', fit: 'keep', height, items };
};

const speechLines = (
  element: ScriptElement,
  layout: ScriptLayout,
  width: (full: number) => number,
): number => {
  switch (element.type) {
    case 'character':
      return countWrappedLines(element.text, width(layout.characterWidth));
    case 'parenthetical':
      return countWrappedLines(element.text, width(layout.parentheticalWidth));
    case 'dialogue':
      return countWrappedLines(element.text, width(layout.dialogueWidth));
    default:
      return 0;
  }
};
