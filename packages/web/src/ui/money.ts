import {
  currencyCode,
  currencyDecimals,
  formatMoney,
  minorUnits,
  type CurrencyCode,
} from '@greenlight/domain';

const asCurrency = (currency: string): CurrencyCode | null => {
  try {
    return currencyCode(currency);
  } catch {
    return null;
  }
};

/** Minor units for people, through the domain's formatter: `$150,000.00`. */
export const formatAmount = (amount: number, currency: string): string => {
  const code = asCurrency(currency);
  if (code === null || !Number.isSafeInteger(amount)) return `${amount} ${currency}`;
  return formatMoney(minorUnits(amount), code);
};

export type ParsedMoney =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^\d*(\.\d*)?$/;

/**
 * Reads what a person typed ("1,250.50", "$ 300", "42.5") as an exact count of minor units. The digits are
 * parsed as integers; no float ever touches the amount. Negative amounts are refused: forms take spending.
 */
export const parseMoney = (text: string, currency: string): ParsedMoney => {
  const code = asCurrency(currency);
  if (code === null) return { ok: false, error: `Unknown currency ${currency}` };
  const decimals = currencyDecimals(code);
  const cleaned = text
    .trim()
    .replace(/^(?:[A-Za-z]{3}\s+|[$€£¥₹]\s*)/, '')
    .replace(/\s+/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter an amount' };
  if (cleaned.startsWith('-')) return { ok: false, error: 'The amount cannot be negative' };
  if (!GROUPED.test(cleaned) && !PLAIN.test(cleaned)) {
    return { ok: false, error: 'Enter an amount like 1,250.00' };
  }
  const [whole = '', fraction = ''] = cleaned.replace(/,/g, '').split('.');
  if (whole === '' && fraction === '') return { ok: false, error: 'Enter an amount like 1,250.00' };
  if (fraction.length > decimals) {
    return {
      ok: false,
      error:
        decimals === 0
          ? `${code} has no minor unit: enter whole amounts`
          : `Use at most ${decimals} decimal places`,
    };
  }
  const minor =
    BigInt(whole || '0') * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER))
    return { ok: false, error: 'That amount is too large' };
  return { ok: true, value: Number(minor) };
};

/** Minor units back to the plain decimal text a money input edits ("1250.50"), without grouping. */
export const minorToInput = (amount: number, currency: string): string => {
  const code = asCurrency(currency);
  const decimals = code === null ? 2 : currencyDecimals(code);
  if (decimals === 0) return String(amount);
  const digits = String(Math.abs(amount)).padStart(decimals + 1, '0');
  return `${amount < 0 ? '-' : ''}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
};
