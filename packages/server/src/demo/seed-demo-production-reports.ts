import type { ProductionReportEntryDto } from '@greenlight/contract';
import { DomainError, type ProductionId, type Role } from '@greenlight/domain';
import type { TakeActionResult } from '../services/take-action.js';
import { loadCallSheetSchedule } from '../services/load-call-sheet.js';
import { entryOf, loadProductionReportDay } from '../services/load-production-report.js';
import {
  saveProductionReport,
  stepProductionReport,
} from '../services/production-report-service.js';
import type { ServiceContext } from '../services/service-context.js';

/** Minutes after midnight as HH:MM. */
const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const done = (outcome: TakeActionResult, what: string): void => {
  if (outcome.outcome !== 'allowed')
    throw new DomainError('internal', `The demo could not ${what}`);
};

/**
 * Day 1's production report, as the line producer filled it in after wrap and the UPM signed it: every
 * scene shot but the last, which was part shot when the light went (so the unit ends the day behind), the
 * cast's times, crew counts from the call sheet, a rain delay and a minor incident.
 */
export const seedDemoProductionReports = async (
  as: (role: Role) => ServiceContext,
  productionId: ProductionId,
): Promise<void> => {
  const lp = as('line-producer');
  const schedule = await loadCallSheetSchedule(lp, productionId);
  const date = schedule.shootDays.find((d) => d.dayNumber === 1)?.date;
  if (date === undefined) throw new DomainError('internal', 'The demo board has no day 1');
  const loaded = await loadProductionReportDay(lp, productionId, date);
  const start = entryOf(loaded);
  const last = loaded.sheet.scenes.length - 1;
  const entry: ProductionReportEntryDto = {
    times: {
      crewCall: '07:00',
      firstShot: '08:20',
      firstMealOut: '13:00',
      firstMealIn: '13:30',
      secondMealOut: null,
      secondMealIn: null,
      cameraWrap: '19:10',
      companyWrap: '20:05',
    },
    scenes: loaded.sheet.scenes.map((scene, i) => {
      const partly = i === last && scene.eighths > 1;
      return {
        sceneId: scene.sceneId,
        status: partly ? 'part-shot' : 'completed',
        eighthsShot: partly ? Math.floor(scene.eighths / 2) : scene.eighths,
        // About a minute a page, as the script supervisor timed it.
        secondsShot: Math.round(((partly ? scene.eighths / 2 : scene.eighths) * 60) / 8) + 5 * i,
        setups: 3 + (i % 3),
        retakes: i === 0 ? 1 : 0,
      };
    }),
    // Arrivals and make-up every quarter hour from 06:10, all before the shooting call.
    cast: loaded.sheet.cast.map((member, n) => {
      const i = Math.min(n, 6);
      return {
        castNumber: member.castNumber,
        pickup: i === 0 ? '05:45' : null,
        arrived: clock(6 * 60 + 10 + i * 15),
        makeup: clock(6 * 60 + 15 + i * 15),
        onSet: member.onSet,
        firstMealOut: '13:00',
        firstMealIn: '13:30',
        secondMealOut: null,
        secondMealIn: null,
        wrap: clock(18 * 60 + 30 + i * 10),
        returned: i === 0 ? clock(19 * 60 + 15) : null,
      };
    }),
    crew: start.crew.map((c) => ({ ...c })),
    background: start.background,
    cameraRolls: 'A001–A006, B001–B003',
    soundRolls: 'S001–S002',
    delays: [
      { minutes: 25, reason: 'Rain shower on the quay: covered the camera and waited it out' },
    ],
    incidents: [
      {
        time: '15:40',
        description: 'Grip slipped on the wet apron; first aid on set, back at work in ten minutes',
      },
    ],
    notes: 'Lost the light on the last scene: its remainder is carried to day 2.',
  };
  done(await saveProductionReport(lp, productionId, date, { version: 0, entry }), 'save day 1');
  done(
    await stepProductionReport(lp, productionId, date, 'submit', { version: 1 }),
    'submit day 1',
  );
  done(
    await stepProductionReport(as('unit-production-manager'), productionId, date, 'sign', {
      version: 2,
    }),
    'sign day 1',
  );
};
