/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 when every
 * byte is well-formed. Follows Unicode Table 3-7 exactly (no overlong forms, no surrogates, nothing
 * above U+10FFFF, no truncated sequence at the end) — the same rules as a fatal TextDecoder, but
 * it reports *where*, so a diagnostic can point at the line, and it never throws.
 */
export const findInvalidUtf8 = (bytes: Uint8Array): number => {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Continuation-byte count and the allowed range of the *first* continuation byte; later ones
    // are always 80..BF. The narrowed first ranges are what exclude overlongs and surrogates.
    let count: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) count = 1;
    else if (lead === 0xe0) [count, low] = [2, 0xa0];
    else if (lead === 0xed) [count, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) count = 2;
    else if (lead === 0xf0) [count, low] = [3, 0x90];
    else if (lead === 0xf4) [count, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) count = 3;
    else return i;
    if (i + count >= length) return i; // truncated at the end of the input
    const first = bytes[i + 1] ?? 0;
    if (first < low || first > high) return i;
    for (let k = 2; k <= count; k += 1) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += count + 1;
  }
  return -1;
};
