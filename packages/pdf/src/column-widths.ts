import type { ReportColumn } from '@greenlight/domain';

/**
 * Splits `total` points among columns in proportion to their relative `width` (default 1).
 * Widths that are missing, zero, negative or not finite count as 1, so a bad hint can never hide a
 * column. The last column absorbs rounding so the widths always add up to `total` exactly.
 */
export const columnWidths = (columns: readonly ReportColumn[], total: number): number[] => {
  const weights = columns.map((c) =>
    c.width !== undefined && Number.isFinite(c.width) && c.width > 0 ? c.width : 1,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w * 100) / sum) / 100);
  const used = widths.slice(0, -1).reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = total - used;
  return widths;
};
