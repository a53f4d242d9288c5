import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, instant } from '../../shared/calendar-date.js';
import { addDays } from '../../schedule/calendar/date-arithmetic.js';
import { buildICalendar } from './build-icalendar.js';
import { personShootDayEvents, shootDayEvents } from './shoot-day-events.js';

const d = calendarDate;

describe('shootDayEvents', () => {
  it('makes one all-day event per shoot day', () => {
    expect(
      shootDayEvents({
        productionId: 'p1',
        totalDays: 24,
        days: [
          {
            dayNumber: 3,
            date: d('2026-03-04'),
            sceneNumbers: ['4', '5', '12'],
            location: 'Gdańsk',
          },
          { dayNumber: 4, date: d('2026-03-05'), sceneNumbers: ['7A'] },
          { dayNumber: 5, date: d('2026-03-06'), sceneNumbers: [], notes: 'Second unit only' },
        ],
      }),
    ).toEqual([
      {
        uid: 'shoot-day-3.p1@greenlight',
        when: { date: '2026-03-04' },
        summary: 'Day 3 of 24 — scenes 4, 5, 12',
        location: 'Gdańsk',
      },
      {
        uid: 'shoot-day-4.p1@greenlight',
        when: { date: '2026-03-05' },
        summary: 'Day 4 of 24 — scene 7A',
      },
      {
        uid: 'shoot-day-5.p1@greenlight',
        when: { date: '2026-03-06' },
        summary: 'Day 5 of 24',
        description: 'Second unit only',
      },
    ]);
  });
});

describe('shootDayEvents with a call', () => {
  it('times a day from the call for twelve hours, in the production’s zone', () => {
    const events = shootDayEvents({
      productionId: 'p1',
      totalDays: 2,
      days: [
        { dayNumber: 1, date: d('2026-03-02'), sceneNumbers: ['4'], callTime: '07:00' },
        { dayNumber: 2, date: d('2026-03-03'), sceneNumbers: [] },
      ],
    });
    expect(events.map((e) => [e.when, e.summary])).toEqual([
      [{ start: '2026-03-02T07:00', end: '2026-03-02T19:00' }, 'Day 1 of 2 — call 07:00 — scene 4'],
      [{ date: '2026-03-03' }, 'Day 2 of 2'],
    ]);
    const text = buildICalendar({
      calendarName: 'Shoot days',
      timeZone: 'Europe/Warsaw',
      productId: '-//Greenlight//EN',
      stamp: instant('2026-02-20T09:30:00Z'),
      events,
    });
    expect(text).toContain('DTSTART:20260302T060000Z\r\nDTEND:20260302T180000Z\r\n');
  });
});

describe('personShootDayEvents', () => {
  it('times days with a call, from call to wrap or for twelve hours, and leaves the rest all-day', () => {
    const events = personShootDayEvents({
      productionId: 'p1',
      personId: 'margot',
      productionTitle: 'Harbour Lights',
      totalDays: 24,
      days: [
        { dayNumber: 1, date: d('2026-03-02'), sceneNumbers: ['4', '12'], callTime: '06:30' },
        {
          dayNumber: 2,
          date: d('2026-03-03'),
          sceneNumbers: ['5'],
          callTime: '17:00',
          wrapTime: '03:00',
        },
        { dayNumber: 5, date: d('2026-03-06'), sceneNumbers: ['9'] },
      ],
    });
    expect(events.map((e) => [e.uid, e.when, e.summary])).toEqual([
      [
        'shoot-day-1.margot.p1@greenlight',
        { start: '2026-03-02T06:30', end: '2026-03-02T18:30' },
        'Harbour Lights: Day 1 of 24 — call 06:30 — scenes 4, 12',
      ],
      [
        'shoot-day-2.margot.p1@greenlight',
        { start: '2026-03-03T17:00', end: '2026-03-04T03:00' },
        'Harbour Lights: Day 2 of 24 — call 17:00 — scene 5',
      ],
      [
        'shoot-day-5.margot.p1@greenlight',
        { date: '2026-03-06' },
        'Harbour Lights: Day 5 of 24 — scene 9',
      ],
    ]);
    const text = buildICalendar({
      calendarName: 'Margot',
      timeZone: 'Europe/Warsaw',
      productId: '-//Greenlight//EN',
      stamp: instant('2026-02-20T09:30:00Z'),
      events,
    });
    expect(text).toContain('DTSTART:20260303T160000Z\r\nDTEND:20260304T020000Z\r\n');
  });

  it('refuses a malformed call time', () => {
    expect(() =>
      personShootDayEvents({
        productionId: 'p1',
        personId: 'm',
        productionTitle: 'H',
        totalDays: 1,
        days: [{ dayNumber: 1, date: d('2026-03-02'), sceneNumbers: [], callTime: '6:30' }],
      }),
    ).toThrow(/HH:MM/);
  });

  it('gives UIDs unique across days, people and productions', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 30 }),
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { minLength: 1, maxLength: 3 }),
        (dayNumbers, people, productions) => {
          const days = dayNumbers.map((dayNumber) => ({
            dayNumber,
            date: addDays(d('2026-03-01'), dayNumber),
            sceneNumbers: [],
          }));
          const uids = productions
            .flatMap((productionId) => [
              ...shootDayEvents({ productionId, totalDays: 200, days }),
              ...people.flatMap((personId) =>
                personShootDayEvents({
                  productionId,
                  personId,
                  productionTitle: 'T',
                  totalDays: 200,
                  days,
                }),
              ),
            ])
            .map((event) => event.uid);
          expect(new Set(uids).size).toBe(uids.length);
        },
      ),
    );
  });
});
