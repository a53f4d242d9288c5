import { parseQuantity, type Quantity } from '@greenlight/domain';
import { notParsed, parsed, type Parsed, quoted } from './parsed-value.js';

/**
 * A quantity (thousandths) as people write it: `20`, `2.5`, `-0.125`, `1,500`. The domain's
 * `parseQuantity` does the exact arithmetic; here thousands separators must group by three, so a
 * European `2,5` is refused rather than read as twenty-five, and trailing zeros past the third decimal
 * (`2.5000`) are accepted.
 */
export const parseQuantityText = (input: string): Parsed<Quantity> => {
  const refuse = (): Parsed<never> =>
    notParsed(`${quoted(input)} is not a number with up to three decimals (write it like 2.5)`);
  const text = input.trim();
  const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) return refuse();
  const [, sign = '', whole = ''] = match;
  // Trailing zeros stripped by a loop, not a pattern: `0+$` (or a lazy group before `0*`) backtracks
  // quadratically on a long run of zeros, and cells are user input.
  let fraction = match[3] ?? '';
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === '0') end -= 1;
  fraction = fraction.slice(0, end);
  if (fraction.length > 3) return refuse();
  const result = parseQuantity(
    `${sign}${whole.replaceAll(',', '')}${fraction ? `.${fraction}` : ''}`,
  );
  if (!result.ok)
    return whole === '' && fraction === '' ? refuse() : notParsed(result.error.message);
  return parsed(result.value);
};
