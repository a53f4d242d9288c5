import type { CurrencyCode, Fringe, MinorUnits } from '@greenlight/domain';
import { fringeKindOfWord } from './budget-file-words.js';
import type { BudgetRow } from './budget-row.js';
import { parseMoneyText } from './parse-money-text.js';
import { parsePercentText } from './parse-percent-text.js';
import { parseUnitText } from './parse-unit-text.js';
import { notParsed, parsed, quoted } from './parsed-value.js';

/**
 * `fringe`: ID, Description (its name) and Kind. A `percentage` fringe has its Rate as a percentage
 * and an optional Cap and Threshold (amounts of one line, in the budget currency); a `flat` one has its
 * Rate as an amount per unit, in the budget currency, and the Units it counts.
 */
export const parseFringeRecord = (row: BudgetRow, currency: CurrencyCode): Fringe => {
  const id = row.name('ID').name;
  const name = row.text('Description');
  const kind = row.value(
    'Kind',
    (text) => {
      const found = fringeKindOfWord(text);
      return found === null
        ? notParsed(`${quoted(text)} is not a kind of fringe (percentage or flat)`)
        : parsed(found);
    },
    'percentage',
  );
  const money = (text: string) => parseMoneyText(text, currency);
  if (kind === 'percentage') {
    row.ignoreOthers(['ID', 'Description', 'Kind', 'Rate', 'Cap', 'Threshold']);
    return {
      id,
      name,
      kind,
      rateBp: row.value('Rate', parsePercentText, 0),
      cap: row.optional('Cap', money),
      threshold: row.optional('Threshold', money),
    };
  }
  row.ignoreOthers(['ID', 'Description', 'Kind', 'Rate', 'Units']);
  return {
    id,
    name,
    kind,
    amount: row.value('Rate', money, 0 as MinorUnits),
    unit: row.value('Units', parseUnitText, 'days'),
  };
};
