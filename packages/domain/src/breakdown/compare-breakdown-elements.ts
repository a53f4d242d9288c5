import { BREAKDOWN_CATEGORIES } from './breakdown-category.js';
import type { BreakdownElement } from './breakdown-element.js';

const CATEGORY_ORDER = new Map(BREAKDOWN_CATEGORIES.map((category, index) => [category, index]));

/**
 * The order elements are listed in everywhere (sheets, element lists, cast lists): by category in
 * BREAKDOWN_CATEGORIES order, then numbered cast by number before unnumbered, then by name (ignoring
 * case and accents, as people read a list), then by id so the order is total and never depends on input.
 */
export const compareBreakdownElements = (
  a: Pick<BreakdownElement, 'id' | 'category' | 'name' | 'castNumber'>,
  b: Pick<BreakdownElement, 'id' | 'category' | 'name' | 'castNumber'>,
): number =>
  (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0) ||
  compareCastNumbers(castNumberOf(a), castNumberOf(b)) ||
  compareNames(a.name, b.name) ||
  compareCodePoints(a.id, b.id);

// Only cast are numbered; a number left on another category does not reorder it.
const castNumberOf = (element: Pick<BreakdownElement, 'category' | 'castNumber'>): number | null =>
  element.category === 'cast' ? element.castNumber : null;

/** Numbered before unnumbered, numbers ascending. */
export const compareCastNumbers = (a: number | null, b: number | null): number =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;

/** Names as people sort them (`apple` beside `Apple`, before `banana`), ties broken by code points. */
export const compareNames = (a: string, b: string): number =>
  a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }) || compareCodePoints(a, b);

const compareCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
