import type { ScheduleSettingsDto, UpdateScheduleSettingsRequest } from '@greenlight/contract';
import { formatEighths } from '@greenlight/domain';
import { minorToInput, parseMoney } from '../../ui/money';
import { parseEighths } from './parse-eighths';
import { formatHours, parseHours } from './parse-hours';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type HolidayDraft = { readonly date: string; readonly name: string };

/** One cast member's dates as typed: `''` is "no limit". */
export type CastRuleDraft = {
  readonly castNumber: number;
  readonly from: string;
  readonly until: string;
  readonly blocked: readonly string[];
};

/** When a set's shooting location can be used, as typed: `''` is "no limit". */
export type SetWindowDraft = {
  readonly set: string;
  readonly from: string;
  readonly until: string;
};

/**
 * The schedule settings as the coordinator is editing them: numbers as typed (pages, hours, money), dates as
 * `YYYY-MM-DD` or `''`. Saving turns the whole draft into one PUT of the settings.
 */
export type SettingsDraft = {
  readonly firstShootDay: string;
  readonly workingWeekdays: readonly Weekday[];
  readonly holidays: readonly HolidayDraft[];
  readonly daysOff: readonly string[];
  readonly maxPages: string;
  readonly maxHours: string;
  readonly crewCall: string;
  readonly companyMoveCost: string;
  readonly dropPickupAfterDays: string;
  /** Sorted by cast number; a row with nothing in it is dropped on saving. */
  readonly cast: readonly CastRuleDraft[];
  /** Sorted by set; a row with nothing in it is dropped on saving. */
  readonly sets: readonly SetWindowDraft[];
  readonly sceneOrder: readonly (readonly [string, string])[];
  readonly sameDay: readonly (readonly string[])[];
  /** By scene id; `''` (or absent) is the default estimate from the scene's eighths. */
  readonly sceneMinutes: Readonly<Record<string, string>>;
};

export const draftFromSettings = (
  settings: ScheduleSettingsDto,
  currency: string,
): SettingsDraft => ({
  firstShootDay: settings.calendar.firstShootDay,
  workingWeekdays: settings.calendar.workingWeekdays,
  holidays: settings.calendar.holidays,
  daysOff: settings.calendar.daysOff,
  maxPages: formatEighths(settings.maxEighthsPerDay),
  maxHours: settings.maxMinutesPerDay === null ? '' : formatHours(settings.maxMinutesPerDay),
  crewCall: settings.crewCall ?? '',
  companyMoveCost: minorToInput(settings.companyMoveCost, currency),
  dropPickupAfterDays:
    settings.dropPickupAfterDays === null ? '' : String(settings.dropPickupAfterDays),
  cast: settings.castAvailability
    .map((rule) => ({
      castNumber: rule.castNumber,
      from: rule.availableFrom ?? '',
      until: rule.availableUntil ?? '',
      blocked: [...rule.unavailable].sort(),
    }))
    .sort((a, b) => a.castNumber - b.castNumber),
  sets: settings.locationAvailability
    .map((window) => ({
      set: window.set,
      from: window.availableFrom ?? '',
      until: window.availableUntil ?? '',
    }))
    .sort((a, b) => a.set.localeCompare(b.set)),
  sceneOrder: settings.sceneOrder,
  sameDay: settings.sameDay,
  sceneMinutes: Object.fromEntries(
    Object.entries(settings.sceneMinutes).map(([sceneId, minutes]) => [sceneId, String(minutes)]),
  ),
});

const hasCastRule = (rule: CastRuleDraft) =>
  rule.from !== '' || rule.until !== '' || rule.blocked.length > 0;
const hasSetWindow = (window: SetWindowDraft) => window.from !== '' || window.until !== '';

/** The draft without the rows that say nothing, so "typed and cleared again" is not a change. */
const meaningful = (draft: SettingsDraft) => ({
  ...draft,
  cast: draft.cast.filter(hasCastRule),
  sets: draft.sets.filter(hasSetWindow),
  sceneMinutes: Object.fromEntries(
    Object.entries(draft.sceneMinutes)
      .filter(([, minutes]) => minutes.trim() !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  ),
});

/** Whether the draft says something other than `initial` (the indicator of unsaved changes). */
export const draftChanged = (draft: SettingsDraft, initial: SettingsDraft): boolean =>
  JSON.stringify(meaningful(draft)) !== JSON.stringify(meaningful(initial));

/** A cast member's rule replaced by `patch` (added when they had none), keeping the rows in number order. */
export const withCastRule = (
  rules: readonly CastRuleDraft[],
  castNumber: number,
  patch: Partial<Omit<CastRuleDraft, 'castNumber'>>,
): CastRuleDraft[] => {
  const current = rules.find((r) => r.castNumber === castNumber) ?? {
    castNumber,
    from: '',
    until: '',
    blocked: [],
  };
  return [...rules.filter((r) => r.castNumber !== castNumber), { ...current, ...patch }].sort(
    (a, b) => a.castNumber - b.castNumber,
  );
};

/** A set's window replaced by `patch` (added when it had none), keeping the rows in set order. */
export const withSetWindow = (
  windows: readonly SetWindowDraft[],
  set: string,
  patch: Partial<Omit<SetWindowDraft, 'set'>>,
): SetWindowDraft[] => {
  const current = windows.find((w) => w.set === set) ?? { set, from: '', until: '' };
  return [...windows.filter((w) => w.set !== set), { ...current, ...patch }].sort((a, b) =>
    a.set.localeCompare(b.set),
  );
};

/** How the form names a cast member or a scene in its messages. */
export type DraftNames = {
  readonly castName: (castNumber: number) => string;
  readonly sceneNumber: (sceneId: string) => string;
};

export type BuiltSettings =
  | { readonly ok: true; readonly body: UpdateScheduleSettingsRequest }
  | { readonly ok: false; readonly errors: readonly string[] };

const DROP_DAYS = /^\d{1,3}$/;
const WHOLE_MINUTES = /^\d{1,4}$/;
const CREW_CALL = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The whole settings to PUT, or what to fix first, in words. `version` is sent when the production's settings
 * were saved before (a stale one answers 409); every rule goes along, so saving one section keeps the others.
 */
export const buildSettingsRequest = (
  draft: SettingsDraft,
  currency: string,
  version: number | null,
  names: DraftNames,
): BuiltSettings => {
  const errors: string[] = [];
  if (draft.firstShootDay === '') errors.push('Pick the first shoot day');
  if (draft.workingWeekdays.length === 0) errors.push('The company works at least one day a week');

  const eighths = parseEighths(draft.maxPages);
  if (eighths === null || eighths < 1 || eighths > 400)
    errors.push('Most pages a day: write it like 5 or 4 6/8');

  const minutes = draft.maxHours.trim() === '' ? null : parseHours(draft.maxHours);
  if (minutes !== null && (minutes < 30 || minutes > 24 * 60))
    errors.push('Most hours a day: between 30 minutes and 24 hours');
  else if (minutes === null && draft.maxHours.trim() !== '')
    errors.push('Most hours a day: write it like 10 or 9 h 30 min, or leave it blank');

  if (draft.crewCall !== '' && !CREW_CALL.test(draft.crewCall))
    errors.push('Crew call: a time of day like 07:00');

  const cost =
    draft.companyMoveCost.trim() === ''
      ? ({ ok: true, value: 0 } as const)
      : parseMoney(draft.companyMoveCost, currency);
  if (!cost.ok) errors.push(`Company move cost: ${cost.error}`);

  const drop = draft.dropPickupAfterDays.trim();
  if (drop !== '' && (!DROP_DAYS.test(drop) || Number(drop) > 365))
    errors.push('Drop and pick up after: a number of days from 0 to 365, or blank');

  const cast = draft.cast.filter(hasCastRule);
  for (const rule of cast) {
    if (rule.from !== '' && rule.until !== '' && rule.from > rule.until)
      errors.push(`${names.castName(rule.castNumber)}: the start date is after the drop date`);
  }
  const sets = draft.sets.filter(hasSetWindow);
  for (const window of sets) {
    if (window.from !== '' && window.until !== '' && window.from > window.until)
      errors.push(`${window.set}: the first day is after the last day`);
  }

  const sceneMinutes: Record<string, number> = {};
  for (const [sceneId, typed] of Object.entries(draft.sceneMinutes)) {
    const text = typed.trim();
    if (text === '') continue;
    const value = Number(text);
    if (!WHOLE_MINUTES.test(text) || value < 1 || value > 24 * 60)
      errors.push(
        `Scene ${names.sceneNumber(sceneId)}: the estimate is whole minutes, from 1 to 1440`,
      );
    else sceneMinutes[sceneId] = value;
  }

  if (errors.length > 0 || eighths === null || !cost.ok) return { ok: false, errors };
  return {
    ok: true,
    body: {
      calendar: {
        firstShootDay: draft.firstShootDay,
        workingWeekdays: [...draft.workingWeekdays],
        holidays: draft.holidays.map((h) => ({ ...h })),
        daysOff: [...draft.daysOff],
      },
      maxEighthsPerDay: eighths,
      companyMoveCost: cost.value,
      dropPickupAfterDays: drop === '' ? null : Number(drop),
      sceneOrder: draft.sceneOrder.map(([before, after]): [string, string] => [before, after]),
      castAvailability: cast.map((rule) => ({
        castNumber: rule.castNumber,
        availableFrom: rule.from === '' ? null : rule.from,
        availableUntil: rule.until === '' ? null : rule.until,
        unavailable: [...rule.blocked],
      })),
      locationAvailability: sets.map((window) => ({
        set: window.set,
        availableFrom: window.from === '' ? null : window.from,
        availableUntil: window.until === '' ? null : window.until,
      })),
      sameDay: draft.sameDay.map((group) => [...group]),
      maxMinutesPerDay: minutes,
      sceneMinutes,
      crewCall: draft.crewCall === '' ? null : draft.crewCall,
      ...(version === null ? {} : { version }),
    },
  };
};
