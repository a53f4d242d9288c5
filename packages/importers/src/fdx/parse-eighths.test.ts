import { describe, expect, it } from 'vitest';
import { parseEighths } from './parse-eighths.js';

describe('parseEighths', () => {
  it.each([
    ['1 3/8', 11],
    ['3/8', 3],
    ['2', 16],
    ['0', 0],
    ['1/2', 4],
    [' 4 7/8 ', 39],
    ['0 1/4', 2],
  ])('reads %j as %i eighths', (length, eighths) => {
    expect(parseEighths(length)).toBe(eighths);
  });

  it.each(['', 'abc', '1 1/3', '1/0', '1.5', '-1', '1  /8'])('refuses %j', (length) => {
    expect(parseEighths(length)).toBeNull();
  });
});
