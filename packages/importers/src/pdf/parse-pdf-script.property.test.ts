import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePdfScript, type PdfScriptParseResult } from './parse-pdf-script.js';
import { pdfFixture } from './pdf-fixtures.js';

// pdf.js takes milliseconds per file, and recovering a damaged one more: few runs, each meaningful.
const RUNS = { numRuns: 30 };

const concat = (...parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Whatever the bytes, the parser answers: something read, or a diagnostic saying why not. */
const expectAnswer = (result: PdfScriptParseResult): void => {
  expect(Array.isArray(result.document.elements)).toBe(true);
  expect(Array.isArray(result.document.titlePage)).toBe(true);
  if (result.document.elements.length === 0) expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const diagnostic of result.diagnostics) {
    expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
    expect(diagnostic.message).not.toBe('');
  }
};

describe('parsePdfScript never throws', () => {
  const fixture = pdfFixture('pdf-screenplay.pdf');
  const header = Uint8Array.from('%PDF-1.4\n', (char) => char.charCodeAt(0));

  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expectAnswer(await parsePdfScript(bytes));
      }),
      RUNS,
    );
  });

  it('on a PDF header followed by arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expectAnswer(await parsePdfScript(concat(header, bytes)));
      }),
      RUNS,
    );
  });

  it('on the fixture with a range deleted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixture.length - 1 }),
        fc.nat({ max: 400 }),
        async (start, length) => {
          const damaged = concat(fixture.subarray(0, start), fixture.subarray(start + length));
          expectAnswer(await parsePdfScript(damaged));
        },
      ),
      RUNS,
    );
  });

  it('on the fixture cut short or with bytes overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixture.length }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.boolean(),
        async (at, noise, truncate) => {
          const damaged = truncate ? fixture.slice(0, at) : fixture.slice();
          if (!truncate) damaged.set(noise.subarray(0, damaged.length - at), at);
          expectAnswer(await parsePdfScript(damaged));
        },
      ),
      RUNS,
    );
  });
});
