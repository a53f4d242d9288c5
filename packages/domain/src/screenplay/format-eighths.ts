/**
 * A length in eighths of a page as a production office writes it: `4/8`, `1`, `1 3/8` (never `1/2`; a
 * half page is `4/8`). Zero is `0`.
 */
export const formatEighths = (eighths: number): string => {
  if (!Number.isSafeInteger(eighths) || eighths < 0) {
    throw new RangeError(`eighths must be a non-negative integer, got ${eighths}`);
  }
  const pages = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(pages);
  return pages === 0 ? `${rest}/8` : `${pages} ${rest}/8`;
};

/**
 * Eighths for a stretch of `lines` printed lines: ceil(lines / (linesPerPage / 8)), at least 1 — a
 * scene shorter than an inch still counts as 1/8. Integer arithmetic, so 55 lines is exactly 8/8.
 */
export const eighthsOfLines = (lines: number, linesPerPage: number): number =>
  Math.max(1, Math.floor((lines * 8 + linesPerPage - 1) / linesPerPage));
