import { describe, expect, it } from 'vitest';
import { formatHours, parseHours } from './parse-hours';

describe('a day’s length as a first AD writes it', () => {
  it('reads hours, decimal hours, hours and minutes, and minutes', () => {
    expect(parseHours('10')).toBe(600);
    expect(parseHours('10 h')).toBe(600);
    expect(parseHours('9.5')).toBe(570);
    expect(parseHours('9,25')).toBe(555);
    expect(parseHours('9:30')).toBe(570);
    expect(parseHours('9 h 30 min')).toBe(570);
    expect(parseHours('9h30')).toBe(570);
    expect(parseHours('45 min')).toBe(45);
  });

  it('refuses what is not a length', () => {
    expect(parseHours('')).toBeNull();
    expect(parseHours('ten')).toBeNull();
    expect(parseHours('9:75')).toBeNull();
    expect(parseHours('9 h 75')).toBeNull();
    expect(parseHours('-2')).toBeNull();
  });

  it('writes minutes back in a form it reads', () => {
    expect(formatHours(600)).toBe('10 h');
    expect(formatHours(570)).toBe('9 h 30 min');
    expect(formatHours(45)).toBe('45 min');
    for (const minutes of [30, 45, 565, 600, 1440]) {
      expect(parseHours(formatHours(minutes))).toBe(minutes);
    }
  });
});
