import type { TimecardDayDto } from '@greenlight/contract';

/** What a row of the week grid can be: not worked (no row on the card) or one of the engine's kinds. */
export type DayKindChoice = 'off' | TimecardDayDto['kind'];

/** One row of the week grid as typed: times as HH:MM text (empty when not given). */
export type DayDraft = {
  readonly date: string;
  readonly kind: DayKindChoice;
  readonly call: string;
  readonly meal1Out: string;
  readonly meal1In: string;
  readonly meal2Out: string;
  readonly meal2In: string;
  readonly wrap: string;
};

export type TimeField = 'call' | 'meal1Out' | 'meal1In' | 'meal2Out' | 'meal2In' | 'wrap';
export const TIME_FIELDS: readonly TimeField[] = [
  'call',
  'meal1Out',
  'meal1In',
  'meal2Out',
  'meal2In',
  'wrap',
];

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "07:30" → 450; null for text that is not a time of day. */
export const parseClock = (text: string): number | null => {
  const match = HHMM.exec(text.trim());
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
};

/** 450 → "07:30"; a time past midnight (1530) shows as the clock reads it ("01:30"). */
export const formatClock = (minutes: number): string => {
  const inDay = minutes % 1440;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
};

const EMPTY_TIMES = { call: '', meal1Out: '', meal1In: '', meal2Out: '', meal2In: '', wrap: '' };

/** The grid for a week: a row per date, from the card's days (a date without one is off). */
export const draftFromDays = (
  dates: readonly string[],
  days: readonly TimecardDayDto[],
): DayDraft[] =>
  dates.map((date) => {
    const day = days.find((d) => d.date === date);
    if (day === undefined) return { date, kind: 'off', ...EMPTY_TIMES };
    const clock = (minutes: number | null | undefined) =>
      minutes === null || minutes === undefined ? '' : formatClock(minutes);
    return {
      date,
      kind: day.kind,
      call: clock(day.call),
      meal1Out: clock(day.meals[0]?.out),
      meal1In: clock(day.meals[0]?.in),
      meal2Out: clock(day.meals[1]?.out),
      meal2In: clock(day.meals[1]?.in),
      wrap: clock(day.wrap),
    };
  });

export type DraftResult =
  | { readonly ok: true; readonly days: TimecardDayDto[] }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * The grid as the card's days. Clock times run on from the call: a time earlier than the one before it is
 * the next morning (a 19:00 call wrapping at 02:00 is 1560), as the engine counts it. Off days are left out;
 * a worked or travel day needs a call and a wrap, a meal needs both its ends.
 */
export const daysFromDraft = (rows: readonly DayDraft[]): DraftResult => {
  const errors: Record<string, string> = {};
  const days: TimecardDayDto[] = [];
  for (const row of rows) {
    if (row.kind === 'off') continue;
    if (row.kind === 'holiday' || row.kind === 'idle') {
      days.push({ date: row.date, kind: row.kind, call: null, meals: [], wrap: null });
      continue;
    }
    const parsed: Partial<Record<TimeField, number | null>> = {};
    for (const field of TIME_FIELDS) {
      const text = row[field].trim();
      if (text === '') {
        parsed[field] = null;
        continue;
      }
      const minutes = parseClock(text);
      if (minutes === null) errors[`${row.date}.${field}`] = 'A time such as 07:30';
      parsed[field] = minutes;
    }
    if (parsed.call === null || parsed.call === undefined)
      errors[`${row.date}.call`] ??= 'A worked day needs a call';
    if (parsed.wrap === null || parsed.wrap === undefined)
      errors[`${row.date}.wrap`] ??= 'A worked day needs a wrap';
    for (const [out, back] of [
      ['meal1Out', 'meal1In'],
      ['meal2Out', 'meal2In'],
    ] as const) {
      if ((parsed[out] === null) !== (parsed[back] === null))
        errors[`${row.date}.${parsed[out] === null ? out : back}`] ??= 'Both ends of the meal';
    }
    if (parsed.meal1Out === null && parsed.meal2Out !== null && parsed.meal2Out !== undefined)
      errors[`${row.date}.meal1Out`] ??= 'The first meal comes first';
    if (Object.keys(errors).some((key) => key.startsWith(`${row.date}.`))) continue;
    // Each time after the one before it in the day, rolling past midnight.
    let previous = parsed.call ?? 0;
    const onward = (value: number): number => {
      const minutes = value < previous ? value + 1440 : value;
      previous = minutes;
      return minutes;
    };
    const call = parsed.call ?? 0;
    const meals: { out: number; in: number }[] = [];
    for (const [out, back] of [
      ['meal1Out', 'meal1In'],
      ['meal2Out', 'meal2In'],
    ] as const) {
      const o = parsed[out];
      const i = parsed[back];
      if (o !== null && o !== undefined && i !== null && i !== undefined)
        meals.push({ out: onward(o), in: onward(i) });
    }
    const wrap = onward(parsed.wrap ?? 0);
    days.push({ date: row.date, kind: row.kind, call, meals, wrap });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, days };
};
