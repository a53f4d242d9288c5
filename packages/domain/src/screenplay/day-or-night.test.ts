import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOrNight } from './day-or-night.js';

const times = (...values: (string | null)[]) => values.map((time) => ({ time }));

describe('dayOrNight', () => {
  it('reads night words as night and other times as day', () => {
    expect(
      dayOrNight(times('NIGHT', 'DAY', 'DUSK', 'MORNING', 'LATE NIGHT', 'DAWN', 'EVENING')),
    ).toEqual(['night', 'day', 'night', 'day', 'night', 'day', 'night']);
  });

  it('carries the scene before on through CONTINUOUS, LATER, SAME and headings without a time', () => {
    expect(
      dayOrNight(times('NIGHT', 'CONTINUOUS', 'MOMENTS LATER', null, 'DAY', 'SAME', "CONT'D")),
    ).toEqual(['night', 'night', 'night', 'night', 'day', 'day', 'day']);
    expect(dayOrNight(times(null, 'CONTINUOUS'))).toEqual(['day', 'day']);
  });

  it('gives every scene an answer, and a scene with a time of its own the same answer wherever it stands', () => {
    const time = fc.constantFrom('NIGHT', 'DAY', 'CONTINUOUS', 'LATER', 'DUSK', 'MORNING', null);
    fc.assert(
      fc.property(fc.array(time), fc.array(time), (before, after) => {
        const night = dayOrNight(times(...before, 'NIGHT', ...after));
        const day = dayOrNight(times(...before, 'DAY', ...after));
        expect(night).toHaveLength(before.length + after.length + 1);
        expect(night[before.length]).toBe('night');
        expect(day[before.length]).toBe('day');
      }),
    );
  });
});
