import type { DayOutOfDaysDto } from '@greenlight/contract';
import {
  buildDayOutOfDays,
  buildDayOutOfDaysReport,
  buildDayOutOfDaysTable,
  doodDayLabel,
  doodShootDaysFromLayout,
  type DayOutOfDays,
  type ProductionId,
} from '@greenlight/domain';
import { renderReportPdf } from '@greenlight/pdf';
import { writeCsv, writeXlsx } from '@greenlight/spreadsheet';
import { loadBoardLayout } from './load-board-layout.js';
import { personOf, type ServiceContext } from './service-context.js';
import {
  loadShootCalendar,
  personCalendarIcs,
  productionCalendarIcs,
  requireBoard,
} from './shoot-calendar-ics.js';

/** A board laid out on the calendar with the day out of days built from it (call sheets start here too). */
export const boardDood = async (
  context: Pick<ServiceContext, 'deps'>,
  productionId: ProductionId,
  boardId: string,
) => {
  const { production, settings, board, layout, cast, data } = await loadBoardLayout(
    context.deps,
    productionId,
    boardId,
  );
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
  return { production, settings, board, layout, dood, cast, data };
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

/** The main unit's shooting board as an iCalendar file (the same events as the production's feed). */
export const shootCalendarIcs = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> =>
  productionCalendarIcs(
    context.deps,
    requireBoard(await loadShootCalendar(context.deps, productionId)),
  );

/** The caller's own days as an iCalendar file (the same events as their person feed). */
export const myCalendarIcs = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> =>
  personCalendarIcs(
    context.deps,
    requireBoard(await loadShootCalendar(context.deps, productionId)),
    personOf(context),
  );
