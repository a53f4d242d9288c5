import { formatFigure } from '../budget/figures';

/**
 * A variance the way a cost report prints it, "over/(under)": the domain's variance is budget minus the
 * estimated final cost (positive: under), so over budget is shown as a plain figure and under budget in
 * parentheses, the accountant's convention for a saving.
 */
export const formatOverUnder = (variance: number, currency: string): string => {
  if (variance === 0) return '—';
  const text = formatFigure(Math.abs(variance), currency);
  return variance < 0 ? text : `(${text})`;
};

/** Over budget reads red, under green, on budget quiet. */
export const overUnderTone = (variance: number): 'over' | 'under' | 'none' =>
  variance < 0 ? 'over' : variance > 0 ? 'under' : 'none';

/** A movement since the last report: more cost is "+", less is "−", none is a dash. */
export const formatChange = (change: number | null, currency: string): string => {
  if (change === null) return '';
  if (change === 0) return '—';
  const text = formatFigure(Math.abs(change), currency);
  return change > 0 ? `+${text}` : `−${text}`;
};
