/** A 1-based line and column, as an editor shows them. */
export type TextPosition = { readonly line: number; readonly column: number };

/**
 * Where `index` (a UTF-16 offset into `text`) falls, counting CRLF, CR and LF each as one line
 * break — so positions computed on raw decoded text match the text after newline normalisation.
 * Columns count code points, so an emoji or a CJK extension character is one column.
 */
export const positionAt = (text: string, index: number): TextPosition => {
  let line = 1;
  let column = 1;
  const end = Math.min(Math.max(index, 0), text.length);
  for (let i = 0; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) {
      // The LF of a CRLF was already counted at the CR.
      if (i === 0 || text.charCodeAt(i - 1) !== 0x0d) line += 1;
      column = 1;
    } else if (unit === 0x0d) {
      line += 1;
      column = 1;
    } else if (
      unit >= 0xdc00 &&
      unit <= 0xdfff &&
      i > 0 &&
      isHighSurrogate(text.charCodeAt(i - 1))
    ) {
      // Second half of a surrogate pair: same column as its first half.
    } else {
      column += 1;
    }
  }
  return { line, column };
};

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
