import { describe, expect, it } from 'vitest';
import { stripColour } from './strip-colour';

describe('the strip colour of a scene', () => {
  it('is white for day interiors, yellow for day exteriors, blue and green at night', () => {
    expect(stripColour({ intExt: 'INT', time: 'DAY' }).label).toBe('Day interior');
    expect(stripColour({ intExt: 'INT', time: 'DAY' }).colour).toBe('#FFFFFF');
    expect(stripColour({ intExt: 'EXT', time: 'MORNING' }).kind).toBe('day-ext');
    expect(stripColour({ intExt: 'INT', time: 'NIGHT' }).kind).toBe('night-int');
    expect(stripColour({ intExt: 'EXT', time: 'LATE NIGHT' }).kind).toBe('night-ext');
  });

  it('counts dusk as night, INT/EXT as exterior, and no time as day', () => {
    expect(stripColour({ intExt: 'EXT', time: 'DUSK' }).kind).toBe('night-ext');
    expect(stripColour({ intExt: 'INT/EXT', time: 'DAY' }).kind).toBe('day-ext');
    expect(stripColour({ intExt: 'INT', time: 'CONTINUOUS' }).kind).toBe('day-int');
    expect(stripColour({ intExt: null, time: null }).kind).toBe('day-int');
  });
});
