/**
 * A TEXT value escaped as RFC 5545 §3.3.11 requires: backslash, semicolon and comma get a backslash;
 * line breaks (CRLF, LF or CR) become `\n`.
 */
export const escapeICalendarText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const MAX_OCTETS = 75;

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * A content line folded as RFC 5545 §3.1 requires: no line longer than 75 octets of UTF-8, each
 * continuation starting with one space (which counts towards its 75). Never splits a character's
 * octets, so a line of `Łódź` folds one character early rather than into broken UTF-8.
 * Returns the physical lines; the caller joins them with CRLF.
 */
export const foldICalendarLine = (line: string): string[] => {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
};
