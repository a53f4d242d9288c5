import { describe, expect, it } from 'vitest';
import { calendarDate, instant } from '../../shared/calendar-date.js';
import { buildICalendar, type ICalendarInput } from './build-icalendar.js';

const input = (over: Partial<ICalendarInput> = {}): ICalendarInput => ({
  calendarName: 'Harbour Lights, shoot days',
  timeZone: 'Europe/Warsaw',
  productId: '-//Greenlight//Greenlight 0.1//EN',
  stamp: instant('2026-02-20T09:30:00Z'),
  events: [
    {
      uid: 'shoot-day-1.p1@greenlight',
      when: { date: calendarDate('2026-03-02') },
      summary: 'Day 1 of 24 — scenes 4, 5, 12',
      location: 'Gdańsk shipyard; hall 3',
    },
    {
      uid: 'shoot-day-2.margot.p1@greenlight',
      when: { start: '2026-03-03T06:30', end: '2026-03-03T18:30' },
      summary: 'Harbour Lights: Day 2 of 24 — call 06:30',
      description: 'Bring the coat.\nPick-up at the hotel.',
    },
  ],
  ...over,
});

describe('buildICalendar', () => {
  it('writes a calendar with all-day and timed events (golden)', () => {
    expect(buildICalendar(input()).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Greenlight//Greenlight 0.1//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Harbour Lights\\, shoot days',
      'X-WR-TIMEZONE:Europe/Warsaw',
      'BEGIN:VEVENT',
      'UID:shoot-day-1.p1@greenlight',
      'DTSTAMP:20260220T093000Z',
      'DTSTART;VALUE=DATE:20260302',
      'DTEND;VALUE=DATE:20260303',
      'SUMMARY:Day 1 of 24 — scenes 4\\, 5\\, 12',
      'LOCATION:Gdańsk shipyard\\; hall 3',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:shoot-day-2.margot.p1@greenlight',
      'DTSTAMP:20260220T093000Z',
      'DTSTART:20260303T053000Z',
      'DTEND:20260303T173000Z',
      'SUMMARY:Harbour Lights: Day 2 of 24 — call 06:30',
      'DESCRIPTION:Bring the coat.\\nPick-up at the hotel.',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('ends every line with CRLF and folds long ones', () => {
    const text = buildICalendar(
      input({
        events: [
          {
            uid: 'u1',
            when: { date: calendarDate('2026-03-02') },
            summary: `Day 1 of 24 — scenes ${Array.from({ length: 40 }, (_, i) => i + 1).join(', ')}`,
          },
        ],
      }),
    );
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const summary = text
      .split('\r\n')
      .filter((line) => line.startsWith('SUMMARY:') || line.startsWith(' '));
    expect(summary.length).toBeGreaterThan(1);
    expect(text.replace(/\r\n /g, '')).toContain('scenes 1\\, 2\\, 3');
  });

  it('refuses two events with one UID, and an event that ends before it starts', () => {
    const [first] = input().events;
    if (!first) throw new Error('fixture');
    expect(() => buildICalendar(input({ events: [first, first] }))).toThrow(/Two calendar events/);
    expect(() =>
      buildICalendar(
        input({
          events: [
            {
              uid: 'x',
              when: { start: '2026-03-03T18:00', end: '2026-03-03T06:00' },
              summary: 'x',
            },
          ],
        }),
      ),
    ).toThrow(/must end after it starts/);
  });

  it('writes an empty calendar', () => {
    expect(buildICalendar(input({ events: [] }))).toContain(
      'X-WR-TIMEZONE:Europe/Warsaw\r\nEND:VCALENDAR\r\n',
    );
  });
});
