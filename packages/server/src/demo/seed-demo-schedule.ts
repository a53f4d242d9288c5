import type { ProductionId, Role } from '@greenlight/domain';
import { DomainError } from '@greenlight/domain';
import { decideApproval } from '../services/approvals-service.js';
import { loadScheduleData } from '../services/load-schedule.js';
import { createBoard, updateBoard } from '../services/schedule-service.js';
import {
  updateCastDetails,
  updateScheduleSettings,
} from '../services/schedule-settings-service.js';
import { readOnly, type ServiceContext } from '../services/service-context.js';
import type { TakeActionResult } from '../services/take-action.js';

// Daily rates (whole dollars) by cast name: what a hold day costs the demo.
const RATES: Readonly<Record<string, number>> = {
  MARGOT: 1_500,
  TOMAS: 1_200,
  PIET: 800,
  ELENA: 900,
  KAI: 650,
};

const boardIdOf = (result: TakeActionResult): string => {
  const value = result.outcome === 'allowed' ? result.result : null;
  const id =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Readonly<Record<string, unknown>>)['boardId']
      : null;
  if (typeof id !== 'string') throw new DomainError('internal', 'The demo board was not made');
  return id;
};

/**
 * The demo's schedule: the UPM sets the calendar (a January shoot, Monday to Friday, over a public holiday),
 * the line producer prices the cast, makes the shooting board from the script and a what-if copy, and
 * asks to lock the shooting board, which the UPM approves.
 */
export const seedDemoSchedule = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
): Promise<void> => {
  const upm = as('unit-production-manager');
  const lp = as('line-producer');
  await updateScheduleSettings(upm, productionId, {
    calendar: {
      firstShootDay: '2027-01-14',
      workingWeekdays: [1, 2, 3, 4, 5],
      holidays: [{ date: '2027-01-18', name: 'Martin Luther King Jr. Day' }],
      daysOff: [],
    },
    maxEighthsPerDay: 4,
    companyMoveCost: 250_000,
    dropPickupAfterDays: 10,
    sceneOrder: [],
    castAvailability: [
      // Elena's actor is on another job until the Tuesday after the holiday.
      { castNumber: 5, availableFrom: '2027-01-19', availableUntil: null, unavailable: [] },
    ],
    locationAvailability: [
      { set: 'HARBOUR OFFICE', availableFrom: null, availableUntil: '2027-01-22' },
    ],
    sameDay: [],
    maxMinutesPerDay: 600,
    sceneMinutes: {},
    crewCall: '07:00',
  });
  const data = await loadScheduleData(readOnly(lp.deps), productionId);
  for (const member of data?.cast ?? []) {
    const dollars = RATES[member.name];
    if (dollars !== undefined) {
      await updateCastDetails(lp, productionId, member.elementId, { dailyRate: dollars * 100 });
    }
  }
  const shooting = boardIdOf(
    await createBoard(lp, productionId, { name: 'Shooting board', kind: 'shooting', unit: 'main' }),
  );
  await createBoard(lp, productionId, {
    name: 'What-if: sea scenes first',
    kind: 'what-if',
    unit: 'main',
    copyFrom: shooting,
  });
  const board = await readOnly(lp.deps).schedule.getBoard(productionId, shooting);
  const lock = await updateBoard(
    lp,
    productionId,
    shooting,
    { version: board?.version ?? 1, locked: true },
    (action) => action,
  );
  if (lock.outcome === 'approval-requested') {
    await decideApproval(upm, lock.request.id, 'approve', { note: 'Locked for the call sheets' });
  }
};
