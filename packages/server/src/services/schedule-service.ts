import type {
  BoardDayDto,
  BoardDto,
  BoardSummaryDto,
  CreateBoardRequest,
  ScheduleExplanationDto,
  StripDto,
  UpdateBoardRequest,
} from '@greenlight/contract';
import {
  checkBoard,
  DomainError,
  explainSchedule,
  formatEighths,
  layoutStripboard,
  packIntoDays,
  STRIP_KIND_LABELS,
  stripColour,
  stripKind,
  type ActionId,
  type BoardRules,
  type ScheduleSettings,
  type ProductionId,
  type ScheduleExplanation,
  type Strip,
  type StripboardLayout,
  type StripboardRecord,
} from '@greenlight/domain';
import {
  boardScenes,
  loadScheduleData,
  settingsOrDefault,
  type ScheduleData,
} from './load-schedule.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, personOf, readOnly, todayFor, type ServiceContext } from './service-context.js';

export const castOf = (data: ScheduleData) =>
  data.cast.map((member) => ({
    castNumber: member.castNumber,
    name: member.name,
    dailyRate: member.details?.dailyRate ?? 0,
  }));

export const daysOf = (layout: StripboardLayout, maxEighthsPerDay: number): BoardDayDto[] =>
  layout.days.map((day) =>
    day.kind === 'shoot'
      ? {
          kind: 'shoot',
          dayNumber: day.dayNumber,
          date: day.date,
          sceneIds: day.scenes.map((s) => s.id),
          banners: [...day.banners],
          eighths: day.eighths,
          pages: formatEighths(day.eighths),
          castNumbers: [...day.castNumbers],
          sets: [...day.sets],
          overLimit: day.eighths > maxEighthsPerDay,
        }
      : { kind: 'off', date: day.date, reason: day.reason, stripId: day.stripId },
  );

const summaryOf = (board: StripboardRecord, layout: StripboardLayout): BoardSummaryDto => ({
  id: board.id,
  name: board.name,
  kind: board.kind,
  unit: board.unit,
  locked: board.locked,
  version: board.version,
  sceneCount: board.strips.filter((s) => s.kind === 'scene').length,
  shootDays: layout.shootDayCount,
  updatedAt: board.updatedAt,
});

/** What every board use case reads: the production, its settings (or the defaults) and the script. */
export const loadScheduleContext = async (context: ServiceContext, productionId: ProductionId) => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const settings = await settingsOrDefault(repos, productionId, todayFor(context.deps, production));
  const data = await loadScheduleData(repos, productionId);
  return { repos, production, settings, data };
};

/** The production's rules as the board checks and the optimizer see them. */
export const boardRulesOf = (
  settings: ScheduleSettings,
  data: ScheduleData | null,
): BoardRules => ({
  maxEighthsPerDay: settings.maxEighthsPerDay,
  sceneOrder: settings.sceneOrder,
  castAvailability: settings.castAvailability,
  locationAvailability: settings.locationAvailability,
  light: new Map((data?.scenes ?? []).map((scene) => [scene.id, scene.dayNight])),
  castNames: new Map((data?.cast ?? []).map((member) => [member.castNumber, member.name])),
  sceneNumbers: new Map((data?.scenes ?? []).map((scene) => [scene.id, scene.number])),
  sameDay: settings.sameDay,
  maxMinutesPerDay: settings.maxMinutesPerDay,
  sceneMinutes: new Map(Object.entries(settings.sceneMinutes)),
});

export const listBoards = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<{ boards: BoardSummaryDto[] }> => {
  const { repos, settings, data } = await loadScheduleContext(context, productionId);
  const scenes = data === null ? [] : boardScenes(data);
  const boards = await repos.schedule.listBoards(productionId);
  return {
    boards: boards.map((board) =>
      summaryOf(board, layoutStripboard(board.strips, scenes, settings.calendar)),
    ),
  };
};

export const getBoard = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
): Promise<BoardDto> => {
  const { repos, production, settings, data } = await loadScheduleContext(context, productionId);
  const board = mustFind(await repos.schedule.getBoard(productionId, boardId), 'board');
  const scenes = data === null ? [] : boardScenes(data);
  const layout = layoutStripboard(board.strips, scenes, settings.calendar);
  const onBoard = new Set(board.strips.flatMap((s) => (s.kind === 'scene' ? [s.sceneId] : [])));
  return {
    ...summaryOf(board, layout),
    strips: board.strips.map((s) => ({ ...s })),
    scenes: (data?.scenes ?? []).map((scene) => ({
      id: scene.id,
      number: scene.number,
      heading: scene.heading,
      intExt: scene.intExt,
      set: scene.set,
      time: scene.time,
      dayNight: scene.dayNight,
      eighths: scene.eighths,
      pages: scene.pages,
      castNumbers: scene.castNumbers,
      synopsis: scene.synopsis,
      shootingLocation: scene.shootingLocation,
      stripColour: {
        label: STRIP_KIND_LABELS[stripKind(scene.intExt, scene.dayNight)],
        colour: stripColour(scene.intExt, scene.dayNight).hex,
      },
    })),
    days: daysOf(layout, settings.maxEighthsPerDay),
    unscheduled: {
      sceneIds: layout.unscheduled.scenes.map((s) => s.id),
      eighths: layout.unscheduled.eighths,
    },
    conflicts: checkBoard(layout, boardRulesOf(settings, data)).map((conflict) => ({
      ...conflict,
      sceneIds: [...conflict.sceneIds],
    })),
    missingSceneIds: (data?.scenes ?? []).filter((s) => !onBoard.has(s.id)).map((s) => s.id),
    unknownSceneIds: [...layout.unknownSceneIds],
    explanation: toExplanationDto(
      data === null ? emptyExplanation() : explainSchedule(layout, castOf(data)),
    ),
    maxEighthsPerDay: settings.maxEighthsPerDay,
    currency: production.currency,
  };
};

const emptyExplanation = (): ScheduleExplanation => ({
  cast: [],
  shootDays: 0,
  workDays: 0,
  holdDays: 0,
  castCost: 0,
});

export const toExplanationDto = (explanation: ScheduleExplanation): ScheduleExplanationDto => ({
  ...explanation,
  cast: explanation.cast.map((row) => ({ ...row })),
});

export const createBoard = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: CreateBoardRequest,
): Promise<TakeActionResult> => {
  const { repos, settings, data } = await loadScheduleContext(context, productionId);
  const unit = input.unit ?? 'main';
  let strips: Strip[];
  if (input.copyFrom !== undefined) {
    const source = mustFind(await repos.schedule.getBoard(productionId, input.copyFrom), 'board');
    strips = source.strips.map((s) => ({ ...s, id: context.deps.ids.next() }));
  } else {
    if (data === null) {
      throw new DomainError(
        'not-found',
        'The production has no script yet: import a draft first, the board is made from its scenes',
      );
    }
    strips = packIntoDays(data.scenes, settings.maxEighthsPerDay, context.deps.ids);
  }
  return takeAction(context, {
    productionId,
    action: 'schedule.edit',
    summary: `Make the ${input.kind === 'shooting' ? 'shooting board' : 'what-if board'} “${input.name}” (${unit} unit)`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'create-board' as const,
        name: input.name,
        boardKind: input.kind,
        unit,
        strips,
        createdBy: personOf(context),
      }),
  });
};

/**
 * Saves a board's strips, name or lock. A locked board — and locking or unlocking one — goes through
 * `schedule.change-locked-board` (by default the UPM signs it off); a what-if board through `schedule.edit`.
 * The strips must name each scene of the current draft at most once; scenes a revision omitted may stay.
 */
export const updateBoard = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
  input: UpdateBoardRequest,
  declare: (action: ActionId) => ActionId,
): Promise<TakeActionResult> => {
  const { repos, data } = await loadScheduleContext(context, productionId);
  const board = mustFind(await repos.schedule.getBoard(productionId, boardId), 'board');
  if (input.strips !== undefined) checkStrips(input.strips, board, data);
  const action = declare(
    board.locked || input.locked !== undefined ? 'schedule.change-locked-board' : 'schedule.edit',
  );
  const what = [
    input.strips === undefined ? null : 'reorder the strips',
    input.locked === undefined ? null : input.locked ? 'lock it' : 'unlock it',
    input.name === undefined ? null : `rename it “${input.name}”`,
  ].filter((w): w is string => w !== null);
  return takeAction(context, {
    productionId,
    action,
    summary: `${board.name}: ${what.join(', ')}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'update-board' as const,
        boardId: board.id,
        version: input.version,
        ...(input.strips === undefined ? {} : { strips: input.strips }),
        ...(input.locked === undefined ? {} : { locked: input.locked }),
        ...(input.name === undefined ? {} : { name: input.name }),
      }),
  });
};

const checkStrips = (
  strips: readonly StripDto[],
  board: StripboardRecord,
  data: ScheduleData | null,
): void => {
  const ids = new Set<string>();
  const scenes = new Set<string>();
  const known = new Set([
    ...(data?.scenes ?? []).map((s) => s.id),
    ...board.strips.flatMap((s) => (s.kind === 'scene' ? [s.sceneId] : [])),
  ]);
  for (const strip of strips) {
    if (ids.has(strip.id)) {
      throw new DomainError('validation', `Two strips share the id ${strip.id}`, {
        field: 'strips',
      });
    }
    ids.add(strip.id);
    if (strip.kind !== 'scene') continue;
    if (scenes.has(strip.sceneId)) {
      throw new DomainError('validation', 'A scene is on the board twice', { field: 'strips' });
    }
    if (!known.has(strip.sceneId)) {
      throw new DomainError('validation', 'A strip names a scene the script does not have', {
        field: 'strips',
      });
    }
    scenes.add(strip.sceneId);
  }
};
