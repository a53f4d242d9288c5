import { NEEDS_GUARD } from './write-csv.js';

/**
 * The inverse of `neutraliseFormula`: takes off the one apostrophe the CSV writer put before text a
 * spreadsheet would run as a formula (`'=SUM(A1)` → `=SUM(A1)`, `''-x` → `'-x`), and leaves everything
 * else alone. Exact because the writer guards every text that starts with apostrophes and then a formula
 * character, and no other: a cell the writer did not guard never looks like one it did. Numbers are
 * never guarded, so `-1250.00` comes back as it was.
 */
export const restoreNeutralisedText = (text: string): string =>
  text.startsWith("'") && NEEDS_GUARD.test(text.slice(1)) ? text.slice(1) : text;
