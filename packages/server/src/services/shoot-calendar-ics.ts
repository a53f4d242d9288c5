import {
  buildICalendar,
  DomainError,
  personShootDayEvents,
  shootDayEvents,
  type CalendarDate,
  type PersonId,
  type Production,
  type ProductionId,
  type ShootDayFeedDay,
  type StripboardLayout,
} from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { findShootingBoardId, loadBoardLayout } from './load-board-layout.js';
import { mustFind, readOnly } from './service-context.js';

const PRODUCT_ID = '-//Greenlight//Greenlight 0.1//EN';

/** A call on a shoot day: `HH:MM` in the production's zone, and the wrap when it is known. */
export type DayCall = { readonly callTime: string; readonly wrapTime?: string };

/**
 * Who is called when, per shoot day: null leaves the day's event all-day. The seam for call sheets (issue 7),
 * which will answer per day and person; until then every day has the production's usual crew call, if set.
 */
export type CallsOfDay = (day: {
  readonly dayNumber: number;
  readonly date: CalendarDate;
}) => DayCall | null;

export const usualCrewCall =
  (crewCall: string | null): CallsOfDay =>
  () =>
    crewCall === null ? null : { callTime: crewCall };

type ShootDay = {
  readonly dayNumber: number;
  readonly date: CalendarDate;
  readonly sceneNumbers: readonly string[];
  readonly castNumbers: readonly number[];
  readonly sets: readonly string[];
};

const shootDaysOf = (layout: StripboardLayout): ShootDay[] =>
  layout.days.flatMap((day) =>
    day.kind === 'shoot'
      ? [
          {
            dayNumber: day.dayNumber,
            date: day.date,
            sceneNumbers: day.scenes.map((s) => s.number),
            castNumbers: day.castNumbers,
            sets: day.sets,
          },
        ]
      : [],
  );

/** What the calendars of a production are made from: the main unit's shooting board on its calendar. */
export type ShootCalendar = {
  readonly production: Production;
  /** False while the production has no shooting board: the calendar is empty. */
  readonly hasBoard: boolean;
  readonly days: readonly ShootDay[];
  readonly cast: readonly { readonly castNumber: number; readonly personId: PersonId | null }[];
  readonly calls: CallsOfDay;
};

export const loadShootCalendar = async (
  deps: ServerDeps,
  productionId: ProductionId,
): Promise<ShootCalendar> => {
  const boardId = await findShootingBoardId(deps, productionId);
  if (boardId === null) {
    const production = mustFind(await readOnly(deps).productions.get(productionId), 'production');
    return { production, hasBoard: false, days: [], cast: [], calls: () => null };
  }
  const { production, layout, cast, settings } = await loadBoardLayout(deps, productionId, boardId);
  return {
    production,
    hasBoard: true,
    days: shootDaysOf(layout),
    cast: cast.map((member) => ({
      castNumber: member.castNumber,
      personId: member.details?.personId ?? null,
    })),
    calls: usualCrewCall(settings.crewCall),
  };
};

/** The downloads need a board; a feed shows an empty calendar until there is one. */
export const requireBoard = (calendar: ShootCalendar): ShootCalendar => {
  if (!calendar.hasBoard)
    throw new DomainError(
      'not-found',
      'The production has no shooting board yet: make one on the Schedule tab first',
    );
  return calendar;
};

const withCall = (
  day: ShootDay,
  calls: CallsOfDay,
): Pick<ShootDayFeedDay, 'callTime' | 'wrapTime'> => {
  const call = calls(day);
  if (call === null) return {};
  return {
    callTime: call.callTime,
    ...(call.wrapTime === undefined ? {} : { wrapTime: call.wrapTime }),
  };
};

/** Every shoot day: "Day 3 of 24 — scenes 4, 5, 12" at the sets of the day. */
export const productionCalendarIcs = (
  deps: Pick<ServerDeps, 'clock'>,
  calendar: ShootCalendar,
): Uint8Array => {
  const { production, days, calls } = calendar;
  const text = buildICalendar({
    calendarName: `${production.title}: shoot days`,
    timeZone: production.timeZone,
    productId: PRODUCT_ID,
    stamp: deps.clock.now(),
    events: shootDayEvents({
      productionId: production.id,
      totalDays: days.length,
      days: days.map((day) => ({
        dayNumber: day.dayNumber,
        date: day.date,
        sceneNumbers: day.sceneNumbers,
        ...(day.sets[0] === undefined ? {} : { location: day.sets.join(', ') }),
        ...withCall(day, calls),
      })),
    }),
  });
  return new TextEncoder().encode(text);
};

/**
 * A person's own days: the days their cast member works when they play one (linked on the cast list), every
 * shoot day otherwise (crew work the whole schedule).
 */
export const personCalendarIcs = (
  deps: Pick<ServerDeps, 'clock'>,
  calendar: ShootCalendar,
  personId: PersonId,
): Uint8Array => {
  const { production, days: all, calls } = calendar;
  const numbers = new Set(
    calendar.cast.filter((member) => member.personId === personId).map((m) => m.castNumber),
  );
  const days =
    numbers.size === 0 ? all : all.filter((day) => day.castNumbers.some((n) => numbers.has(n)));
  const text = buildICalendar({
    calendarName: `${production.title}: my days`,
    timeZone: production.timeZone,
    productId: PRODUCT_ID,
    stamp: deps.clock.now(),
    events: personShootDayEvents({
      productionId: production.id,
      personId,
      productionTitle: production.title,
      totalDays: all.length,
      days: days.map((day) => ({
        dayNumber: day.dayNumber,
        date: day.date,
        sceneNumbers: day.sceneNumbers,
        ...withCall(day, calls),
      })),
    }),
  });
  return new TextEncoder().encode(text);
};
