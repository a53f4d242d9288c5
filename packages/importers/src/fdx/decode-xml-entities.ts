const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const REFERENCE = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

/**
 * Replaces XML's five named entities and numeric character references (`&#8217;`, `&#x2019;`) in
 * text read with the parser's own entity handling switched off. Doing it here rather than in
 * fast-xml-parser means no entity declared in a DOCTYPE is ever expanded, so a "billion laughs"
 * file cannot blow up. Any other named reference (`&nbsp;`, or one the file declared) is left as
 * written and passed to `onUnknown`; a numeric one that is not a Unicode scalar value becomes U+FFFD.
 */
export const decodeXmlEntities = (text: string, onUnknown?: (name: string) => void): string => {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      const valid =
        Number.isSafeInteger(code) && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    const named = NAMED[body];
    if (named !== undefined) return named;
    onUnknown?.(body);
    return whole;
  });
};
