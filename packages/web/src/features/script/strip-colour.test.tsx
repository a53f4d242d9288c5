import { describe, expect, it } from 'vitest';
import { stripColour } from './strip-colour';

describe('the strip colour of a scene', () => {
  it('is white for day interiors, yellow for day exteriors, blue and green at night', () => {
    expect(stripColour({ intExt: 'INT', dayNight: 'day' }).label).toBe('Day interior');
    expect(stripColour({ intExt: 'INT', dayNight: 'day' }).colour).toBe('#FFFFFF');
    expect(stripColour({ intExt: 'EXT', dayNight: 'day' }).kind).toBe('day-ext');
    expect(stripColour({ intExt: 'INT', dayNight: 'night' }).kind).toBe('night-int');
    expect(stripColour({ intExt: 'EXT', dayNight: 'night' }).kind).toBe('night-ext');
  });

  it('counts INT/EXT as exterior, and a heading without INT or EXT as interior', () => {
    expect(stripColour({ intExt: 'INT/EXT', dayNight: 'day' }).kind).toBe('day-ext');
    expect(stripColour({ intExt: null, dayNight: 'night' }).kind).toBe('night-int');
  });
});
