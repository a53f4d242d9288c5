import { describe, expect, it } from 'vitest';
import { calendarDate, instant } from '../shared/calendar-date.js';
import { defaultShootCalendar } from '../schedule/calendar/shoot-calendar.js';
import { shootDates } from '../schedule/calendar/shoot-dates.js';
import { buildDayOutOfDays } from '../schedule/dood/build-day-out-of-days.js';
import { buildDayOutOfDaysReport } from './build-day-out-of-days-report.js';

const calendar = defaultShootCalendar(calendarDate('2026-03-02'));
const dates = shootDates(calendar, 20); // 2 Mar to 27 Mar: 26 calendar days
const dood = buildDayOutOfDays({
  calendar,
  shootDays: dates.map((date, index) => ({
    date,
    castElementIds: index % 2 === 0 ? ['margot', 'tomas'] : ['margot'],
  })),
  cast: [
    { elementId: 'margot', castNumber: 1, name: 'MARGOT' },
    { elementId: 'tomas', castNumber: 2, name: 'TOMAS' },
  ],
});
const meta = {
  productionTitle: 'Harbour Lights',
  generatedAt: instant('2026-02-20T09:30:00Z'),
  timeZone: 'Europe/Warsaw',
};

describe('buildDayOutOfDaysReport', () => {
  it('splits the dates into sections of 14 days, then totals', () => {
    const report = buildDayOutOfDaysReport(dood, meta);
    expect(report.title).toBe('Day out of days');
    expect(report.subtitle).toBe('Harbour Lights');
    expect(report.sections.map((s) => s.heading)).toEqual([
      '2 Mar 2026 – 15 Mar 2026 · shoot days 1–10',
      '16 Mar 2026 – 27 Mar 2026 · shoot days 11–20',
      'Totals',
    ]);
    const [first, second] = report.sections;
    expect(first?.columns).toHaveLength(2 + 14);
    expect(second?.columns).toHaveLength(2 + 12);
    expect(first?.columns[2]?.label).toBe('Mon 3/2 · Day 1');
    expect(first?.rows[0]).toMatchObject({
      castNumber: '1',
      name: 'MARGOT',
      d0: 'SW',
      d1: 'W',
      d5: '',
    });
    expect(first?.rows[1]).toMatchObject({ name: 'TOMAS', d0: 'SW', d1: 'H', d2: 'W' });
    expect(first?.totals).toMatchObject({ name: 'Cast working', d0: '2', d1: '1', d5: '0' });
    expect(report.sections[2]?.rows[0]).toMatchObject({
      start: '2 Mar 2026',
      finish: '27 Mar 2026',
      work: '20',
      span: '26',
    });
    expect(report.meta).toContainEqual({ label: 'Period', value: '2 Mar 2026 – 27 Mar 2026' });
    expect(report.meta).toContainEqual({ label: 'Generated', value: '20 Feb 2026, 10:30' });
    expect(report.footer).toBe('Harbour Lights · Day out of days · generated 20 Feb 2026, 10:30');
  });

  it('takes another section size', () => {
    const report = buildDayOutOfDaysReport(dood, { ...meta, daysPerSection: 7 });
    expect(report.sections).toHaveLength(4 + 1);
  });

  it('says so when nothing is scheduled', () => {
    const empty = buildDayOutOfDays({ calendar, shootDays: [], cast: [] });
    const report = buildDayOutOfDaysReport(empty, meta);
    expect(report.sections).toEqual([
      expect.objectContaining({ rows: [], emptyText: 'Nothing is scheduled yet.' }),
    ]);
  });
});
