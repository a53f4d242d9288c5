import { eighthsOfLines } from './format-eighths.js';
import { paginateScript, type ScriptPagination } from './paginate-script.js';
import { parseSceneHeading } from './parse-scene-heading.js';
import type { Scene } from './scene.js';
import type { ScriptDocument, ScriptElement } from './script-document.js';
import { US_LETTER_LAYOUT, type ScriptLayout } from './script-layout.js';

type SceneHeadingElement = Extract<ScriptElement, { type: 'scene-heading' }>;

export type ExtractScenesOptions = {
  readonly layout?: ScriptLayout;
  /** A pagination of the same document on the same layout, when the caller has one already. */
  readonly pagination?: ScriptPagination;
};

/**
 * The scenes of a script, in order: one per scene heading, running to the next heading (anything before
 * the first heading belongs to no scene).
 *
 * - `number`: the script's own (`5A` kept as written), else the scene's position, 1, 2, 3… (in a
 *   script that numbers only some scenes, the next number no other scene has).
 * - `eighths`: the file's declared length when it has one (FDX), else the scene's own printed lines —
 *   from its heading to the end of its last element, read as one unbroken column — in eighths of a
 *   page, rounded up, at least 1. Measuring each scene on its own lines (not on where pages break)
 *   keeps a scene's length stable when an earlier scene changes, and makes the script's total simply
 *   the sum of its scenes (`totalEighths`).
 * - `pageStart`: the declared page when the file has one, else the page its heading prints on.
 * - `characters`: normalised names of the cues in the scene, in order of first line.
 * - `synopsis`: the first synopsis element in the scene.
 */
export const extractScenes = (
  document: ScriptDocument,
  options: ExtractScenesOptions = {},
): Scene[] => {
  const layout = options.layout ?? US_LETTER_LAYOUT;
  const { placements } = options.pagination ?? paginateScript(document, layout);
  const elements = document.elements;
  const headings: { readonly start: number; readonly heading: SceneHeadingElement }[] = [];
  elements.forEach((element, start) => {
    if (element.type === 'scene-heading') headings.push({ start, heading: element });
  });
  const numbers = sceneNumbers(headings.map(({ heading }) => heading.sceneNumber));
  return headings.map(({ start, heading }, ordinal) => {
    const end = headings[ordinal + 1]?.start ?? elements.length;
    const characters: string[] = [];
    const seen = new Set<string>();
    let synopsis: string | null = null;
    let flowEnd = 0;
    for (let index = start; index < end; index += 1) {
      const element = elements[index];
      const placement = placements[index];
      if (placement) flowEnd = Math.max(flowEnd, placement.flowLine + placement.lines);
      if (element?.type === 'character' && !seen.has(element.name)) {
        seen.add(element.name);
        characters.push(element.name);
      } else if (element?.type === 'synopsis' && synopsis === null) {
        synopsis = element.text;
      }
    }
    const headingPlacement = placements[start];
    const lines = flowEnd - (headingPlacement?.flowLine ?? 0);
    const parts = parseSceneHeading(heading.text);
    return {
      number: numbers[ordinal] ?? String(ordinal + 1),
      heading: heading.text,
      intExt: parts.intExt,
      location: parts.location,
      time: parts.time,
      pageStart: heading.declaredPage ?? headingPlacement?.page ?? 1,
      eighths:
        heading.declaredEighths !== undefined
          ? Math.max(1, Math.round(heading.declaredEighths))
          : eighthsOfLines(lines, layout.linesPerPage),
      characters,
      synopsis,
      elementIndex: start,
    };
  });
};

/** The script's length in eighths: the sum of its scenes' (so the two can never disagree). */
export const totalEighths = (scenes: readonly Pick<Scene, 'eighths'>[]): number =>
  scenes.reduce((sum, scene) => sum + scene.eighths, 0);

/**
 * Each scene's number: its own when it has one, else its position — or, when the script gives that
 * number to another scene, the next free one — so no two scenes share a number the script did not
 * give them.
 */
const sceneNumbers = (given: readonly (string | null)[]): string[] => {
  const taken = new Set(given.filter((number): number is string => number !== null));
  let next = 0;
  return given.map((number, ordinal) => {
    if (number !== null) return number;
    next = Math.max(next, ordinal + 1);
    while (taken.has(String(next))) next += 1;
    taken.add(String(next));
    return String(next);
  });
};
