import { currencyCode, currencyDecimals } from '@greenlight/domain';

/** A linear map from a domain of amounts to a range of pixels (either way round). */
export const linearScale =
  (domain: readonly [number, number], range: readonly [number, number]) =>
  (value: number): number => {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    if (d1 === d0) return r0;
    return r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  };

/**
 * A round step for about `count` ticks over `span`: 1, 2, 2.5 or 5 times a power of ten, never below 1
 * (amounts are whole minor units).
 */
export const niceStep = (span: number, count: number): number => {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
};

/** Ticks from 0 up to at least `max` (and down to `min` when it is negative), on a round step. */
export const niceTicks = (min: number, max: number, count = 5): number[] => {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  const step = niceStep(high - low, count);
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let value = first; value <= last + step / 2; value += step) ticks.push(Math.round(value));
  return ticks.length < 2 ? [0, step] : ticks;
};

/** An axis label: minor units as a short amount, "$1.5M", "€250K", "-$400K". */
export const compactMoney = (minor: number, currency: string): string => {
  let decimals = 2;
  try {
    decimals = currencyDecimals(currencyCode(currency));
  } catch {
    // An unknown code still gets a label, in cents.
  }
  const major = minor / 10 ** decimals;
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: Math.abs(major) >= 1000 ? 1 : 0,
    }).format(major);
  } catch {
    return `${Math.round(major)} ${currency}`;
  }
};
