import { currencyCode, currencyDecimals } from '@greenlight/domain';
import { formatAmount } from '../../ui/money';

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const decimalsOf = (currency: string): number => {
  try {
    return currencyDecimals(currencyCode(currency));
  } catch {
    return 2;
  }
};

/**
 * Minor units as a grid figure without the currency sign ("1,500.00"): the column says the currency once,
 * and a column of bare figures lines up on the decimal point.
 */
export const formatFigure = (amount: number, currency: string): string => {
  const decimals = decimalsOf(currency);
  const abs = Math.abs(amount);
  const scale = 10 ** decimals;
  const whole = grouping.format(Math.floor(abs / scale));
  const minor = decimals === 0 ? '' : `.${String(abs % scale).padStart(decimals, '0')}`;
  return `${amount < 0 ? '-' : ''}${whole}${minor}`;
};

/** A difference with its sign: "+$1,200.00", "−$300.00", "$0.00". */
export const formatDelta = (amount: number, currency: string): string => {
  if (amount === 0) return formatAmount(0, currency);
  const text = formatAmount(Math.abs(amount), currency);
  return amount > 0 ? `+${text}` : `−${text}`;
};

/** The direction of a difference, for colouring: up costs more. */
export const deltaTone = (amount: number): 'up' | 'down' | 'none' =>
  amount > 0 ? 'up' : amount < 0 ? 'down' : 'none';
