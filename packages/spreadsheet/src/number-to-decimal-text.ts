/**
 * A spreadsheet number as the decimal a person typed, the way Excel shows it: rounded to 15
 * significant digits, then the shortest text for that (`0.1` stays `0.1`, `1250` stays `1250`, a
 * formula's `0.30000000000000004` is `0.3`), with no exponent (`1e-7` → `0.0000001`,
 * `1.5e+21` → `1500000000000000000000`). Every decimal of up to 15 significant digits survives the
 * trip through a double this way, which is why the writers store longer ones as text. Null for NaN
 * and the infinities.
 */
export const numberToDecimalText = (value: number): string | null => {
  if (!Number.isFinite(value)) return null;
  const text = String(Number(value.toPrecision(15)));
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  // Where the decimal point falls in `digits` once the exponent is applied.
  const point = whole.length + Number(exponentText);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + body;
};

/**
 * A decimal text shifted two places to the right, for a cell shown as a percentage: Excel stores 7.65 %
 * as 0.0765, and `0.0765` → `7.65`. Exact: only the text moves.
 */
export const percentOfDecimalText = (text: string): string => {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const padded = fraction.padEnd(2, '0');
  const newWhole = (whole + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  const body = rest === '' ? newWhole : `${newWhole}.${rest}`;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
};

/** The other way: `7.65` → `0.0765`, for writing a percentage as the number Excel keeps. */
export const fractionOfPercentText = (text: string): string => {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const padded = whole.padStart(3, '0');
  const newWhole = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  const newFraction = (padded.slice(-2) + fraction).replace(/0+$/, '');
  const body = newFraction === '' ? newWhole : `${newWhole}.${newFraction}`;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
};
