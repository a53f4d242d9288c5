import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyCode,
  currencyDecimals,
  type CurrencyCode,
  type MinorUnits,
} from '../shared/money.js';
import {
  conversionFactor,
  convertFromBudgetCurrency,
  convertToBudgetCurrency,
  convertWithRates,
  formatExchangeRate,
  MAX_RATE_MICROS,
  parseExchangeRate,
} from './exchange-rate.js';

const USD = currencyCode('USD');
const CURRENCIES: readonly CurrencyCode[] = ['USD', 'EUR', 'JPY', 'KWD', 'GBP'].map(currencyCode);

describe('exchange rates', () => {
  it('converts with six-decimal rates and the currencies’ own minor units', () => {
    const eur = conversionFactor({ currency: currencyCode('EUR'), perUnitMicros: 1_085_000 }, USD);
    expect(convertToBudgetCurrency(2_000_000, eur)).toBe(2_170_000);
    // ¥1,000,000 at 0.006712 = $6,712.00; one yen is 0.6712 cents.
    const jpy = conversionFactor({ currency: currencyCode('JPY'), perUnitMicros: 6_712 }, USD);
    expect(convertToBudgetCurrency(1_000_000, jpy)).toBe(671_200);
    expect(convertToBudgetCurrency(1, jpy)).toBe(1);
    expect(convertFromBudgetCurrency(671_200, jpy)).toBe(1_000_000);
    expect(
      convertWithRates(100 as MinorUnits, currencyCode('GBP'), USD, [
        { currency: currencyCode('EUR'), perUnitMicros: 1 },
      ]),
    ).toMatchObject({ ok: false, error: { message: 'There is no exchange rate from GBP to USD' } });
  });

  it('converting there and back is exact when the foreign minor unit is worth more, else within one budget minor unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...CURRENCIES),
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        (foreign, budget, perUnitMicros, amount) => {
          const factor = conversionFactor({ currency: foreign, perUnitMicros }, budget);
          // k = value of one foreign minor unit in budget minor units, exactly.
          const numerator = BigInt(perUnitMicros) * 10n ** BigInt(currencyDecimals(budget));
          const denominator = 10n ** BigInt(currencyDecimals(foreign)) * 1_000_000n;
          const there = convertToBudgetCurrency(amount, factor);
          if (there === null) return;
          const back = convertFromBudgetCurrency(there, factor);
          if (back === null) return;
          const drift = BigInt(Math.abs(back - amount));
          if (numerator >= denominator) expect(drift).toBe(0n);
          else expect(drift * numerator <= denominator).toBe(true);
          // …and the other way round, starting in the budget currency.
          const out = convertFromBudgetCurrency(amount, factor);
          const home = out === null ? null : convertToBudgetCurrency(out, factor);
          if (out === null || home === null) return;
          const drift2 = BigInt(Math.abs(home - amount));
          if (denominator >= numerator) expect(drift2).toBe(0n);
          else expect(drift2 * denominator <= numerator).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is monotonic: a larger amount never converts to less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_RATE_MICROS }),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1e6 }),
        (micros, a, step) => {
          const factor = conversionFactor(
            { currency: currencyCode('EUR'), perUnitMicros: micros },
            USD,
          );
          const x = convertToBudgetCurrency(a, factor);
          const y = convertToBudgetCurrency(a + step, factor);
          if (x !== null && y !== null) expect(y).toBeGreaterThanOrEqual(x);
        },
      ),
    );
  });

  it('parses and prints rates exactly', () => {
    expect(parseExchangeRate('1.085')).toEqual({ ok: true, value: 1_085_000 });
    expect(parseExchangeRate('0.006712')).toEqual({ ok: true, value: 6_712 });
    expect(parseExchangeRate('0').ok).toBe(false);
    expect(parseExchangeRate('1.0000001').ok).toBe(false);
    expect(formatExchangeRate(1_085_000)).toBe('1.085');
    expect(formatExchangeRate(2_000_000)).toBe('2');
  });
});
