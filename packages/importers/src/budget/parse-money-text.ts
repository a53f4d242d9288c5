import { currencyDecimals, type CurrencyCode, type MinorUnits } from '@greenlight/domain';
import { notParsed, parsed, type Parsed, quoted } from './parsed-value.js';

const symbols = new Map<string, readonly string[]>();

/** What may stand before (or after) an amount: the code, and the symbols English uses for it. */
const symbolsOf = (currency: CurrencyCode): readonly string[] => {
  let found = symbols.get(currency);
  if (!found) {
    const symbol = (display: 'symbol' | 'narrowSymbol'): string =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: display })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency;
    found = [...new Set([currency, symbol('symbol'), symbol('narrowSymbol')])];
    symbols.set(currency, found);
  }
  return found;
};

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

/**
 * An amount of money as people write it, exactly, in minor units of `currency`: `1250`, `1250.5`,
 * `-1250.00`, `1,250.00`, `$1,250.00`, `(1,250.00)` for a credit, `1250 EUR`. Thousands separators must
 * group by three (so `1,5` is refused rather than read as fifteen), and more decimals than the currency
 * has are refused unless they are zeros: nothing is rounded.
 */
export const parseMoneyText = (input: string, currency: CurrencyCode): Parsed<MinorUnits> => {
  const decimals = currencyDecimals(currency);
  const example = decimals > 0 ? `1250.${'0'.repeat(decimals)}` : '1250';
  const refuse = (why: string): Parsed<never> =>
    notParsed(`${quoted(input)} is not an amount in ${currency}${why} (write it like ${example})`);
  let text = input.trim();
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 2; pass += 1) {
    if (text.startsWith('-') && !negative) {
      negative = true;
      text = text.slice(1).trim();
    }
    for (const symbol of symbolsOf(currency)) {
      if (text.startsWith(symbol)) text = text.slice(symbol.length).trim();
      else if (text.endsWith(symbol)) text = text.slice(0, -symbol.length).trim();
    }
  }
  const match = DIGITS.exec(text);
  const whole = match?.[1]?.replaceAll(',', '') ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) return refuse('');
  if (/[1-9]/.test(fraction.slice(decimals))) {
    return refuse(
      `: ${currency} has ${decimals === 0 ? 'no' : decimals} decimal${decimals === 1 ? '' : 's'}`,
    );
  }
  const minor =
    Number(whole || '0') * 10 ** decimals +
    Number(fraction.slice(0, decimals).padEnd(decimals, '0'));
  if (!Number.isSafeInteger(minor)) return refuse(': it is too large');
  return parsed((negative && minor !== 0 ? -minor : minor) as MinorUnits);
};
