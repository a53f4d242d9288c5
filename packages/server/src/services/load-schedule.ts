import type { Repositories } from '@greenlight/db';
import {
  calendarDate,
  DEFAULT_MAX_EIGHTHS_PER_DAY,
  defaultShootCalendar,
  minorUnits,
  type CalendarDate,
  type CastDetails,
  type ProductionId,
  type ScheduleSettings,
  type StripboardScene,
} from '@greenlight/domain';
import { loadBreakdown, type LoadedBreakdown } from './load-breakdown.js';
import { sceneDtos } from './script-service.js';

/** The settings, or the defaults (shooting from `today`, Monday to Friday, five pages a day). */
export const settingsOrDefault = async (
  repos: Repositories,
  productionId: ProductionId,
  today: CalendarDate,
): Promise<ScheduleSettings & { readonly saved: boolean }> => {
  const saved = await repos.schedule.getSettings(productionId);
  if (saved !== null) return { ...saved, saved: true };
  return {
    calendar: defaultShootCalendar(calendarDate(today)),
    maxEighthsPerDay: DEFAULT_MAX_EIGHTHS_PER_DAY,
    companyMoveCost: minorUnits(0),
    dropPickupAfterDays: 10,
    sceneOrder: [],
    castAvailability: [],
    locationAvailability: [],
    sameDay: [],
    maxMinutesPerDay: null,
    sceneMinutes: {},
    crewCall: null,
    version: 0,
    saved: false,
  };
};

/** The script's scenes as a board shows them, and the cast with their numbers, rates and people. */
export type ScheduleData = {
  readonly breakdown: LoadedBreakdown;
  readonly scenes: ReturnType<typeof sceneDtos>;
  readonly cast: readonly {
    readonly elementId: string;
    readonly castNumber: number;
    readonly name: string;
    readonly details: CastDetails | null;
  }[];
};

export const loadScheduleData = async (
  repos: Repositories,
  productionId: ProductionId,
): Promise<ScheduleData | null> => {
  const breakdown = await loadBreakdown(repos, productionId);
  if (breakdown === null) return null;
  const details = await repos.schedule.listCastDetails(breakdown.scriptId);
  const detailsById = new Map(details.map((d) => [d.elementId, d]));
  const cast = breakdown.elements
    .filter((e) => e.category === 'cast' && e.castNumber !== null)
    .map((e) => ({
      elementId: e.id,
      castNumber: e.castNumber ?? 0,
      name: e.name,
      details: detailsById.get(e.id) ?? null,
    }))
    .sort((a, b) => a.castNumber - b.castNumber);
  return { breakdown, scenes: sceneDtos(breakdown), cast };
};

/** The script's scenes as a board sees them; day or night as resolved over the script (CONTINUOUS…). */
export const boardScenes = (data: ScheduleData): StripboardScene[] =>
  data.scenes.map((scene) => ({
    id: scene.id,
    number: scene.number,
    eighths: scene.eighths,
    castNumbers: scene.castNumbers,
    set: scene.set,
    intExt: scene.intExt,
    time: scene.dayNight,
  }));
