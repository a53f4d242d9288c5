import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractScenes, totalEighths, type ScriptDocument } from '@greenlight/domain';
import { decodeText } from '../decode-text.js';
import { parseFountain } from './parse-fountain.js';
import { printFountain } from './print-fountain.js';

// Fragments that mean something to Fountain, so generated strings reach deep into the parser rather
// than being one long action paragraph.
const FRAGMENTS = [
  '\n',
  '\n\n',
  '  \n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\uFEFF',
  '/*',
  '*/',
  '[[',
  ']]',
  '*',
  '**',
  '***',
  '_',
  '\\',
  '^',
  '@',
  '!',
  '.',
  '..',
  '>',
  '<',
  '~',
  '#',
  '##',
  '=',
  '===',
  '(',
  ')',
  ':',
  'Title:',
  'Contact:\n    ',
  'INT. ',
  'EXT ',
  'I/E ',
  ' - NIGHT',
  '#5A#',
  'CUT TO:',
  'MARGOT',
  '(V.O.)',
  'McClane',
  'a',
  'word',
  'Zoë',
  '日本',
  '🎬',
  '\u0000',
];

const fountainish = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fountainish,
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...'\n *_[]/\\#!@.>~=()^:aA'), maxLength: 400 }),
);

const withoutLines = (document: ScriptDocument): ScriptDocument => ({
  titlePage: document.titlePage,
  elements: document.elements.map((element) => {
    const { line: _line, ...rest } = element;
    return rest;
  }),
});

/** What must hold for every parse, whatever the input. */
const checkParse = (text: string): ScriptDocument => {
  const { document, diagnostics } = parseFountain(text);
  expect(Array.isArray(diagnostics)).toBe(true);
  for (const diagnostic of diagnostics) {
    expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
    expect(diagnostic.message.length).toBeGreaterThan(0);
    if (diagnostic.line !== undefined) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
  }
  // Elements come in source order.
  const lines = document.elements.map((element) => element.line ?? 0);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
  const scenes = extractScenes(document);
  for (const scene of scenes) expect(scene.eighths).toBeGreaterThanOrEqual(1);
  expect(totalEighths(scenes)).toBe(scenes.reduce((sum, scene) => sum + scene.eighths, 0));
  return document;
};

describe('parseFountain on anything', () => {
  it('never throws on any string, returns diagnostics, and its scenes have sane eighths', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkParse(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any bytes decoded by decodeText', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const decoded = decodeText(bytes);
        checkParse(decoded.text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it printed of any parse: parse(print(parse(text))) = parse(text)', () => {
    fc.assert(
      fc.property(fountainish, (text) => {
        const document = withoutLines(checkParse(text));
        expect(withoutLines(parseFountain(printFountain(document)).document)).toEqual(document);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays linear on hostile input: a long line of openers, spaces and markers', () => {
    const hostile = [
      '[['.repeat(200_000),
      '/*'.repeat(200_000),
      `A${' '.repeat(400_000)}B\nC`,
      `${'*_'.repeat(200_000)}`,
      `@A${'^'.repeat(400_000)}\nx`,
      `INT. ${' - '.repeat(100_000)}\n\n`,
      `${'('.repeat(100_000)}${')'.repeat(100_000)}\nx`,
    ];
    // Each input is hundreds of thousands of characters: a quadratic (or backtracking) path would take
    // minutes, so finishing inside the test's timeout is the check. Speed itself is measured by the benchmark.
    for (const text of hostile) checkParse(text);
  }, 20_000);
});
