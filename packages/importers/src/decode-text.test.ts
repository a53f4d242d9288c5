import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, DEFAULT_MAX_TEXT_BYTES } from './decode-text.js';
import {
  bytes,
  encodeUtf16,
  encodeUtf8,
  UTF16BE_BOM,
  UTF16LE_BOM,
  UTF8_BOM,
} from './testing/encode-text.js';

const SAMPLE = 'INT. ŁÓDŹ FLAT – NIGHT\r\n\r\nZOË\r\nNo… “really”.\r\n';
const SAMPLE_LF = 'INT. ŁÓDŹ FLAT – NIGHT\n\nZOË\nNo… “really”.\n';
const normalise = (text: string): string => text.replace(/\r\n?/g, '\n');

describe('decodeText: encodings', () => {
  it('reads plain UTF-8 (bytes written out)', () => {
    // "Łódź" = C5 81, 'ó' C3 B3, 'd', 'ź' C5 BA
    const result = decodeText(bytes([0xc5, 0x81, 0xc3, 0xb3, 0x64, 0xc5, 0xba]));
    expect(result).toEqual({ text: 'Łódź', encoding: 'utf-8', diagnostics: [] });
  });

  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const result = decodeText(bytes(UTF8_BOM, [0x5a, 0x6f, 0xc3, 0xab])); // "Zoë"
    expect(result).toEqual({ text: 'Zoë', encoding: 'utf-8-bom', diagnostics: [] });
  });

  it('keeps a second U+FEFF after the BOM as content', () => {
    const result = decodeText(bytes(UTF8_BOM, UTF8_BOM, [0x41]));
    expect(result.text).toBe('\uFEFFA');
  });

  it('reads UTF-16 LE with a BOM', () => {
    const result = decodeText(bytes(UTF16LE_BOM, [0x5a, 0x00, 0x6f, 0x00, 0xeb, 0x00])); // "Zoë"
    expect(result).toEqual({ text: 'Zoë', encoding: 'utf-16le', diagnostics: [] });
  });

  it('reads UTF-16 BE with a BOM, including a surrogate pair', () => {
    // "A🎬" = 0041, D83C DFAC
    const result = decodeText(bytes(UTF16BE_BOM, [0x00, 0x41, 0xd8, 0x3c, 0xdf, 0xac]));
    expect(result).toEqual({ text: 'A🎬', encoding: 'utf-16be', diagnostics: [] });
  });

  it('recognises BOM-less UTF-16 LE and BE by their zero bytes, with an info diagnostic', () => {
    const le = decodeText(bytes(encodeUtf16(SAMPLE, 'le')));
    expect(le.text).toBe(SAMPLE_LF);
    expect(le.encoding).toBe('utf-16le');
    expect(le.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringContaining('no byte-order mark'),
      }),
    ]);
    const be = decodeText(bytes(encodeUtf16(SAMPLE, 'be')));
    expect(be.text).toBe(SAMPLE_LF);
    expect(be.encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says where', () => {
    // "Caf\xE9 \x93Zo\xEB\x94" in Windows-1252, on the second line
    const input = bytes(
      encodeUtf8('ok\r\n'),
      [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x5a, 0x6f, 0xeb, 0x94],
    );
    const result = decodeText(input);
    expect(result.text).toBe('ok\nCafé “Zoë”');
    expect(result.encoding).toBe('windows-1252');
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: expect.stringContaining('read as Windows-1252'),
        line: 2,
        column: 4,
      },
    ]);
  });

  it('trusts a UTF-8 BOM over broken bytes: replaces them and warns with the position', () => {
    const result = decodeText(bytes(UTF8_BOM, encodeUtf8('ab\nZoë '), [0xff], encodeUtf8('!')));
    expect(result.text).toBe('ab\nZoë \uFFFD!');
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.diagnostics).toEqual([
      { severity: 'warning', message: expect.stringContaining('not UTF-8'), line: 2, column: 5 },
    ]);
  });

  it('warns about a lone surrogate and a trailing odd byte in UTF-16', () => {
    const result = decodeText(bytes(UTF16LE_BOM, [0x41, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x43]));
    expect(result.text).toBe('A\uFFFDB');
    expect(result.diagnostics).toEqual([
      { severity: 'warning', message: expect.stringContaining('surrogate'), line: 1, column: 2 },
      { severity: 'warning', message: expect.stringContaining('last byte'), line: 1, column: 4 },
    ]);
  });

  it('warns when the text contains NUL characters', () => {
    const result = decodeText(bytes(encodeUtf8('abc\n'), [0x00]));
    expect(result.encoding).toBe('utf-8');
    expect(result.diagnostics).toEqual([
      { severity: 'warning', message: expect.stringContaining('NUL'), line: 2, column: 1 },
    ]);
  });

  it('decodes empty input to empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', diagnostics: [] });
  });
});

describe('decodeText: newlines', () => {
  it('turns CRLF and lone CR into LF, in every encoding', () => {
    const text = 'a\r\nb\rc\n\r\nd\r';
    const expected = 'a\nb\nc\n\nd\n';
    expect(decodeText(bytes(encodeUtf8(text))).text).toBe(expected);
    expect(decodeText(bytes(UTF8_BOM, encodeUtf8(text))).text).toBe(expected);
    expect(decodeText(bytes(UTF16LE_BOM, encodeUtf16(text, 'le'))).text).toBe(expected);
    expect(decodeText(bytes(UTF16BE_BOM, encodeUtf16(text, 'be'))).text).toBe(expected);
    expect(decodeText(bytes([0xe9, 0x0d, 0x0a, 0xe9, 0x0d])).text).toBe('é\né\n');
  });

  it('counts CRLF as one line in diagnostic positions', () => {
    const result = decodeText(bytes(encodeUtf8('one\r\ntwo\r\nthree '), [0xff]));
    expect(result.diagnostics[0]).toMatchObject({ line: 3, column: 7 });
  });
});

describe('decodeText: size limit', () => {
  it('refuses input over maxBytes with an error diagnostic and no text', () => {
    const result = decodeText(bytes(UTF16LE_BOM, encodeUtf16('hello', 'le')), { maxBytes: 8 });
    expect(result).toEqual({
      text: '',
      encoding: 'utf-16le',
      diagnostics: [
        {
          severity: 'error',
          message: 'The file is 12 bytes, over the 8 bytes limit for imports, so it was not read.',
        },
      ],
    });
  });

  it('accepts input of exactly maxBytes', () => {
    expect(decodeText(bytes(encodeUtf8('12345678')), { maxBytes: 8 }).text).toBe('12345678');
  });

  it('states sizes in MB for the default limit', () => {
    const big = new Uint8Array(DEFAULT_MAX_TEXT_BYTES + 1);
    const [diagnostic] = decodeText(big).diagnostics;
    expect(diagnostic?.message).toBe(
      'The file is 10.0 MB, over the 10.0 MB limit for imports, so it was not read.',
    );
  });

  it('throws only for a nonsensical limit (a programmer error)', () => {
    expect(() => decodeText(new Uint8Array(), { maxBytes: -1 })).toThrow(RangeError);
    expect(() => decodeText(new Uint8Array(), { maxBytes: 1.5 })).toThrow(RangeError);
  });
});

describe('decodeText: properties', () => {
  it('never throws on arbitrary bytes and returns LF-only text with sane positions', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (input) => {
        const result = decodeText(input);
        expect(typeof result.text).toBe('string');
        expect(result.text).not.toContain('\r');
        for (const diagnostic of result.diagnostics) {
          if (diagnostic.line !== undefined) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          if (diagnostic.column !== undefined) expect(diagnostic.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on byte soups biased towards BOMs, zeros and UTF-8 lead bytes', () => {
    const interesting = fc.constantFrom(
      0x00,
      0x0d,
      0x0a,
      0x80,
      0xbf,
      0xc2,
      0xe0,
      0xed,
      0xf0,
      0xf4,
      0xfe,
      0xff,
      0xd8,
      0xdc,
    );
    const soup = fc.array(fc.oneof(interesting, fc.integer({ min: 0, max: 255 })), {
      maxLength: 256,
    });
    const prefix = fc.constantFrom<readonly number[]>([], UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM);
    fc.assert(
      fc.property(prefix, soup, (head, tail) => {
        expect(typeof decodeText(bytes(head, tail)).text).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  const anyText = fc.string({ unit: 'binary', maxLength: 200 });

  it('round-trips any string written as UTF-8 or UTF-16 with a BOM (modulo newlines)', () => {
    const encodings = fc.constantFrom(
      { bom: UTF8_BOM, encode: (s: string) => encodeUtf8(s), encoding: 'utf-8-bom' },
      { bom: UTF16LE_BOM, encode: (s: string) => encodeUtf16(s, 'le'), encoding: 'utf-16le' },
      { bom: UTF16BE_BOM, encode: (s: string) => encodeUtf16(s, 'be'), encoding: 'utf-16be' },
    );
    fc.assert(
      fc.property(anyText, encodings, (text, { bom, encode, encoding }) => {
        const result = decodeText(bytes(bom, encode(text)));
        expect(result.text).toBe(normalise(text));
        expect(result.encoding).toBe(encoding);
        expect(
          result.diagnostics.filter((d) => d.severity !== 'warning' || !d.message.includes('NUL')),
        ).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips any NUL-free string written as UTF-8 without a BOM', () => {
    fc.assert(
      fc.property(
        anyText.filter((s) => !s.includes('\u0000')),
        (text) => {
          expect(decodeText(bytes(encodeUtf8(text)))).toEqual({
            text: normalise(text),
            encoding: 'utf-8',
            diagnostics: [],
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
