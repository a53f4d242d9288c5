/**
 * Bounds that keep every total of a budget a safe integer, so the engine never loses a minor unit to
 * floating point: the sum of the absolute values of all line totals and fringes (in the budget currency)
 * is at most 10^13 minor units (100 billion dollars, 10 trillion yen), and there are at most eight
 * percentage items of at most 100 % each, so the grand total stays below 2^53.
 */
export const MAX_BUDGET_MAGNITUDE = 10_000_000_000_000;
export const MAX_PERCENTAGE_ITEMS = 8;
