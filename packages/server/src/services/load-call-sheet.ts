import {
  buildCallSheet,
  DomainError,
  formatCalendarDate,
  type CalendarDate,
  type CallSheet,
  type CallSheetDetails,
  type ProductionId,
  type StripboardShootDay,
} from '@greenlight/domain';
import { boardDood } from './day-out-of-days-service.js';
import { findShootingBoardId } from './load-board-layout.js';
import { readOnly, type ServiceContext } from './service-context.js';

/** The details of a day nobody has prepared yet: the schedule's usual crew call and nothing else. */
export const defaultCallSheetDetails = (crewCall: string | null): CallSheetDetails => ({
  generalCrewCall: crewCall ?? '07:00',
  shootingCall: null,
  weather: '',
  locations: [],
  nearestHospital: null,
  castCalls: [],
  background: [],
  crewCalls: [],
  notes: '',
  safety: '',
});

/**
 * The main unit's shooting board laid out on the calendar, with its day out of days, the scenes'
 * descriptions and who plays each cast member: everything a call sheet takes from the schedule. Reads outside
 * any transaction (on PGlite a read on the database waits for an open transaction): load before deciding.
 */
export const loadCallSheetSchedule = async (
  context: Pick<ServiceContext, 'deps'>,
  productionId: ProductionId,
) => {
  const boardId = await findShootingBoardId(context.deps, productionId);
  if (boardId === null)
    throw new DomainError(
      'not-found',
      'The production has no shooting board yet: call sheets are built from it',
    );
  const loaded = await boardDood(context, productionId, boardId);
  const repos = readOnly(context.deps);
  const names = new Map<string, string>(
    (await repos.people.listByProduction(productionId)).map((p) => [p.id, p.name]),
  );
  // A performer need not be on the production's team (cast are often engaged through agents).
  for (const member of loaded.cast) {
    const personId = member.details?.personId ?? null;
    if (personId !== null && !names.has(personId)) {
      const person = await repos.people.get(personId);
      if (person !== null) names.set(person.id, person.name);
    }
  }
  const descriptions: Record<string, string> = {};
  for (const scene of loaded.data?.scenes ?? [])
    if (scene.synopsis !== null) descriptions[scene.id] = scene.synopsis;
  const shootDays = loaded.layout.days.filter((d): d is StripboardShootDay => d.kind === 'shoot');
  return { ...loaded, boardId, names, descriptions, shootDays };
};

export type CallSheetSchedule = Awaited<ReturnType<typeof loadCallSheetSchedule>>;

/** The shoot day on `date`, or a 404 saying what that date is instead. */
export const shootDayOn = (schedule: CallSheetSchedule, date: CalendarDate): StripboardShootDay => {
  const day = schedule.shootDays.find((d) => d.date === date);
  if (day !== undefined) return day;
  const off = schedule.layout.days.find((d) => d.kind === 'off' && d.date === date);
  throw new DomainError(
    'not-found',
    off !== undefined && off.kind === 'off'
      ? `${formatCalendarDate(date)} is not a shoot day on the shooting board (${off.reason})`
      : `${formatCalendarDate(date)} is not a shoot day on the shooting board`,
  );
};

/** The call sheet of the shoot day on `date` with these details, as it would be printed now. */
export const buildDaySheet = (
  schedule: CallSheetSchedule,
  date: CalendarDate,
  details: CallSheetDetails,
): CallSheet =>
  buildCallSheet({
    productionTitle: schedule.production.title,
    timeZone: schedule.production.timeZone,
    layout: schedule.layout,
    dood: schedule.dood,
    dayNumber: shootDayOn(schedule, date).dayNumber,
    descriptions: schedule.descriptions,
    cast: schedule.cast.map((member) => {
      const personId = member.details?.personId ?? null;
      return {
        castNumber: member.castNumber,
        character: member.name,
        performer: personId === null ? null : (schedule.names.get(personId) ?? null),
      };
    }),
    details,
  });
