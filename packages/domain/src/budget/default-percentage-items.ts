import type { PercentageItem } from './percentage-item.js';

const ALL_SECTIONS = ['above-the-line', 'below-the-line', 'post', 'other'] as const;

/**
 * Contingency at 10 % of the four sections (union agreements cap it there), and a completion bond fee at
 * 2 % of the sections plus contingency. Insurance is an account of its own in the templates; overhead is
 * a studio's to add.
 */
export const DEFAULT_PERCENTAGE_ITEMS: readonly PercentageItem[] = [
  {
    id: 'contingency',
    kind: 'contingency',
    name: 'Contingency',
    rateBp: 1_000,
    base: { sections: ALL_SECTIONS, items: [] },
  },
  {
    id: 'completion-bond',
    kind: 'completion-bond',
    name: 'Completion bond',
    rateBp: 200,
    base: { sections: ALL_SECTIONS, items: ['contingency'] },
  },
];
