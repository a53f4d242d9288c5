import { compareDates, type CalendarDate } from '../../shared/calendar-date.js';
import { DomainError } from '../../shared/domain-error.js';
import { compareCastNumbers, compareNames } from '../../breakdown/compare-breakdown-elements.js';
import { addDays, daysBetween, weekdayOf } from '../calendar/date-arithmetic.js';
import { dateStatusLookup } from '../calendar/shoot-calendar.js';
import {
  DEFAULT_DROP_PICKUP_AFTER_DAYS,
  type DayOutOfDays,
  type DayOutOfDaysInput,
  type DoodCastMember,
  type DoodCode,
  type DoodDay,
  type DoodEventKind,
  type DoodRow,
  type DoodTotals,
} from './day-out-of-days.js';

const EVENT_CODES: Readonly<Record<DoodEventKind, DoodCode>> = {
  travel: 'TR',
  rehearsal: 'R',
  fitting: 'FT',
};

const isWork = (code: DoodCode): boolean => code.includes('W');

/**
 * The day out of days: for each cast member, a code for every calendar date of the shoot
 * (domain-conventions §3, Movie Magic's rules).
 *
 * - Start and finish are the first and last **work** days (`SW`, `WF`; `SWF` for one day), as EP places
 *   them "based on the first strip"; events before the start or after the finish show their own codes.
 * - Between two work days, each date is: an event's code if one is entered; else, for a cast member
 *   allowed holds, `H` when the company works that date, `holiday` on a company holiday and blank on a
 *   company day off (weekend, day off). Company off days are not hold days, as EP says ("except company
 *   off days"); a production that pays weekends as holds reads them from `span`. Without holds, all blank.
 * - A gap of more than `dropPickupAfterDays` calendar days is a drop instead: `D` on its first date without
 *   an event, blank after, and the next work day is a pick-up (`PW`). Without holds there is nothing to
 *   drop from, so no drops either.
 * - A work day wins over an event entered on the same date (the event is not shown or counted); of two
 *   events on one date the first entered is shown.
 *
 * The columns run from the first shoot day to the last, widened to take in events before or after.
 * Throws a validation DomainError when shoot dates do not strictly increase, a shoot day names someone
 * not in `cast`, a cast member is listed twice or a drop threshold is negative.
 */
export const buildDayOutOfDays = (input: DayOutOfDaysInput): DayOutOfDays => {
  checkInput(input);
  const days = doodDays(input);
  const rows = [...input.cast]
    .sort(
      (a, b) =>
        compareCastNumbers(a.castNumber, b.castNumber) ||
        compareNames(a.name, b.name) ||
        (a.elementId < b.elementId ? -1 : a.elementId > b.elementId ? 1 : 0),
    )
    .map((member) => doodRow(member, input, days));
  return { days, shootDayCount: input.shootDays.length, rows };
};

const checkInput = (input: DayOutOfDaysInput): void => {
  const ids = new Set<string>();
  for (const member of input.cast) {
    if (ids.has(member.elementId))
      throw new DomainError('validation', `Cast member ${member.elementId} is listed twice`);
    ids.add(member.elementId);
    const threshold = member.options?.dropPickupAfterDays;
    if (typeof threshold === 'number' && !(threshold >= 0))
      throw new DomainError(
        'validation',
        `The drop threshold of ${member.name} must be zero or more days`,
      );
  }
  input.shootDays.forEach((day, index) => {
    const previous = input.shootDays[index - 1];
    if (previous && compareDates(previous.date, day.date) >= 0)
      throw new DomainError(
        'validation',
        `Shoot day ${index + 1} (${day.date}) is not after shoot day ${index} (${previous.date})`,
      );
    for (const id of day.castElementIds)
      if (!ids.has(id))
        throw new DomainError('validation', `Shoot day ${index + 1} names unknown cast ${id}`);
  });
};

const doodDays = (input: DayOutOfDaysInput): DoodDay[] => {
  const dates = [
    ...input.shootDays.map((day) => day.date),
    ...input.cast.flatMap((member) => (member.events ?? []).map((event) => event.date)),
  ].sort(compareDates);
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return [];
  const dayNumbers = new Map(input.shootDays.map((day, index) => [day.date, index + 1]));
  const statusOf = dateStatusLookup(input.calendar);
  const days: DoodDay[] = [];
  for (let date = first; compareDates(date, last) <= 0; date = addDays(date, 1)) {
    const base = { date, weekday: weekdayOf(date) };
    const dayNumber = dayNumbers.get(date);
    const status = statusOf(date);
    if (dayNumber !== undefined) days.push({ ...base, kind: 'shoot', dayNumber });
    else if (status.kind === 'working') days.push({ ...base, kind: 'no-shoot' });
    else days.push({ ...base, ...status });
  }
  return days;
};

const doodRow = (
  member: DoodCastMember,
  input: DayOutOfDaysInput,
  days: readonly DoodDay[],
): DoodRow => {
  const allowHolds = member.options?.allowHolds ?? true;
  const dropAfter =
    member.options?.dropPickupAfterDays === undefined
      ? DEFAULT_DROP_PICKUP_AFTER_DAYS
      : member.options.dropPickupAfterDays;
  const events = new Map<CalendarDate, DoodCode>();
  for (const event of member.events ?? [])
    if (!events.has(event.date)) events.set(event.date, EVENT_CODES[event.kind]);
  const workDates = input.shootDays
    .filter((day) => day.castElementIds.includes(member.elementId))
    .map((day) => day.date);
  const start = workDates[0] ?? null;
  const finish = workDates[workDates.length - 1] ?? null;
  const firstDate = days[0]?.date;

  const cells: DoodCode[] = days.map((day) => events.get(day.date) ?? '');
  const indexOf = (date: CalendarDate): number =>
    firstDate === undefined ? -1 : daysBetween(firstDate, date);

  let pickedUp = false;
  workDates.forEach((date, index) => {
    const isStart = index === 0;
    const isFinish = index === workDates.length - 1;
    cells[indexOf(date)] =
      `${isStart ? 'S' : pickedUp ? 'P' : ''}W${isFinish ? 'F' : ''}` as DoodCode;
    pickedUp = false;
    const next = workDates[index + 1];
    if (next === undefined || !allowHolds) return;
    const gap = days.slice(indexOf(date) + 1, indexOf(next));
    const free = gap.filter((day) => !events.has(day.date));
    const firstFree = free[0];
    if (dropAfter !== null && gap.length > dropAfter && firstFree !== undefined) {
      cells[indexOf(firstFree.date)] = 'D';
      pickedUp = true;
      return;
    }
    for (const day of free)
      cells[indexOf(day.date)] =
        day.kind === 'holiday'
          ? 'holiday'
          : day.kind === 'shoot' || day.kind === 'no-shoot'
            ? 'H'
            : '';
  });

  return {
    elementId: member.elementId,
    castNumber: member.castNumber,
    name: member.name,
    cells,
    start,
    finish,
    totals: totalsOf(
      cells,
      start === null ? [] : cells.slice(indexOf(start), indexOf(finish ?? start) + 1),
    ),
  };
};

const totalsOf = (cells: readonly DoodCode[], span: readonly DoodCode[]): DoodTotals => {
  const count = (code: DoodCode): number => cells.filter((cell) => cell === code).length;
  return {
    work: cells.filter(isWork).length,
    hold: count('H'),
    holiday: count('holiday'),
    travel: count('TR'),
    rehearsal: count('R'),
    fitting: count('FT'),
    idle: span.filter((cell) => cell === '' || cell === 'D').length,
    drops: count('D'),
    span: span.length,
  };
};
