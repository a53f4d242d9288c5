import { describe, expect, it } from 'vitest';
import { dayOrNight } from '../../screenplay/day-or-night.js';
import { DEFAULT_STRIP_PALETTE, stripColour } from './strip-colour.js';

describe('stripColour', () => {
  it('follows the Singleton colours by default', () => {
    expect(stripColour('INT', 'DAY').name).toBe('White');
    expect(stripColour('EXT', 'DAY').name).toBe('Yellow');
    expect(stripColour('INT', 'NIGHT').name).toBe('Blue');
    expect(stripColour('EXT', 'NIGHT').name).toBe('Green');
  });

  it('takes INT/EXT as exterior and a missing INT/EXT as interior', () => {
    expect(stripColour('INT/EXT', 'NIGHT').name).toBe('Green');
    expect(stripColour(null, 'DAY').name).toBe('White');
  });

  it('counts low light as night and an unknown or missing time as day', () => {
    expect(
      ['DUSK', 'Evening', 'MAGIC HOUR', 'LATE NIGHT'].map((t) => stripColour('EXT', t).name),
    ).toEqual(Array(4).fill('Green'));
    expect([null, 'MORNING', 'CONTINUOUS'].map((t) => stripColour('EXT', t).name)).toEqual(
      Array(3).fill('Yellow'),
    );
  });

  it('takes the day or night resolved for the script, so CONTINUOUS follows the scene before', () => {
    const [, second] = dayOrNight([{ time: 'NIGHT' }, { time: 'CONTINUOUS' }]);
    expect(stripColour('INT', second ?? null).name).toBe('Blue');
  });

  it('takes a palette of the production’s own', () => {
    const palette = {
      ...DEFAULT_STRIP_PALETTE,
      nightInterior: { name: 'Green', hex: '#00FF00' },
      nightExterior: { name: 'Blue', hex: '#0000FF' },
    };
    expect(stripColour('EXT', 'NIGHT', palette).name).toBe('Blue');
  });
});
