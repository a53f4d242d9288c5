import type { DayOutOfDaysDto } from '@greenlight/contract';
import {
  buildDayOutOfDays,
  buildDayOutOfDaysReport,
  buildDayOutOfDaysTable,
  buildICalendar,
  doodDayLabel,
  doodShootDaysFromLayout,
  DomainError,
  layoutStripboard,
  personShootDayEvents,
  shootDayEvents,
  type DayOutOfDays,
  type ProductionId,
  type StripboardLayout,
} from '@greenlight/domain';
import { renderReportPdf } from '@greenlight/pdf';
import { writeCsv, writeXlsx } from '@greenlight/spreadsheet';
import { boardScenes, loadScheduleData, settingsOrDefault } from './load-schedule.js';
import { mustFind, personOf, readOnly, todayFor, type ServiceContext } from './service-context.js';

/** A board laid out on the calendar with the day out of days built from it. */
const boardDood = async (context: ServiceContext, productionId: ProductionId, boardId: string) => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const settings = await settingsOrDefault(repos, productionId, todayFor(context.deps, production));
  const board = mustFind(await repos.schedule.getBoard(productionId, boardId), 'board');
  const data = await loadScheduleData(repos, productionId);
  const scenes = data === null ? [] : boardScenes(data);
  const layout = layoutStripboard(board.strips, scenes, settings.calendar);
  const cast = data?.cast ?? [];
  const dood = buildDayOutOfDays({
    shootDays: doodShootDaysFromLayout(
      layout,
      new Map(cast.map((member) => [member.castNumber, member.elementId])),
    ),
    cast: cast.map((member) => ({
      elementId: member.elementId,
      castNumber: member.castNumber,
      name: member.name,
      options: { dropPickupAfterDays: settings.dropPickupAfterDays },
    })),
    calendar: settings.calendar,
  });
  return { production, board, layout, dood, cast, data };
};

const toDto = (boardId: string, dood: DayOutOfDays): DayOutOfDaysDto => ({
  boardId,
  days: dood.days.map((day) => ({
    date: day.date,
    weekday: day.weekday,
    kind: day.kind,
    dayNumber: day.kind === 'shoot' ? day.dayNumber : null,
    label: doodDayLabel(day),
  })),
  shootDayCount: dood.shootDayCount,
  rows: dood.rows.map((row) => ({
    ...row,
    cells: [...row.cells],
    totals: { ...row.totals },
  })),
});

export const dayOutOfDays = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
): Promise<DayOutOfDaysDto> => {
  const { dood } = await boardDood(context, productionId, boardId);
  return toDto(boardId, dood);
};

export const dayOutOfDaysCsv = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
): Promise<Uint8Array> => {
  const { dood } = await boardDood(context, productionId, boardId);
  return new TextEncoder().encode(writeCsv(buildDayOutOfDaysTable(dood)));
};

export const dayOutOfDaysXlsx = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
): Promise<Uint8Array> => {
  const { dood } = await boardDood(context, productionId, boardId);
  return writeXlsx([buildDayOutOfDaysTable(dood)]);
};

export const dayOutOfDaysPdf = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
): Promise<Uint8Array> => {
  const { dood, production } = await boardDood(context, productionId, boardId);
  return renderReportPdf(
    buildDayOutOfDaysReport(dood, {
      productionTitle: production.title,
      generatedAt: context.deps.clock.now(),
      timeZone: production.timeZone,
    }),
  );
};

/** The main unit's shooting board: what the calendars follow. */
const shootingBoardId = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<string> => {
  const boards = await readOnly(context.deps).schedule.listBoards(productionId);
  const board =
    boards.find((b) => b.kind === 'shooting' && b.unit === 'main') ??
    boards.find((b) => b.kind === 'shooting');
  if (board === undefined) {
    throw new DomainError(
      'not-found',
      'The production has no shooting board yet: make one on the Schedule tab first',
    );
  }
  return board.id;
};

const scenesOfDay = (layout: StripboardLayout) =>
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

export const shootCalendarIcs = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> => {
  const boardId = await shootingBoardId(context, productionId);
  const { production, layout } = await boardDood(context, productionId, boardId);
  const days = scenesOfDay(layout);
  const text = buildICalendar({
    calendarName: `${production.title}: shoot days`,
    timeZone: production.timeZone,
    productId: '-//Greenlight//Greenlight 0.1//EN',
    stamp: context.deps.clock.now(),
    events: shootDayEvents({
      productionId,
      totalDays: days.length,
      days: days.map((day) => ({
        dayNumber: day.dayNumber,
        date: day.date,
        sceneNumbers: day.sceneNumbers,
        ...(day.sets[0] === undefined ? {} : { location: day.sets.join(', ') }),
      })),
    }),
  });
  return new TextEncoder().encode(text);
};

/**
 * The caller's own calendar: the days their cast member works when they play one (linked on the cast
 * list), every shoot day otherwise (crew work the whole schedule).
 */
export const myCalendarIcs = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> => {
  const boardId = await shootingBoardId(context, productionId);
  const { production, layout, cast } = await boardDood(context, productionId, boardId);
  const me = personOf(context);
  const playing = cast.filter((member) => member.details?.personId === me);
  const numbers = new Set(playing.map((member) => member.castNumber));
  const all = scenesOfDay(layout);
  const days =
    playing.length === 0 ? all : all.filter((day) => day.castNumbers.some((n) => numbers.has(n)));
  const text = buildICalendar({
    calendarName: `${production.title}: my days`,
    timeZone: production.timeZone,
    productId: '-//Greenlight//Greenlight 0.1//EN',
    stamp: context.deps.clock.now(),
    events: personShootDayEvents({
      productionId,
      personId: me,
      productionTitle: production.title,
      totalDays: all.length,
      days: days.map((day) => ({
        dayNumber: day.dayNumber,
        date: day.date,
        sceneNumbers: day.sceneNumbers,
      })),
    }),
  });
  return new TextEncoder().encode(text);
};
