import type { BasisPoints } from '@greenlight/domain';
import { notParsed, parsed, type Parsed, quoted } from './parsed-value.js';

/**
 * A percentage in basis points, exactly: `7.65%`, `7.65`, `10 %`, `0.01%` (one basis point). A number
 * without a sign is a percentage too, since that is what a Rate of a fringe or an item holds; more
 * than two decimals are refused unless they are zeros.
 */
export const parsePercentText = (input: string): Parsed<BasisPoints> => {
  const match = /^\s*(-?)(\d+)?(?:\.(\d*))?\s*%?\s*$/.exec(input);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '') || /[1-9]/.test(fraction.slice(2))) {
    return notParsed(
      `${quoted(input)} is not a percentage with at most two decimals (write 7.65% for 7.65 %)`,
    );
  }
  const bp = Number(whole || '0') * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(bp)) return notParsed(`${quoted(input)} is too large for a percentage`);
  return parsed(match[1] === '-' && bp !== 0 ? -bp : bp);
};
