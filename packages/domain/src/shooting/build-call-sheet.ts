import { DomainError } from '../shared/domain-error.js';
import type { DayOutOfDays, DoodCode } from '../schedule/dood/day-out-of-days.js';
import type {
  StripboardLayout,
  StripboardScene,
  StripboardShootDay,
} from '../schedule/stripboard/layout-stripboard.js';
import type {
  AdvanceDay,
  CallSheet,
  CallSheetCast,
  CallSheetDetails,
  CallSheetScene,
  ClockTime,
} from './call-sheet.js';
import { mapLink } from './map-link.js';
import { sunTimes } from './sun-times.js';

export type CallSheetCastMember = {
  readonly castNumber: number;
  /** The character, as the breakdown names the cast element. */
  readonly character: string;
  readonly performer: string | null;
};

export type CallSheetInput = {
  readonly productionTitle: string;
  readonly timeZone: string;
  /** The shooting board laid out into dated days. */
  readonly layout: StripboardLayout;
  /** The day out of days of the same board: each working cast member's code for the day. */
  readonly dood: DayOutOfDays;
  readonly dayNumber: number;
  /** Each scene's short description (the strip's), by scene id. */
  readonly descriptions: Readonly<Record<string, string>>;
  readonly cast: readonly CallSheetCastMember[];
  readonly details: CallSheetDetails;
  /** How many shoot days after this one the advance schedule shows. Default 2. */
  readonly advanceDays?: number;
};

/** The codes of a day a cast member works, and so is called. */
const WORK_CODES: ReadonlySet<DoodCode> = new Set(['SW', 'W', 'WF', 'SWF', 'PW', 'PWF']);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

const checkTime = (time: ClockTime | null, what: string): void => {
  if (time !== null && !CLOCK.test(time))
    throw new DomainError('validation', `${what} must be a time like 06:30, got "${time}"`);
};

const sceneOf =
  (descriptions: Readonly<Record<string, string>>) =>
  (scene: StripboardScene): CallSheetScene => ({
    sceneId: scene.id,
    number: scene.number,
    set: scene.set,
    intExt: scene.intExt,
    time: scene.time,
    eighths: scene.eighths,
    castNumbers: scene.castNumbers,
    description: descriptions[scene.id] ?? '',
  });

const checkDetails = (details: CallSheetDetails): void => {
  checkTime(details.generalCrewCall, 'The general crew call');
  checkTime(details.shootingCall, 'The shooting call');
  for (const call of details.castCalls) {
    for (const [what, time] of [
      ['pick-up', call.pickup],
      ['hair and make-up', call.hairMakeup],
      ['wardrobe', call.wardrobe],
      ['on set', call.onSet],
    ] as const)
      checkTime(time, `Cast #${call.castNumber}'s ${what} time`);
  }
  for (const call of details.crewCalls)
    checkTime(call.call, `The call of ${call.position || call.department}`);
  for (const group of details.background) {
    checkTime(group.call, `The call of ${group.description}`);
    if (!Number.isInteger(group.count) || group.count < 0)
      throw new DomainError('validation', `${group.description}: the count must be a whole number`);
  }
};

/**
 * The call sheet of one shoot day of the shooting board: the day's scenes in board order, the cast who
 * work that day (by their day out of days code) with their calls, the locations with a map link, sunrise
 * and sunset at the first placed location, and the next days' scenes as the advance schedule. Refuses a
 * day the board does not have, and times that are not `HH:MM`.
 */
export const buildCallSheet = (input: CallSheetInput): CallSheet => {
  const { layout, dood, dayNumber, details } = input;
  checkDetails(details);
  const shootDays = layout.days.filter((d): d is StripboardShootDay => d.kind === 'shoot');
  const day = shootDays.find((d) => d.dayNumber === dayNumber);
  if (day === undefined)
    throw new DomainError(
      'not-found',
      `The shooting board has no day ${dayNumber} (it has ${layout.shootDayCount})`,
    );
  const toScene = sceneOf(input.descriptions);

  const column = dood.days.findIndex((d) => d.date === day.date);
  const codeByNumber = new Map<number, DoodCode>();
  for (const row of dood.rows) {
    const code = column < 0 ? '' : (row.cells[column] ?? '');
    if (row.castNumber !== null && WORK_CODES.has(code)) codeByNumber.set(row.castNumber, code);
  }
  // Whoever the board puts in a scene works, even if the day out of days was built before they were added.
  for (const number of day.castNumbers)
    if (!codeByNumber.has(number)) codeByNumber.set(number, 'W');
  const members = new Map(input.cast.map((m) => [m.castNumber, m]));
  const calls = new Map(details.castCalls.map((c) => [c.castNumber, c]));
  const defaultOnSet = details.shootingCall ?? details.generalCrewCall;
  const cast: CallSheetCast[] = [...codeByNumber]
    .sort(([a], [b]) => a - b)
    .map(([castNumber, status]) => {
      const call = calls.get(castNumber);
      const member = members.get(castNumber);
      return {
        castNumber,
        character: member?.character ?? `Cast #${castNumber}`,
        performer: member?.performer ?? null,
        status,
        pickup: call?.pickup ?? null,
        hairMakeup: call?.hairMakeup ?? null,
        wardrobe: call?.wardrobe ?? null,
        onSet: call?.onSet ?? defaultOnSet,
        note: call?.note ?? '',
      };
    });

  const placed = details.locations.find((l) => l.point !== null)?.point ?? null;
  const advance: AdvanceDay[] = shootDays
    .filter((d) => d.dayNumber > dayNumber && d.dayNumber <= dayNumber + (input.advanceDays ?? 2))
    .map((d) => ({
      dayNumber: d.dayNumber,
      date: d.date,
      scenes: d.scenes.map(toScene),
      eighths: d.eighths,
    }));

  return {
    productionTitle: input.productionTitle,
    dayNumber,
    totalDays: layout.shootDayCount,
    date: day.date,
    generalCrewCall: details.generalCrewCall,
    shootingCall: details.shootingCall,
    weather: details.weather,
    sun: placed === null ? null : sunTimes(placed, day.date, input.timeZone),
    locations: details.locations.map((l) => ({ ...l, mapLink: mapLink(l.point, l.address) })),
    nearestHospital: details.nearestHospital,
    scenes: day.scenes.map(toScene),
    eighths: day.eighths,
    cast,
    background: details.background,
    // By department, then call (the general call first), as the crew reads down the sheet.
    crewCalls: [...details.crewCalls].sort(
      (a, b) =>
        a.department.localeCompare(b.department) ||
        (a.call ?? details.generalCrewCall).localeCompare(b.call ?? details.generalCrewCall),
    ),
    notes: details.notes,
    safety: details.safety,
    advance,
  };
};
