import { DomainError } from '../shared/domain-error.js';
import {
  currencyDecimals,
  formatMoney,
  type CurrencyCode,
  type MinorUnits,
} from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { multiplyDivideRoundHalfEven } from './rounding.js';

/**
 * One row of a budget's rate table: how much one major unit of `currency` is worth in the budget currency,
 * as an exact decimal with six places (integer millionths): 1 EUR = 1.085 USD is `{ currency: 'EUR',
 * perUnitMicros: 1_085_000 }`. A rate is data the production agrees on (often the bond company's or the
 * financier's rate), so it is stored, never looked up.
 */
export type ExchangeRate = {
  readonly currency: CurrencyCode;
  readonly perUnitMicros: number;
};

/** Millionths in one: rates have six decimals. */
export const RATE_SCALE = 1_000_000;

/**
 * The exact value of one minor unit of a currency in minor units of the budget currency:
 * `numerator / denominator` = perUnitMicros × 10^(budget decimals) / (10^(its decimals) × 10^6), reduced.
 */
export type ConversionFactor = { readonly numerator: number; readonly denominator: number };

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

export const conversionFactor = (
  rate: ExchangeRate,
  budgetCurrency: CurrencyCode,
): ConversionFactor => {
  const numerator = rate.perUnitMicros * 10 ** currencyDecimals(budgetCurrency);
  const denominator = 10 ** currencyDecimals(rate.currency) * RATE_SCALE;
  const divisor = gcd(numerator, denominator);
  return { numerator: numerator / divisor, denominator: denominator / divisor };
};

/**
 * An amount in a rate's currency converted into the budget currency, rounded once (half to even). Null
 * only when the result is not a safe integer.
 *
 * **Round trip.** With k = numerator / denominator (what one minor unit of the foreign currency is worth
 * in budget minor units), converting `a` into the budget currency and back gives `a'` with
 * `|a' − a| × min(1, k) ≤ 1`: exact whenever the foreign minor unit is worth at least a budget minor unit
 * (k ≥ 1), and otherwise off by no more than one budget minor unit's worth. The same holds the other way
 * round with 1/k. A round trip can never drift further, because each direction rounds exactly once.
 */
export const convertToBudgetCurrency = (amount: number, factor: ConversionFactor): number | null =>
  multiplyDivideRoundHalfEven(amount, factor.numerator, factor.denominator);

/** An amount in the budget currency converted into a rate's currency, with the exact inverse rate. */
export const convertFromBudgetCurrency = (
  amount: number,
  factor: ConversionFactor,
): number | null => multiplyDivideRoundHalfEven(amount, factor.denominator, factor.numerator);

/** The largest rate accepted: one foreign unit worth a million budget units keeps every factor safe. */
export const MAX_RATE_MICROS = 1_000_000 * RATE_SCALE;

/** A rate that can be used: a positive whole number of millionths, at most `MAX_RATE_MICROS`. */
export const isValidRate = (rate: ExchangeRate): boolean =>
  Number.isSafeInteger(rate.perUnitMicros) &&
  rate.perUnitMicros > 0 &&
  rate.perUnitMicros <= MAX_RATE_MICROS;

/**
 * `amount` of `from` in `to` (the budget currency) with a rate table, as a Result: used for financing
 * amounts, which are converted with the approved budget's rates.
 */
export const convertWithRates = (
  amount: MinorUnits,
  from: CurrencyCode,
  to: CurrencyCode,
  rates: readonly ExchangeRate[],
): Result<MinorUnits> => {
  if (from === to) return ok(amount);
  const rate = rates.find((r) => r.currency === from);
  if (!rate || !isValidRate(rate)) {
    return err(
      new DomainError('validation', `There is no exchange rate from ${from} to ${to}`, {
        currency: from,
      }),
    );
  }
  const converted = convertToBudgetCurrency(amount, conversionFactor(rate, to));
  if (converted === null) {
    return err(
      new DomainError(
        'validation',
        `${formatMoney(amount, from)} is too large to convert to ${to}`,
      ),
    );
  }
  return ok(converted as MinorUnits);
};

/** Parses `1.085` or `0.0067` exactly into millionths (six decimals at most). */
export const parseExchangeRate = (text: string): Result<number> => {
  const match = /^\s*(\d+)?(?:\.(\d{1,6}))?\s*$/.exec(text);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  const micros = Number(whole || '0') * RATE_SCALE + Number(fraction.padEnd(6, '0'));
  if (!match || (whole === '' && fraction === '') || micros <= 0 || micros > MAX_RATE_MICROS) {
    return err(
      new DomainError(
        'validation',
        `"${text}" is not an exchange rate (a positive number with up to six decimals)`,
      ),
    );
  }
  return ok(micros);
};

/** `1085000` → `1.085`. */
export const formatExchangeRate = (perUnitMicros: number): string => {
  const whole = Math.floor(perUnitMicros / RATE_SCALE);
  const fraction = String(perUnitMicros % RATE_SCALE)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
};
