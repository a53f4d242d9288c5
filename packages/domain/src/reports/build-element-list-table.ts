import { BREAKDOWN_CATEGORIES, BREAKDOWN_CATEGORY_INFO } from '../breakdown/breakdown-category.js';
import type { BreakdownCategory } from '../breakdown/breakdown-category.js';
import type { DataColumn, DataTable } from './data-table.js';

/** One breakdown element with the scenes it appears in (a cast member, a prop, a vehicle…). */
export type ElementListInput = {
  readonly category: BreakdownCategory;
  readonly name: string;
  readonly castNumber: number | null;
  /** The scenes it appears in, in script order. */
  readonly sceneNumbers: readonly string[];
  /** The total length of those scenes, in eighths of a page. */
  readonly eighths: number;
};

const COLUMNS: readonly DataColumn[] = [
  { key: 'category', label: 'Category', kind: 'text' },
  { key: 'castNumber', label: 'Cast #', kind: 'integer' },
  { key: 'element', label: 'Element', kind: 'text' },
  { key: 'sceneCount', label: 'Scenes', kind: 'integer' },
  { key: 'sceneNumbers', label: 'Scene numbers', kind: 'text' },
  { key: 'pages', label: 'Pages', kind: 'eighths' },
];

const categoryOrder = new Map<BreakdownCategory, number>(
  BREAKDOWN_CATEGORIES.map((category, index) => [category, index]),
);

// Cast first and by number, as a cast list reads; uncast characters after the numbered ones.
const compare = (a: ElementListInput, b: ElementListInput): number =>
  (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0) ||
  (a.castNumber ?? Number.MAX_SAFE_INTEGER) - (b.castNumber ?? Number.MAX_SAFE_INTEGER) ||
  a.name.localeCompare(b.name, 'en') ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The element list (every element of the breakdown with the scenes it is in) as a table, sorted by
 * category in breakdown-sheet order, then cast number, then name. A scene listed twice for an element
 * counts once.
 */
export const buildElementListTable = (entries: readonly ElementListInput[]): DataTable => ({
  title: 'Element list',
  columns: COLUMNS,
  rows: [...entries].sort(compare).map((entry) => {
    const scenes = [...new Set(entry.sceneNumbers)];
    return {
      category: BREAKDOWN_CATEGORY_INFO[entry.category].label,
      castNumber: entry.castNumber,
      element: entry.name,
      sceneCount: scenes.length,
      sceneNumbers: scenes.join(', '),
      pages: entry.eighths,
    };
  }),
});
