import { formatBasisPoints } from '@greenlight/domain';

export type ParsedBasisPoints =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

const PERCENT = /^(\d{1,6})(?:\.(\d{0,2}))?$/;

/**
 * A percentage (or points) as typed, "12.5" or "12.5 %", as basis points: 1,250. Parsed from the digits,
 * so 0.1 + 0.2 never happens to a deal's terms; more than two decimals is refused rather than rounded.
 */
export const parseBasisPoints = (
  text: string,
  { max = 10_000, unit = 'percentage' }: { readonly max?: number; readonly unit?: string } = {},
): ParsedBasisPoints => {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(/\s+/g, '');
  if (cleaned === '') return { ok: false, error: `Enter a ${unit}` };
  if (cleaned.startsWith('-')) return { ok: false, error: `The ${unit} cannot be negative` };
  const match = PERCENT.exec(cleaned);
  if (match === null) return { ok: false, error: `Enter a ${unit} like 12.5` };
  const [, whole = '0', fraction = ''] = match;
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (value > max) return { ok: false, error: `The ${unit} can be at most ${max / 100}` };
  return { ok: true, value };
};

/** Basis points as the plain number a percentage field edits: 1,250 → "12.5". */
export const basisPointsToInput = (bp: number): string => formatBasisPoints(bp).replace(/%$/, '');

/** "12.5 %" for a table. */
export const formatPercent = (bp: number): string => `${basisPointsToInput(bp)} %`;

/** Back-end points (100 bp each): 2,500 → "25 points", 100 → "1 point". */
export const formatPoints = (bp: number): string => {
  const points = basisPointsToInput(bp);
  return `${points} ${points === '1' ? 'point' : 'points'}`;
};
