import { parseExchangeRate, type ExchangeRate } from '@greenlight/domain';
import type { BudgetRow } from './budget-row.js';
import { parseCurrencyText } from './parse-currency-text.js';
import { notParsed, parsed, type Parsed } from './parsed-value.js';

const parseRateText = (text: string): Parsed<number> => {
  const result = parseExchangeRate(text);
  return result.ok ? parsed(result.value) : notParsed(result.error.message);
};

/** `rate`: one unit of Currency is worth Rate of the budget currency (six decimals at most). */
export const parseRateRecord = (row: BudgetRow): ExchangeRate => {
  row.ignoreOthers(['Currency', 'Rate']);
  return {
    currency: row.value(
      'Currency',
      parseCurrencyText,
      row.text('Currency') as ExchangeRate['currency'],
    ),
    perUnitMicros: row.value('Rate', parseRateText, 0),
  };
};
