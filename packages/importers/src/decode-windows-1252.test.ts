import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './decode-windows-1252.js';

// WHATWG index-windows-1252 for 0x80..0x9F, written out (Node's own TextDecoder is not a usable
// oracle: since 20.18.3 it decodes this label as Latin-1, see nodejs/node#60888).
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

describe('decodeWindows1252', () => {
  it('maps every byte as the WHATWG Encoding Standard does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const expected = Array.from({ length: 256 }, (_, i) =>
      i >= 0x80 && i <= 0x9f ? HIGH[i - 0x80] : String.fromCharCode(i),
    ).join('');
    expect(HIGH).toHaveLength(32);
    expect(decodeWindows1252(all)).toBe(expected);
  });

  it('decodes the usual suspects', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x93, 0x94, 0x96, 0x97, 0x85, 0xe9]))).toBe(
      '€“”–—…é',
    );
  });

  it('handles input longer than one chunk', () => {
    const long = new Uint8Array(20_000).fill(0xe9);
    const text = decodeWindows1252(long);
    expect(text).toHaveLength(20_000);
    expect(text.slice(-2)).toBe('éé');
  });
});
