// Encoders for building byte fixtures in tests. Written by hand (the package has no TextEncoder
// type, on purpose) and kept independent of the decoder they test.

export const UTF8_BOM: readonly number[] = [0xef, 0xbb, 0xbf];
export const UTF16LE_BOM: readonly number[] = [0xff, 0xfe];
export const UTF16BE_BOM: readonly number[] = [0xfe, 0xff];

/** UTF-8 bytes of a well-formed string (no lone surrogates). */
export const encodeUtf8 = (text: string): number[] => {
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000)
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return out;
};

/** UTF-16 bytes, code unit by code unit, in the given byte order. */
export const encodeUtf16 = (text: string, order: 'le' | 'be'): number[] => {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out.push(first, second);
  }
  return out;
};

export const bytes = (...parts: readonly (readonly number[])[]): Uint8Array =>
  Uint8Array.from(parts.flat());
