import { currencyCode, type CurrencyCode } from '@greenlight/domain';
import { notParsed, parsed, type Parsed, quoted } from './parsed-value.js';

/** An ISO 4217 code, in any case: `usd` is USD. */
export const parseCurrencyText = (input: string): Parsed<CurrencyCode> => {
  const text = input.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(text)
    ? parsed(currencyCode(text))
    : notParsed(
        `${quoted(input)} is not a currency (a three-letter ISO 4217 code such as USD or EUR)`,
      );
};
