import { describe, expect, it } from 'vitest';
import { parseInline } from './parse-inline.js';
import { renderInline } from './render-inline.js';

describe('parseInline', () => {
  it('returns plain text untouched', () => {
    expect(parseInline('Rain on the glass.')).toEqual({ text: 'Rain on the glass.', styles: [] });
  });

  it('nests and combines styles', () => {
    expect(parseInline('_**both**_ and **bold *and italic***')).toEqual({
      text: 'both and bold and italic',
      styles: [
        { start: 0, end: 4, style: 'bold' },
        { start: 0, end: 4, style: 'underline' },
        { start: 9, end: 24, style: 'bold' },
        { start: 14, end: 24, style: 'italic' },
      ],
    });
  });

  it('leaves markers without a partner, or next to spaces, in the text', () => {
    expect(parseInline('5 * 3 = 15, a *lone star, ** and ****')).toEqual({
      text: '5 * 3 = 15, a *lone star, ** and ****',
      styles: [],
    });
    expect(parseInline('*not closed *')).toEqual({ text: '*not closed *', styles: [] });
  });

  it('does not underline inside words', () => {
    expect(parseInline('snake_case_name and _this_')).toEqual({
      text: 'snake_case_name and this',
      styles: [{ start: 20, end: 24, style: 'underline' }],
    });
  });

  it('reads a backslash before punctuation as an escape, and keeps it before anything else', () => {
    expect(parseInline('\\*lit\\* \\_ \\\\ C:\\Users \\é')).toEqual({
      text: '*lit* _ \\ C:\\Users \\é',
      styles: [],
    });
  });

  it('drops the markers of crossing styles that do not nest', () => {
    expect(parseInline('*a _b* c_')).toEqual({
      text: 'a _b c_',
      styles: [{ start: 0, end: 4, style: 'italic' }],
    });
  });
});

describe('renderInline', () => {
  it('writes spans as markers and escapes markup characters', () => {
    expect(
      renderInline('bold and *star* [[x]] a/b', [
        { start: 0, end: 4, style: 'bold' },
        { start: 0, end: 4, style: 'italic' },
      ]),
    ).toBe('***bold*** and \\*star\\* \\[\\[x]] a/b');
  });

  it('keeps a slash from touching a star, which would open or close a boneyard', () => {
    const text = '/x/';
    const rendered = renderInline(text, [{ start: 0, end: 3, style: 'italic' }]);
    expect(rendered).toBe('*\\/x\\/*');
    expect(parseInline(rendered)).toEqual({
      text,
      styles: [{ start: 0, end: 3, style: 'italic' }],
    });
  });
});
