import { currencyCode, currencyDecimals } from '@greenlight/domain';

/** How many minor digits a money column has: its currency's (ISO 4217), else the usual two. */
export const moneyDecimals = (currency: string | undefined): number =>
  currency === undefined ? 2 : currencyDecimals(currencyCode(currency));

/**
 * Minor units as a plain decimal a spreadsheet reads as a number: 1234567 USD → `12345.67`,
 * -5 USD → `-0.05`, 1500 JPY → `1500`. No grouping and no symbol (a `,` or `$` would make it text),
 * and integer arithmetic only, so no float rounding creeps in.
 */
export const minorUnitsToDecimal = (amount: number, currency: string | undefined): string => {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money must be a whole number of minor units, got ${amount}`);
  }
  const decimals = moneyDecimals(currency);
  const abs = Math.abs(amount);
  const scale = 10 ** decimals;
  const major = String(Math.floor(abs / scale));
  const body = decimals > 0 ? `${major}.${String(abs % scale).padStart(decimals, '0')}` : major;
  return amount < 0 ? `-${body}` : body;
};
