import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeICalendarText, foldICalendarLine } from './icalendar-text.js';

/** UTF-8 length, counted independently of the code under test. */
const octets = (text: string): number =>
  encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, 'x').length;

describe('escapeICalendarText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeICalendarText('Scenes 4, 5; call\\wrap\nline two\r\nthree\rfour')).toBe(
      'Scenes 4\\, 5\\; call\\\\wrap\\nline two\\nthree\\nfour',
    );
    expect(escapeICalendarText('Plain: text')).toBe('Plain: text');
  });
});

describe('foldICalendarLine', () => {
  it('leaves a short line alone and folds a long one at 75 octets', () => {
    expect(foldICalendarLine('SUMMARY:Day 1')).toEqual(['SUMMARY:Day 1']);
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldICalendarLine(line);
    expect(folded.map((part) => part.length)).toEqual([75, 75, 64]);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-octet character', () => {
    const line = `LOCATION:${'Łódź '.repeat(30)}`;
    const folded = foldICalendarLine(line);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded[0] && octets(folded[0])).toBeGreaterThan(72);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('folds any text into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldICalendarLine(text);
        for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
        folded.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
        expect(folded.join('\r\n').replace(/\r\n /g, '')).toBe(text);
      }),
    );
  });
});
