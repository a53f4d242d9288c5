/**
 * A percentage as an integer count of basis points: 10,000 bp = 100 %, 250 bp = 2.5 %. Percentages of
 * fringes, contingency, bonds, fees, interest and equity shares are all basis points, never floats.
 */
export type BasisPoints = number;

/** `1000` → `10%`, `250` → `2.5%`, `1` → `0.01%`. */
export const formatBasisPoints = (bp: BasisPoints): string => {
  const negative = bp < 0;
  const abs = Math.abs(bp);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${Math.floor(abs / 100)}${fraction === '' ? '' : `.${fraction}`}%`;
};
