import type { Brand } from '../shared/brand.js';
import { DomainError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * A budget quantity (the amount column, the multiplier, a global's value) as an integer count of
 * **thousandths** of a unit: 2.5 weeks is 2500, 1 is 1000. Three decimals cover what budgets enter
 * (2.5 weeks, 0.125 of a fee, 1.333 days) and keep every quantity an exact integer, so a line total is
 * one exact product rounded once. Never a float.
 */
export type Quantity = Brand<number, 'Quantity'>;

/** Thousandths in one unit. */
export const QUANTITY_SCALE = 1000;

export const quantityFromThousandths = (thousandths: number): Quantity => {
  if (!Number.isSafeInteger(thousandths)) {
    throw new DomainError(
      'validation',
      `A quantity must be a whole number of thousandths, got ${thousandths}`,
    );
  }
  return thousandths as Quantity;
};

/**
 * A quantity from a decimal written by hand (`quantity(2.5)`), for defaults and tests; it throws on more
 * than three decimals. User input goes through `parseQuantity`, which never throws.
 */
export const quantity = (decimal: number): Quantity => {
  const scaled = Math.round(decimal * QUANTITY_SCALE);
  if (!Number.isSafeInteger(scaled) || Math.abs(decimal * QUANTITY_SCALE - scaled) > 1e-6) {
    throw new DomainError('validation', `A quantity has at most three decimals, got ${decimal}`);
  }
  return scaled as Quantity;
};

/** Parses `12`, `2.5`, `-0.125` or `1,500.25` exactly (no float on the way). */
export const parseQuantity = (text: string): Result<Quantity> => {
  const match = /^\s*(-?)(\d[\d,]*)?(?:\.(\d{1,3}))?\s*$/.exec(text);
  const whole = match?.[2]?.replaceAll(',', '') ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '')) {
    return err(
      new DomainError(
        'validation',
        `"${text}" is not a quantity (a number with up to three decimals)`,
      ),
    );
  }
  const thousandths = Number(whole || '0') * QUANTITY_SCALE + Number(fraction.padEnd(3, '0'));
  if (!Number.isSafeInteger(thousandths)) {
    return err(new DomainError('validation', `"${text}" is too large for a quantity`));
  }
  return ok((match[1] === '-' ? -thousandths || 0 : thousandths) as Quantity);
};

/** `2500` → `2.5`, `1000` → `1`, `125` → `0.125`: as few decimals as the value needs. */
export const formatQuantity = (value: Quantity): string => {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.floor(abs / QUANTITY_SCALE);
  const fraction = String(abs % QUANTITY_SCALE)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
};
