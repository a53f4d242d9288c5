// Bytes 0x80..0x9F, where Windows-1252 differs from Latin-1. The five bytes Windows leaves
// undefined (81, 8D, 8F, 90, 9D) map to the C1 control of the same value, as the WHATWG Encoding
// standard does, so every byte decodes to exactly one character and nothing is lost.
const HIGH_CONTROLS: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

// String.fromCharCode takes its arguments on the stack; chunks keep big files under engine limits.
const CHUNK = 8192;

/**
 * Decodes Windows-1252 (the "ANSI" code page of Western-European Windows, and what most
 * "Latin-1" files really are). Written out rather than using `TextDecoder('windows-1252')`:
 * Node ≥ 20.18.3 decodes that label as plain Latin-1, turning “smart quotes” and € into C1
 * control characters (nodejs/node#56542, #60888), and Node builds without full ICU lack it.
 */
export const decodeWindows1252 = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  const units: number[] = new Array<number>(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    units.length = end - start;
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] ?? 0;
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] ?? byte) : byte;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
};
