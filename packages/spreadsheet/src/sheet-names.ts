// Excel's rules for a worksheet name: at most 31 characters, none of []:*?/\, not starting or ending
// with an apostrophe, unique ignoring case, and not "History" (Excel reserves it for change tracking).
const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * Cuts to at most `max` UTF-16 units without splitting a surrogate pair, and drops what a cut may
 * leave at the end: spaces, and apostrophes (which Excel refuses there).
 */
const cut = (text: string, max: number): string => {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.replace(/[\s']+$/, '');
};

const clean = (title: string): string =>
  title
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();

/**
 * Valid, distinct worksheet names for the given titles, in order: forbidden characters become spaces,
 * long titles are cut, an empty title becomes `Sheet`, and a repeated name gets ` (2)`, ` (3)`….
 */
export const sheetNames = (titles: readonly string[]): string[] => {
  const used = new Set<string>(['history']);
  return titles.map((title) => {
    const base = clean(title) || 'Sheet';
    let name = cut(base, MAX_LENGTH);
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = cut(base, MAX_LENGTH - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
};
