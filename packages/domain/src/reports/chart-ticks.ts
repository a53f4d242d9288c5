import { currencyDecimals, type CurrencyCode } from '../shared/money.js';

/**
 * A round step for about `count` ticks over `span`: 1, 2, 2.5 or 5 times a power of ten, never below 1
 * (amounts are whole minor units).
 */
export const niceChartStep = (span: number, count: number): number => {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
};

/** Axis ticks from zero up to at least `max` (and down to `min` when it is below zero), on a round step. */
export const niceChartTicks = (min: number, max: number, count = 5): number[] => {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  const step = niceChartStep(high - low, count);
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let value = first; value <= last + step / 2; value += step) ticks.push(Math.round(value));
  return ticks.length < 2 ? [0, step] : ticks;
};

const compactFormats = new Map<string, Intl.NumberFormat>();

/** An axis label: minor units as a short amount, "$1.5M", "€250K", "-$400K". */
export const formatCompactMoney = (minor: number, currency: CurrencyCode): string => {
  const major = minor / 10 ** currencyDecimals(currency);
  const digits = Math.abs(major) >= 1000 ? 1 : 0;
  const key = `${currency}:${digits}`;
  let format = compactFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    compactFormats.set(key, format);
  }
  return format.format(major);
};
