import type {
  ScheduleSettingsDto,
  UpdateCastDetailsRequest,
  UpdateScheduleSettingsRequest,
} from '@greenlight/contract';
import {
  DomainError,
  formatEighths,
  type ProductionId,
  type ScheduleSettings,
} from '@greenlight/domain';
import { toScheduleSettings } from './apply-schedule-effect.js';
import { loadScheduleData, settingsOrDefault, type ScheduleData } from './load-schedule.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, readOnly, todayFor, type ServiceContext } from './service-context.js';

// The production's schedule settings (calendar and rules) and what the schedule knows about the cast.

export const scheduleSettings = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<ScheduleSettingsDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const settings = await settingsOrDefault(repos, productionId, todayFor(context.deps, production));
  return toSettingsDto(settings);
};

const toSettingsDto = (settings: ScheduleSettings & { saved: boolean }): ScheduleSettingsDto => ({
  calendar: {
    firstShootDay: settings.calendar.firstShootDay,
    workingWeekdays: [...settings.calendar.workingWeekdays],
    holidays: settings.calendar.holidays.map((h) => ({ ...h })),
    daysOff: [...settings.calendar.daysOff],
  },
  maxEighthsPerDay: settings.maxEighthsPerDay,
  companyMoveCost: settings.companyMoveCost,
  dropPickupAfterDays: settings.dropPickupAfterDays,
  sceneOrder: settings.sceneOrder.map(([a, b]) => [a, b] as [string, string]),
  castAvailability: settings.castAvailability.map((a) => ({
    ...a,
    unavailable: [...a.unavailable],
  })),
  locationAvailability: settings.locationAvailability.map((w) => ({ ...w })),
  sameDay: settings.sameDay.map((group) => [...group]),
  maxMinutesPerDay: settings.maxMinutesPerDay,
  sceneMinutes: { ...settings.sceneMinutes },
  crewCall: settings.crewCall,
  version: settings.version,
  saved: settings.saved,
});

export const updateScheduleSettings = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: UpdateScheduleSettingsRequest,
): Promise<TakeActionResult> => {
  const { version, ...settings } = input;
  // Checked before the action is decided, so a bad calendar is a 400 and nothing is recorded.
  toScheduleSettings(settings);
  return takeAction(context, {
    productionId,
    action: 'schedule.edit',
    summary: `Set the shoot calendar: first shoot day ${settings.calendar.firstShootDay}, ${formatEighths(settings.maxEighthsPerDay)} pages a day at most`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'save-schedule-settings' as const,
        settings,
        version: version ?? null,
      }),
  });
};

export const updateCastDetails = async (
  context: ServiceContext,
  productionId: ProductionId,
  elementId: string,
  input: UpdateCastDetailsRequest,
): Promise<TakeActionResult> => {
  const data = await mustHaveSchedule(context, productionId);
  const member = mustFind(
    data.breakdown.elements.find((e) => e.id === elementId && e.category === 'cast'),
    'cast member',
  );
  return takeAction(context, {
    productionId,
    action: 'schedule.edit',
    summary: `${member.name}: ${input.dailyRate === undefined ? 'who plays them' : 'daily rate'}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'set-cast-details' as const,
        elementId: member.id,
        ...(input.dailyRate === undefined ? {} : { dailyRate: input.dailyRate }),
        ...(input.personId === undefined ? {} : { personId: input.personId }),
      }),
  });
};

const mustHaveSchedule = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<ScheduleData> => {
  const data = await loadScheduleData(readOnly(context.deps), productionId);
  if (data === null) {
    throw new DomainError(
      'not-found',
      'The production has no script yet: import a draft first, the board is made from its scenes',
    );
  }
  return data;
};
