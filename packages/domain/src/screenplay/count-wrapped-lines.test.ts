import { describe, expect, it } from 'vitest';
import { countWrappedLines } from './count-wrapped-lines.js';

describe('countWrappedLines', () => {
  it('takes one line for short or empty text, and one per line break', () => {
    expect(countWrappedLines('', 61)).toBe(1);
    expect(countWrappedLines('She waits.', 61)).toBe(1);
    expect(countWrappedLines('One.\n\nThree.', 61)).toBe(3);
  });

  it('breaks at the last space that fits, as a printer does', () => {
    expect(countWrappedLines('aaaa bbbb cccc', 9)).toBe(2); // "aaaa bbbb" | "cccc"
    expect(countWrappedLines('aaaa bbbb cccc', 8)).toBe(3);
    expect(countWrappedLines('x'.repeat(61), 61)).toBe(1);
    expect(countWrappedLines(`${'x'.repeat(61)} y`, 61)).toBe(2);
  });

  it('cuts a word longer than the line', () => {
    expect(countWrappedLines('x'.repeat(100), 36)).toBe(3);
  });

  it('wraps a typical action paragraph at 61 characters', () => {
    const text =
      'Rain hammers the harbour office windows. MARGOT (40s, tired, unbowed) reads a ledger by the light of a single lamp.';
    expect(countWrappedLines(text, 61)).toBe(2);
  });
});
