import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInvalidUtf8 } from './find-invalid-utf8.js';
import { bytes, encodeUtf8 } from './testing/encode-text.js';

describe('findInvalidUtf8', () => {
  it('accepts well-formed text, including 4-byte characters and the extremes', () => {
    expect(findInvalidUtf8(bytes(encodeUtf8('Łódź Zoë 🎬 \u{10FFFF} \uFFFD \uD7FF \uE000')))).toBe(
      -1,
    );
    expect(findInvalidUtf8(new Uint8Array())).toBe(-1);
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['C0/C1 overlong leads', [0xc0, 0xaf], 0],
    ['C1 lead', [0xc1, 0xbf], 0],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['an overlong 4-byte form', [0xf0, 0x80, 0x80, 0xaf], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5..FF leads', [0xf5, 0x80, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x41, 0x42, 0xe2, 0x82], 2],
    ['a sequence interrupted by ASCII', [0xe2, 0x41, 0x82], 0],
    ['a Windows-1252 é', [0x43, 0x61, 0x66, 0xe9], 3],
  ])('rejects %s', (_name, input, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });

  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const decodes = (input: Uint8Array): boolean => {
      try {
        fatal.decode(input);
        return true;
      } catch {
        return false;
      }
    };
    const lead = fc.constantFrom(0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf3, 0xf4, 0xf5);
    const byte = fc.oneof(
      lead,
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0, max: 255 }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 16 }), (values) => {
        const input = Uint8Array.from(values);
        expect(findInvalidUtf8(input) === -1).toBe(decodes(input));
      }),
      { numRuns: 5000 },
    );
  });
});
