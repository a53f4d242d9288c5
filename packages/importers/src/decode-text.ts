import type { Diagnostic } from './diagnostic.js';
import { decodeWindows1252 } from './decode-windows-1252.js';
import { findInvalidUtf8 } from './find-invalid-utf8.js';
import { positionAt } from './text-position.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeTextOptions = {
  /** Larger inputs are refused with an error diagnostic. Defaults to `DEFAULT_MAX_TEXT_BYTES`. */
  readonly maxBytes?: number;
};

export type DecodedText = {
  /** The decoded text, byte-order mark removed, every CRLF and lone CR turned into LF. */
  text: string;
  /** What the bytes were read as. */
  encoding: TextEncoding;
  diagnostics: Diagnostic[];
};

/**
 * 10 MiB. A feature screenplay is a few hundred kilobytes as Fountain or FDX; anything far larger
 * is almost certainly the wrong file, and refusing it early keeps a browser tab or a server
 * request from decoding (and then parsing) something huge.
 */
export const DEFAULT_MAX_TEXT_BYTES = 10 * 1024 * 1024;

// How much of a BOM-less file is inspected for the zero bytes that give UTF-16 away.
const SNIFF_BYTES = 4096;

/**
 * Turns uploaded bytes into text for the parsers, at the edge, once (ARCHITECTURE §5.3): sniffs a
 * byte-order mark (UTF-8, UTF-16 LE/BE), recognises BOM-less UTF-16 by its zero bytes, accepts
 * strictly valid UTF-8, and otherwise reads the bytes as Windows-1252 — the usual encoding of
 * files saved by older Windows tools — saying so in a diagnostic. Newlines are normalised to LF.
 *
 * Never throws on content: problems become diagnostics. Throws only for a bad `maxBytes`, which is
 * a programmer error.
 */
export const decodeText = (bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText => {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`maxBytes must be a non-negative integer, got ${maxBytes}`);
  }
  const sniffed = sniffEncoding(bytes);
  if (bytes.length > maxBytes) {
    return {
      text: '',
      encoding: sniffed.encoding,
      diagnostics: [
        {
          severity: 'error',
          message: `The file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit for imports, so it was not read.`,
        },
      ],
    };
  }
  const body = bytes.subarray(sniffed.bomLength);
  const decoded =
    sniffed.encoding === 'utf-16le' || sniffed.encoding === 'utf-16be'
      ? decodeUtf16(body, sniffed.encoding, sniffed.bomLength > 0)
      : decodeUtf8OrFallback(body, sniffed.encoding === 'utf-8-bom');
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) {
    decoded.diagnostics.push({
      severity: 'warning',
      message: 'The file contains NUL characters, so it may not be a text file.',
      ...positionAt(decoded.text, nul),
    });
  }
  return {
    text: decoded.text.replace(/\r\n?/g, '\n'),
    encoding: decoded.encoding,
    diagnostics: decoded.diagnostics,
  };
};

type Sniffed = { readonly encoding: TextEncoding; readonly bomLength: number };

const sniffEncoding = (bytes: Uint8Array): Sniffed => {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8-bom', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: sniffUtf16ByZeros(bytes) ?? 'utf-8', bomLength: 0 };
};

/**
 * BOM-less UTF-16 (what some Windows tools write) shows itself in Latin-script text: the high byte
 * of most characters is zero, so zeros pile up at odd offsets (LE) or even offsets (BE) and almost
 * never at the other. Real text in UTF-8 or Windows-1252 has no zero bytes at all, and binary
 * junk has them on both sides, so the one-sided pattern is a safe signal.
 */
const sniffUtf16ByZeros = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const many = pairs / 4;
  const few = pairs / 20;
  if (oddZeros >= many && evenZeros <= few) return 'utf-16le';
  if (evenZeros >= many && oddZeros <= few) return 'utf-16be';
  return null;
};

const decodeUtf8OrFallback = (body: Uint8Array, hasBom: boolean): DecodedText => {
  const invalid = findInvalidUtf8(body);
  // ignoreBOM: the BOM (if any) was already cut off; a second U+FEFF is content and stays.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  if (invalid < 0)
    return { text: utf8.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8', diagnostics: [] };
  if (hasBom) {
    // The BOM is an explicit claim, so trust it and replace the broken bytes rather than guess.
    const validPrefix = utf8.decode(body.subarray(0, invalid));
    return {
      text: utf8.decode(body),
      encoding: 'utf-8-bom',
      diagnostics: [
        {
          severity: 'warning',
          message:
            'The file starts with a UTF-8 byte-order mark but contains bytes that are not UTF-8; they were replaced with \uFFFD.',
          ...positionAt(validPrefix, validPrefix.length),
        },
      ],
    };
  }
  // Windows-1252 maps each byte to one character, so the byte offset is the character offset.
  const text = decodeWindows1252(body);
  return {
    text,
    encoding: 'windows-1252',
    diagnostics: [
      {
        severity: 'warning',
        message:
          'The file is not valid UTF-8, so it was read as Windows-1252. If accented letters or quotes look wrong, save the file as UTF-8 and import it again.',
        ...positionAt(text, invalid),
      },
    ],
  };
};

const decodeUtf16 = (
  body: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  hasBom: boolean,
): DecodedText => {
  const diagnostics: Diagnostic[] = [];
  if (!hasBom) {
    diagnostics.push({
      severity: 'info',
      message: `The file has no byte-order mark; it was read as ${encoding === 'utf-16le' ? 'UTF-16 little-endian' : 'UTF-16 big-endian'} because of its pattern of zero bytes.`,
    });
  }
  const even = body.length % 2 === 0 ? body : body.subarray(0, body.length - 1);
  // Big-endian is decoded as little-endian after swapping byte pairs: 'utf-16le' is the one
  // UTF-16 label that every TextDecoder supports, even in Node builds without ICU.
  const littleEndian = encoding === 'utf-16le' ? even : swapBytePairs(even);
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(littleEndian);
  const lone = findLoneSurrogate(littleEndian);
  if (lone >= 0) {
    // The decoder replaces each lone surrogate with one U+FFFD, so code-unit offsets still line up.
    diagnostics.push({
      severity: 'warning',
      message:
        'The file contains UTF-16 surrogate codes that do not pair up; they were replaced with \uFFFD.',
      ...positionAt(text, lone),
    });
  }
  if (even !== body) {
    diagnostics.push({
      severity: 'warning',
      message: 'The file ends in the middle of a UTF-16 character; the last byte was ignored.',
      ...positionAt(text, text.length),
    });
  }
  return { text, encoding, diagnostics };
};

const swapBytePairs = (bytes: Uint8Array): Uint8Array => {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
};

/** The code-unit index of the first unpaired surrogate in little-endian UTF-16, or -1. */
const findLoneSurrogate = (bytes: Uint8Array): number => {
  const units = bytes.length / 2;
  for (let u = 0; u < units; u += 1) {
    const unit = unitAt(bytes, u);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = u + 1 < units ? unitAt(bytes, u + 1) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) u += 1;
      else return u;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return u;
    }
  }
  return -1;
};

const unitAt = (bytes: Uint8Array, index: number): number =>
  (bytes[index * 2] ?? 0) | ((bytes[index * 2 + 1] ?? 0) << 8);

/** "812 bytes", "1.5 KB", "12.0 MB": binary multiples, as file managers show them. */
const formatSize = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
};
