import { describe, expect, it } from 'vitest';
import {
  REVISION_COLOURS,
  REVISION_COLOUR_INFO,
  isRevisionColour,
  nextRevisionColour,
} from './revision-colours.js';

describe('revision colours', () => {
  it('runs white, blue, pink, yellow, green, goldenrod, buff, salmon, cherry, tan, then doubles', () => {
    expect(REVISION_COLOURS.slice(0, 10)).toEqual([
      'white',
      'blue',
      'pink',
      'yellow',
      'green',
      'goldenrod',
      'buff',
      'salmon',
      'cherry',
      'tan',
    ]);
    expect(REVISION_COLOURS.slice(10)).toEqual(
      REVISION_COLOURS.slice(0, 10).map((c) => `double-${c}`),
    );
  });

  it('labels each colour, a double showing as its base colour', () => {
    expect(REVISION_COLOUR_INFO.goldenrod).toEqual({
      id: 'goldenrod',
      label: 'Goldenrod',
      hex: '#F0C75E',
    });
    expect(REVISION_COLOUR_INFO['double-blue']).toEqual({
      id: 'double-blue',
      label: 'Double blue',
      hex: '#A7C7E7',
    });
    expect(REVISION_COLOUR_INFO.white.hex).toBe('#FFFFFF');
    expect(REVISION_COLOUR_INFO.cherry.hex).toBe('#DE3163');
    for (const colour of REVISION_COLOURS) {
      expect(REVISION_COLOUR_INFO[colour].id).toBe(colour);
      expect(REVISION_COLOUR_INFO[colour].hex).toMatch(/^#[0-9A-F]{6}$/);
    }
  });

  it('gives white first, then the colour after the latest used, wrapping after double tan', () => {
    expect(nextRevisionColour([])).toBe('white');
    expect(nextRevisionColour(['white'])).toBe('blue');
    expect(nextRevisionColour(['white', 'blue', 'pink'])).toBe('yellow');
    expect(nextRevisionColour(['tan'])).toBe('double-white');
    expect(nextRevisionColour(['white', 'double-tan'])).toBe('white');
    // The latest is the last issued, not the furthest along the list.
    expect(nextRevisionColour(['white', 'blue', 'double-tan', 'white'])).toBe('blue');
  });

  it('recognises colour ids', () => {
    expect(isRevisionColour('double-buff')).toBe(true);
    expect(isRevisionColour('triple-white')).toBe(false);
  });
});
