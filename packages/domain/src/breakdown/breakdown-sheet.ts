import type { IntExt, Scene } from '../screenplay/scene.js';
import type { BreakdownCategory } from './breakdown-category.js';

/** A scene of a draft with its identity across drafts (revisions keep a scene's id when they match it). */
export type IdentifiedScene = Scene & { readonly id: string };

/**
 * One scene's breakdown sheet, as data (the PDF renderer and the web page draw it): the header a first AD
 * reads (scene, INT/EXT, set, day or night, pages, synopsis, script page) and, below it, every category
 * the scene needs, each with its elements. Cast are listed by cast number then name.
 */
export type BreakdownSheet = {
  readonly sceneId: string;
  readonly sceneNumber: string;
  readonly heading: string;
  readonly intExt: IntExt | null;
  /** The set (the heading's location part). */
  readonly set: string;
  /** The shooting location the set maps to, when one has been chosen. */
  readonly shootingLocation: string | null;
  /** The heading's time of day as written (`NIGHT`), null when absent. */
  readonly time: string | null;
  /** Eighths of a page, and the same formatted (`1 3/8`). */
  readonly eighths: number;
  readonly pages: string;
  readonly pageStart: number;
  readonly synopsis: string | null;
  /** Categories with at least one element, in BREAKDOWN_CATEGORIES order. */
  readonly categories: readonly BreakdownSheetCategory[];
};

export type BreakdownSheetCategory = {
  readonly category: BreakdownCategory;
  readonly label: string;
  readonly colour: string;
  /** `12. MARGOT` for cast with a number; the element's name otherwise. Sorted. */
  readonly items: readonly BreakdownSheetItem[];
};

export type BreakdownSheetItem = {
  readonly elementId: string;
  readonly name: string;
  readonly castNumber: number | null;
  /** The label a sheet prints: `1. MARGOT` or `Red pickup truck`. */
  readonly label: string;
};
