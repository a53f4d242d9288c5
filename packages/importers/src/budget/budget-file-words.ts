import {
  BUDGET_UNITS,
  PERCENTAGE_ITEM_KINDS,
  type BudgetFileRecord,
  type BudgetUnit,
  type Fringe,
  type PercentageItemKind,
} from '@greenlight/domain';

// The words the budget file accepts in its word columns, ignoring case, spaces, hyphens and
// underscores: what Greenlight writes, and what people write by hand.

const key = (word: string): string =>
  word
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const lookup = <T>(table: Readonly<Record<string, T>>, word: string): T | null =>
  Object.hasOwn(table, key(word)) ? (table[key(word)] ?? null) : null;

const RECORDS: Readonly<Record<string, BudgetFileRecord>> = {
  budget: 'budget',
  rate: 'rate',
  exchangerate: 'rate',
  global: 'global',
  fringe: 'fringe',
  account: 'account',
  line: 'line',
  detail: 'line',
  item: 'item',
};

/** `budget`, `rate`, `global`, `fringe`, `account`, `line` (or `detail`), `item`. */
export const recordOfWord = (word: string): BudgetFileRecord | null => lookup(RECORDS, word);

const UNITS: Readonly<Record<string, BudgetUnit>> = {
  ...Object.fromEntries(BUDGET_UNITS.map((unit) => [unit, unit])),
  day: 'days',
  week: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  month: 'months',
  hour: 'hours',
  hr: 'hours',
  hrs: 'hours',
  episode: 'episodes',
  ep: 'episodes',
  eps: 'episodes',
  ea: 'each',
  allowance: 'allow',
};

/** A unit by its name, singular or plural or the usual abbreviation: `Days`, `week`, `hrs`, `Flat`. */
export const unitOfWord = (word: string): BudgetUnit | null => lookup(UNITS, word);

const FRINGE_KINDS: Readonly<Record<string, Fringe['kind']>> = {
  percentage: 'percentage',
  percent: 'percentage',
  '%': 'percentage',
  flat: 'flat-per-unit',
  flatperunit: 'flat-per-unit',
  amount: 'flat-per-unit',
};

/** `percentage` (or `percent`, `%`), `flat` (or `flat-per-unit`, `amount`). */
export const fringeKindOfWord = (word: string): Fringe['kind'] | null => lookup(FRINGE_KINDS, word);

const ITEM_KINDS: Readonly<Record<string, PercentageItemKind>> = {
  ...Object.fromEntries(PERCENTAGE_ITEM_KINDS.map((kind) => [key(kind), kind])),
  bond: 'completion-bond',
};

/** `contingency`, `completion-bond` (or `completion bond`, `bond`), `insurance`, `overhead`, `other`. */
export const itemKindOfWord = (word: string): PercentageItemKind | null => lookup(ITEM_KINDS, word);

/** An account's Kind: empty or `lines` for an account of lines, `fringes` for a fringe account. */
export const accountRoleOfWord = (word: string): 'lines' | 'fringes' | null => {
  const k = key(word);
  if (k === '' || k === 'lines' || k === 'line') return 'lines';
  return k === 'fringes' || k === 'fringe' ? 'fringes' : null;
};
