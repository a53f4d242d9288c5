const LENGTH = /^(?:(\d{1,6})(?:\s+(\d{1,3})\/(\d{1,3}))?|(\d{1,3})\/(\d{1,3}))$/;

/**
 * A Final Draft scene length (`SceneProperties Length`) in eighths of a page: `1 3/8` → 11,
 * `3/8` → 3, `2` → 16, `1/2` → 4. Null when it is not a whole number of pages plus a fraction
 * that is a whole number of eighths (`1/3`, `abc`, empty).
 */
export const parseEighths = (length: string): number | null => {
  const match = LENGTH.exec(length.trim());
  if (match === null) return null;
  const [, whole, wholeNumerator, wholeDenominator, numerator, denominator] = match;
  const pages = whole === undefined ? 0 : Number(whole);
  const top = Number(wholeNumerator ?? numerator ?? '0');
  const bottom = Number(wholeDenominator ?? denominator ?? '8');
  if (bottom === 0 || (top * 8) % bottom !== 0) return null;
  return pages * 8 + (top * 8) / bottom;
};
