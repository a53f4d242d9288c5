import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  currencyCode,
  instant,
  type PersonId,
  type Production,
  type ProductionId,
} from '@greenlight/domain';
import {
  personCalendarIcs,
  productionCalendarIcs,
  usualCrewCall,
  type ShootCalendar,
} from './shoot-calendar-ics.js';

const deps = { clock: { now: () => instant('2027-01-02T09:00:00Z') } };
const production = {
  id: 'p1' as ProductionId,
  title: 'The Harbour Light',
  kind: 'feature-film',
  currency: currencyCode('USD'),
  timeZone: 'America/Los_Angeles',
} as Production;
const margot = 'margot' as PersonId;

const calendar = (crewCall: string | null): ShootCalendar => ({
  production,
  hasBoard: true,
  days: [
    {
      dayNumber: 1,
      date: calendarDate('2027-01-14'),
      sceneNumbers: ['1'],
      castNumbers: [1],
      sets: ['Pier'],
    },
    {
      dayNumber: 2,
      date: calendarDate('2027-01-15'),
      sceneNumbers: ['2', '3'],
      castNumbers: [2],
      sets: [],
    },
  ],
  cast: [{ castNumber: 1, personId: margot }],
  calls: usualCrewCall(crewCall),
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the shoot calendar as iCalendar', () => {
  it('writes all-day events while the production has no usual crew call', () => {
    const ics = text(productionCalendarIcs(deps, calendar(null)));
    expect(ics).toContain('DTSTART;VALUE=DATE:20270114\r\n');
    expect(ics).toContain('SUMMARY:Day 1 of 2 — scene 1\r\nLOCATION:Pier\r\n');
  });

  it('times every day from the crew call in the production’s zone, for twelve hours', () => {
    const ics = text(productionCalendarIcs(deps, calendar('07:00')));
    // 07:00 in Los Angeles in January is 15:00 UTC.
    expect(ics).toContain('DTSTART:20270114T150000Z\r\nDTEND:20270115T030000Z\r\n');
    expect(ics).toContain('SUMMARY:Day 2 of 2 — call 07:00 — scenes 2\\, 3\r\n');
    const mine = text(personCalendarIcs(deps, calendar('07:00'), margot));
    expect(mine.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(mine).toContain('SUMMARY:The Harbour Light: Day 1 of 2 — call 07:00 — scene 1\r\n');
  });

  it('gives a person who plays no one every shoot day', () => {
    const crew = text(personCalendarIcs(deps, calendar(null), 'crew' as PersonId));
    expect(crew.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
