import {
  calendarDate,
  DomainError,
  minorUnits,
  setNameOf,
  validateShootCalendar,
  type Instant,
  type JsonValue,
  type PersonId,
  type Production,
  type ScheduleSettings,
  type ShootCalendar,
} from '@greenlight/domain';
import type { UpdateScheduleSettingsRequest } from '@greenlight/contract';
import type { Repositories } from '@greenlight/db';
import type { ActionEffect } from './action-effect.js';

type ScheduleEffect = Extract<
  ActionEffect,
  { kind: 'save-schedule-settings' | 'set-cast-details' | 'create-board' | 'update-board' }
>;

/** The settings as the domain holds them, checked: a calendar the company can shoot on. */
export const toScheduleSettings = (
  input: Omit<UpdateScheduleSettingsRequest, 'version'>,
): Omit<ScheduleSettings, 'version'> => {
  const calendar: ShootCalendar = {
    firstShootDay: calendarDate(input.calendar.firstShootDay),
    workingWeekdays: [...new Set(input.calendar.workingWeekdays)].sort((a, b) => a - b),
    holidays: input.calendar.holidays.map((h) => ({ date: calendarDate(h.date), name: h.name })),
    daysOff: input.calendar.daysOff.map(calendarDate),
  };
  const checked = validateShootCalendar(calendar);
  if (!checked.ok) throw checked.error;
  return {
    calendar: checked.value,
    maxEighthsPerDay: input.maxEighthsPerDay,
    companyMoveCost: minorUnits(input.companyMoveCost),
    dropPickupAfterDays: input.dropPickupAfterDays,
    sceneOrder: input.sceneOrder,
    castAvailability: input.castAvailability.map((a) => ({
      castNumber: a.castNumber,
      availableFrom: a.availableFrom === null ? null : calendarDate(a.availableFrom),
      availableUntil: a.availableUntil === null ? null : calendarDate(a.availableUntil),
      unavailable: a.unavailable.map(calendarDate),
    })),
    locationAvailability: input.locationAvailability.map((w) => ({
      set: setNameOf({ location: w.set }),
      availableFrom: w.availableFrom === null ? null : calendarDate(w.availableFrom),
      availableUntil: w.availableUntil === null ? null : calendarDate(w.availableUntil),
    })),
    sameDay: input.sameDay.map((group) => [...new Set(group)]).filter((group) => group.length > 1),
    maxMinutesPerDay: input.maxMinutesPerDay,
    sceneMinutes: { ...input.sceneMinutes },
    crewCall: input.crewCall,
  };
};

/** Carries out a schedule action, in the caller's transaction. */
export const applyScheduleEffect = async (
  repos: Repositories,
  production: Production,
  effect: ScheduleEffect,
  now: Instant,
): Promise<JsonValue> => {
  switch (effect.kind) {
    case 'save-schedule-settings': {
      const saved = await repos.schedule.saveSettings(
        production.id,
        toScheduleSettings(effect.settings),
        effect.version ?? undefined,
      );
      return { version: saved.version };
    }
    case 'set-cast-details': {
      const scriptId = await repos.scripts.findScriptId(production.id);
      if (scriptId === null) throw new DomainError('not-found', 'The production has no script yet');
      if (effect.personId !== undefined && effect.personId !== null) {
        const onProduction = (await repos.assignments.listByProduction(production.id)).some(
          (a) => a.personId === effect.personId,
        );
        if (!onProduction)
          throw new DomainError('not-found', 'That person is not on the production');
      }
      await repos.schedule.setCastDetails(scriptId, effect.elementId, {
        ...(effect.dailyRate === undefined ? {} : { dailyRate: effect.dailyRate }),
        ...(effect.personId === undefined ? {} : { personId: effect.personId as PersonId | null }),
      });
      return { elementId: effect.elementId };
    }
    case 'create-board': {
      const board = await repos.schedule.createBoard({
        productionId: production.id,
        name: effect.name,
        kind: effect.boardKind,
        unit: effect.unit,
        strips: effect.strips,
        createdBy: effect.createdBy as PersonId,
        now,
      });
      return { boardId: board.id, version: board.version };
    }
    case 'update-board': {
      const board = await repos.schedule.getBoard(production.id, effect.boardId);
      if (board === null) throw new DomainError('not-found', 'No such board');
      const updated = await repos.schedule.updateBoard(
        board.id,
        {
          ...(effect.strips === undefined ? {} : { strips: effect.strips }),
          ...(effect.locked === undefined ? {} : { locked: effect.locked }),
          ...(effect.name === undefined ? {} : { name: effect.name }),
        },
        effect.version,
        now,
      );
      return { boardId: updated.id, version: updated.version, locked: updated.locked };
    }
  }
};
