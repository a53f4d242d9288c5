import type { BreakdownTag, TextAnchor } from '../breakdown/breakdown-element.js';
import type { IdentifiedScene } from '../breakdown/breakdown-sheet.js';
import { sceneElementRange, type SceneElementRange } from './scene-element-range.js';
import type { ScriptDocument, ScriptElement } from './script-document.js';

/** A tag the new draft could not place on its own: a person decides whether it still applies. */
export type TagReview = {
  readonly tag: BreakdownTag;
  readonly reason: 'scene-omitted' | 'text-not-found';
  readonly sceneId: string;
};

export type TagCarryOver = {
  /** Tags that carry over: same id and scene, the anchor (if any) moved onto the new draft's text. */
  readonly kept: readonly BreakdownTag[];
  readonly review: readonly TagReview[];
};

type Draft = { readonly document: ScriptDocument; readonly scenes: readonly IdentifiedScene[] };

/**
 * Moves a breakdown's tags onto a new draft whose scenes already carry their ids (see `matchDraftScenes`
 * and `identifyScenes`). Nothing is dropped silently: every tag is either kept or put up for review.
 *
 * - The tag's scene is not in the new draft: review, `scene-omitted`.
 * - No anchor: kept as it is (it was never on the text).
 * - An anchor: its text is looked for in the new scene — first at the same place (the element at the same
 *   distance from the heading, of the same type, with the text at the same offset); else in the scene's
 *   elements nearest that position first (ties: the earlier element), matching case first and then
 *   ignoring it, the occurrence nearest the old offset within an element. Where the old span began or
 *   ended at a word boundary the new one must too, so a tagged `GUN` is not found inside `GUNNER`. Found:
 *   kept with the new anchor (its text as the new draft spells it); not found: review, `text-not-found`.
 */
export const carryOverTags = (
  previous: Draft,
  next: Draft,
  tags: readonly BreakdownTag[],
): TagCarryOver => {
  const previousById = new Map(previous.scenes.map((scene) => [scene.id, scene]));
  const nextById = new Map(next.scenes.map((scene) => [scene.id, scene]));
  const kept: BreakdownTag[] = [];
  const review: TagReview[] = [];
  for (const tag of tags) {
    const scene = nextById.get(tag.sceneId);
    if (!scene) {
      review.push({ tag, reason: 'scene-omitted', sceneId: tag.sceneId });
      continue;
    }
    if (tag.anchor === null) {
      kept.push(tag);
      continue;
    }
    const anchor = reanchor(
      previous.document,
      previousById.get(tag.sceneId) ?? null,
      next.document,
      sceneElementRange(next.document, scene),
      tag.anchor,
    );
    if (anchor) kept.push({ ...tag, anchor });
    else review.push({ tag, reason: 'text-not-found', sceneId: tag.sceneId });
  }
  return { kept, review };
};

const textOf = (element: ScriptElement | undefined): string | null =>
  element && 'text' in element ? element.text : null;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && WORD_CHAR.test(char);

const reanchor = (
  before: ScriptDocument,
  previousScene: IdentifiedScene | null,
  after: ScriptDocument,
  range: SceneElementRange,
  anchor: TextAnchor,
): TextAnchor | null => {
  const oldElement = before.elements[anchor.elementIndex];
  const oldText = textOf(oldElement);
  // Boundaries the tagger chose: a span that began (ended) at a word boundary must again.
  const boundedStart =
    oldText !== null ? !isWordChar(oldText[anchor.start - 1]) : isWordChar(anchor.text[0]);
  const boundedEnd =
    oldText !== null
      ? !isWordChar(oldText[anchor.end])
      : isWordChar(anchor.text[anchor.text.length - 1]);
  const fits = (text: string, at: number, length: number): boolean =>
    (!boundedStart || !isWordChar(text[at - 1])) && (!boundedEnd || !isWordChar(text[at + length]));

  // Where the tag sat relative to its heading; unknown when the previous scene is not given.
  const relative = previousScene ? anchor.elementIndex - previousScene.elementIndex : null;
  if (relative !== null) {
    const index = range.start + relative;
    const element = index < range.end ? after.elements[index] : undefined;
    const text = textOf(element);
    if (
      text !== null &&
      element?.type === oldElement?.type &&
      text.slice(anchor.start, anchor.end) === anchor.text &&
      anchor.end - anchor.start === anchor.text.length &&
      fits(text, anchor.start, anchor.text.length)
    ) {
      return { elementIndex: index, start: anchor.start, end: anchor.end, text: anchor.text };
    }
  }

  // An empty span has nothing to look for once its place has moved.
  if (anchor.text === '') return null;
  const order: number[] = [];
  for (let index = range.start; index < range.end; index += 1) order.push(index);
  if (relative !== null) {
    const target = range.start + relative;
    order.sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || a - b);
  }
  for (const ignoreCase of [false, true]) {
    const needle = ignoreCase ? anchor.text.toLowerCase() : anchor.text;
    for (const index of order) {
      const text = textOf(after.elements[index]);
      if (text === null) continue;
      // Lower-casing can change a string's length (`İ`); only search where it does not.
      const haystack = ignoreCase ? text.toLowerCase() : text;
      if (haystack.length !== text.length) continue;
      const at = nearestOccurrence(haystack, needle, anchor.start, (found) =>
        fits(text, found, needle.length),
      );
      if (at !== null) {
        const end = at + needle.length;
        return { elementIndex: index, start: at, end, text: text.slice(at, end) };
      }
    }
  }
  return null;
};

/** The occurrence of `needle` in `haystack` that `accept`s and starts nearest `offset` (ties: earlier). */
const nearestOccurrence = (
  haystack: string,
  needle: string,
  offset: number,
  accept: (at: number) => boolean,
): number | null => {
  let best: number | null = null;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!accept(at)) continue;
    if (best === null || Math.abs(at - offset) < Math.abs(best - offset)) best = at;
    if (at > offset) break;
  }
  return best;
};
