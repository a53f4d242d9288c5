import { moneyDecimals } from './minor-units-to-decimal.js';

/**
 * An Excel number format for a money column: the currency's symbol (from Intl: `$`, `€`, `£`, or the
 * code where English has no symbol, `PLN`), thousands grouping and the currency's minor digits —
 * `"$"#,##0.00`, `"¥"#,##0`. Without a currency: `#,##0.00`. The symbol is quoted so Excel never
 * reads a character of it as a format code.
 */
export const moneyNumberFormat = (currency: string | undefined): string => {
  const decimals = moneyDecimals(currency);
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  if (currency === undefined) return digits;
  const symbol =
    new Intl.NumberFormat('en-US', { style: 'currency', currency })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value ?? currency;
  return `"${symbol.replaceAll('"', '')}"${digits}`;
};
