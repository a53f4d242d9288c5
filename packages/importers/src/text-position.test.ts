import { describe, expect, it } from 'vitest';
import { positionAt } from './text-position.js';

describe('positionAt', () => {
  it('is 1-based', () => {
    expect(positionAt('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('abc', 2)).toEqual({ line: 1, column: 3 });
  });

  it('counts LF, CR and CRLF each as one line break', () => {
    const text = 'a\nb\rc\r\nd';
    expect(positionAt(text, text.indexOf('b'))).toEqual({ line: 2, column: 1 });
    expect(positionAt(text, text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(positionAt(text, text.indexOf('d'))).toEqual({ line: 4, column: 1 });
  });

  it('counts a surrogate pair as one column', () => {
    expect(positionAt('🎬x', 2)).toEqual({ line: 1, column: 2 });
  });

  it('clamps out-of-range indexes', () => {
    expect(positionAt('ab', 99)).toEqual({ line: 1, column: 3 });
    expect(positionAt('ab', -1)).toEqual({ line: 1, column: 1 });
  });
});
