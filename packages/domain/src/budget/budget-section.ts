/**
 * The four parts of a budget, in top-sheet order: above the line (rights, writers, producers, director,
 * principal cast), below the line (the shoot), post-production, and other (publicity, insurance, legal,
 * general expense). Contingency, the completion bond and the like sit below the grand total as
 * percentage items, not in a section.
 */
export const BUDGET_SECTIONS = ['above-the-line', 'below-the-line', 'post', 'other'] as const;
export type BudgetSection = (typeof BUDGET_SECTIONS)[number];

export const BUDGET_SECTION_LABELS: Readonly<Record<BudgetSection, string>> = {
  'above-the-line': 'Above the line',
  'below-the-line': 'Below the line',
  post: 'Post-production',
  other: 'Other',
};
