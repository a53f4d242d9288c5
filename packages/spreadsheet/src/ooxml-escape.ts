// Characters an XLSX string cannot hold as they are: XML 1.0 has no control characters but tab and line
// feed, reads CR as a line feed, and cannot encode a lone surrogate (nor U+FFFE/U+FFFF); exceljs drops
// DEL. Office Open XML writes such a character as `_xHHHH_`, which exceljs (and Excel) turn back into
// the character when reading — so a literal `_x0041_` in the text must itself be escaped, as `_x005F_`
// (an underscore) before `x0041`, or it would read back as `A`. exceljs escapes neither way.
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /_x(?=[0-9A-Fa-f]{4})|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/** Text for an XLSX string cell that reads back exactly as `text`. */
export const escapeOoxmlText = (text: string): string =>
  text.replace(NEEDS_ESCAPE, (match) =>
    match === '_x' ? '_x005F_x' : `_x${hex4(match.charCodeAt(0))}_`,
  );
