import type { BreakdownCategory } from './breakdown-category.js';

/**
 * Something a department must provide, named once for the whole script (`MARGOT`, `Red pickup truck`) and
 * needed in one or more scenes. Cast members carry a cast number (1 for the lead), the number a stripboard
 * and a call sheet show instead of the name.
 */
export type BreakdownElement = {
  readonly id: string;
  readonly category: BreakdownCategory;
  readonly name: string;
  /** Cast only; null until assigned. */
  readonly castNumber: number | null;
};

/**
 * Where a tag sits in a draft: a span of one script element's text. `elementIndex` indexes the draft's
 * `ScriptDocument.elements`; `[start, end)` are character offsets in that element's `text`; `text` is the
 * span as it read when tagged, kept so a later draft can find it again.
 */
export type TextAnchor = {
  readonly elementIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/**
 * An element needed in a scene. `anchor` is the tagged span in the scene's text (null when the element was
 * added to the scene's breakdown sheet without marking the script). `sceneId` is the scene's identity across
 * drafts, not its number.
 */
export type BreakdownTag = {
  readonly id: string;
  readonly elementId: string;
  readonly sceneId: string;
  readonly anchor: TextAnchor | null;
};
