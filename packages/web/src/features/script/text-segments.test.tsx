import { describe, expect, it } from 'vitest';
import { splitIntoSegments, type SpanMark } from './text-segments';

const mark = (tagId: string, start: number, end: number): SpanMark => ({
  tagId,
  elementId: tagId,
  start,
  end,
});

describe('cutting an element’s text at its tags', () => {
  it('covers the whole text, giving each run the tags over all of it', () => {
    const text = 'a heavy ledger in her coat';
    const segments = splitIntoSegments(text, [mark('ledger', 2, 14), mark('coat', 8, 26)]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.tagId)])).toEqual([
      ['a ', []],
      ['heavy ', ['ledger']],
      ['ledger', ['coat', 'ledger']],
      [' in her coat', ['coat']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // An asterisk goes after the tag's last run.
    expect(segments[2]?.endingMarks.map((m) => m.tagId)).toEqual(['ledger']);
    expect(segments[3]?.endingMarks.map((m) => m.tagId)).toEqual(['coat']);
  });

  it('nests a tag inside another, longest first', () => {
    const segments = splitIntoSegments('the red car', [mark('car', 4, 11), mark('red', 4, 7)]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.tagId)])).toEqual([
      ['the ', []],
      ['red', ['car', 'red']],
      [' car', ['car']],
    ]);
  });

  it('clips spans outside the text and ignores empty ones', () => {
    const segments = splitIntoSegments('short', [mark('out', 3, 40), mark('empty', 2, 2)]);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ['sho', 0],
      ['rt', 1],
    ]);
  });

  it('cuts at style boundaries too', () => {
    const segments = splitIntoSegments('a heavy one', [], [{ start: 2, end: 7, style: 'italic' }]);
    expect(segments.map((s) => [s.text, s.styles])).toEqual([
      ['a ', []],
      ['heavy', ['italic']],
      [' one', []],
    ]);
  });

  it('gives one empty run for empty text', () => {
    expect(splitIntoSegments('', [])).toHaveLength(1);
  });
});
