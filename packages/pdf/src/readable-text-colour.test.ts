import { BREAKDOWN_CATEGORIES, BREAKDOWN_CATEGORY_INFO } from '@greenlight/domain';
import { describe, expect, it } from 'vitest';
import { readableTextColour } from './readable-text-colour.js';

describe('readableTextColour', () => {
  it('puts light text on dark colours and dark text on light ones', () => {
    expect(readableTextColour('#000000')).toBe('light');
    expect(readableTextColour('#ffffff')).toBe('dark');
    expect(readableTextColour('#3949AB')).toBe('light'); // mechanical effects, indigo
    expect(readableTextColour('#8E24AA')).toBe('light'); // props, violet
    expect(readableTextColour('#FDD835')).toBe('dark'); // art department, yellow
    expect(readableTextColour('#BDBDBD')).toBe('dark'); // miscellaneous, light grey
  });

  it('gives every default category colour a contrast of at least 3:1 (bold title text)', () => {
    const lum = (hex: string): number => {
      const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
      const [r = 0, g = 0, b = 0] = c.map((v) =>
        v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4,
      );
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const category of BREAKDOWN_CATEGORIES) {
      const { colour } = BREAKDOWN_CATEGORY_INFO[category];
      const l = lum(colour);
      const ratio = readableTextColour(colour) === 'light' ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05;
      expect(ratio, `${category} ${colour}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('rejects what is not a #RRGGBB colour', () => {
    expect(() => readableTextColour('red')).toThrow(RangeError);
  });
});
