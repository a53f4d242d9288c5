import { describe, expect, it } from 'vitest';
import { parseSceneHeading } from './parse-scene-heading.js';

describe('parseSceneHeading', () => {
  it.each([
    ['INT. HARBOUR OFFICE - NIGHT', 'INT', 'HARBOUR OFFICE', 'NIGHT'],
    ['EXT. QUAY - DAY', 'EXT', 'QUAY', 'DAY'],
    ['ext. brick’s pool - day', 'EXT', 'brick’s pool', 'day'],
    ['INT HOUSE - KITCHEN - MORNING', 'INT', 'HOUSE - KITCHEN', 'MORNING'],
    ['INT. HOUSE - KITCHEN', 'INT', 'HOUSE - KITCHEN', null],
    ['INT./EXT. CAR - MOVING - NIGHT', 'INT/EXT', 'CAR - MOVING', 'NIGHT'],
    ['INT/EXT CAR - DAY', 'INT/EXT', 'CAR', 'DAY'],
    ['I/E. CAR - DAY', 'INT/EXT', 'CAR', 'DAY'],
    ['EST. CITY SKYLINE - DAWN', 'EXT', 'CITY SKYLINE', 'DAWN'],
    ['EXT. ROAD – NIGHT (RAIN)', 'EXT', 'ROAD', 'NIGHT (RAIN)'],
    ['INT. HOUSE - NIGHT - CONTINUOUS', 'INT', 'HOUSE', 'NIGHT - CONTINUOUS'],
    ['INT. 7-ELEVEN - MOMENTS LATER', 'INT', '7-ELEVEN', 'MOMENTS LATER'],
    ['SNIPER SCOPE POV', null, 'SNIPER SCOPE POV', null],
    ['INTERCUT - PHONE', null, 'INTERCUT - PHONE', null],
  ])('%s → %s / %s / %s', (heading, intExt, location, time) => {
    expect(parseSceneHeading(heading)).toEqual({ intExt, location, time });
  });

  it('makes runs of spaces single', () => {
    expect(parseSceneHeading('INT.   OLD    MILL  -   DAY')).toEqual({
      intExt: 'INT',
      location: 'OLD MILL',
      time: 'DAY',
    });
  });
});
