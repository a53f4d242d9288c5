import type { Brand } from './brand.js';
import { DomainError } from './domain-error.js';

/** Money as an integer count of the currency's minor unit (cents for USD). Never a float. */
export type MinorUnits = Brand<number, 'MinorUnits'>;

/** ISO 4217 code, upper case. */
export type CurrencyCode = Brand<string, 'CurrencyCode'>;

// Currencies whose minor unit is not 1/100 (ISO 4217). Every other code has two decimals.
const DECIMALS: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  ISK: 0,
  CLP: 0,
  VND: 0,
  HUF: 2,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

export const minorUnits = (value: number): MinorUnits => {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError(
      'validation',
      `Money must be a whole number of minor units, got ${value}`,
    );
  }
  return value as MinorUnits;
};

export const currencyCode = (value: string): CurrencyCode => {
  if (!/^[A-Z]{3}$/.test(value)) {
    throw new DomainError(
      'validation',
      `Currency must be a three-letter ISO 4217 code, got "${value}"`,
    );
  }
  return value as CurrencyCode;
};

export const currencyDecimals = (currency: CurrencyCode): number => DECIMALS[currency] ?? 2;

/** Whole currency units to minor units, for defaults written by hand (e.g. 100_000 dollars). */
export const fromMajorUnits = (major: number, currency: CurrencyCode): MinorUnits =>
  minorUnits(major * 10 ** currencyDecimals(currency));

/**
 * Formats minor units for people: `$150,000.00`. Uses Intl for grouping and symbols only; the
 * digits come from integer arithmetic so no float rounding can creep in.
 */
export const formatMoney = (amount: MinorUnits, currency: CurrencyCode): string => {
  const decimals = currencyDecimals(currency);
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const scale = 10 ** decimals;
  const major = Math.floor(abs / scale);
  const minor = abs % scale;
  const parts = wholeUnitsFormat(currency).formatToParts(major);
  const body = parts.map((p) => p.value).join('');
  const withMinor = decimals > 0 ? `${body}.${String(minor).padStart(decimals, '0')}` : body;
  return negative ? `-${withMinor}` : withMinor;
};

// Building an Intl formatter costs tens of microseconds; the approvals inbox formats thousands of amounts.
// A memo of a pure function, keyed by its only argument, keeps the domain deterministic.
const wholeUnitsFormats = new Map<string, Intl.NumberFormat>();
const wholeUnitsFormat = (currency: CurrencyCode): Intl.NumberFormat => {
  let format = wholeUnitsFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    wholeUnitsFormats.set(currency, format);
  }
  return format;
};
