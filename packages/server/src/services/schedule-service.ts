import { performance } from 'node:perf_hooks';
import type {
  BoardDayDto,
  BoardDto,
  BoardSummaryDto,
  CreateBoardRequest,
  OptimizeBoardResponseDto,
  ScheduleExplanationDto,
  ScheduleSettingsDto,
  StripDto,
  UpdateBoardRequest,
  UpdateCastDetailsRequest,
  UpdateScheduleSettingsRequest,
} from '@greenlight/contract';
import {
  boardSchedulingProblem,
  checkBoard,
  compareSchedules,
  DomainError,
  explainSchedule,
  formatEighths,
  layoutStripboard,
  packIntoDays,
  solveSchedule,
  stripColour,
  type ActionId,
  type IdGenerator,
  type ProductionId,
  type ScheduleExplanation,
  type ScheduleSettings,
  type Strip,
  type StripboardLayout,
  type StripboardRecord,
  type StripboardScene,
} from '@greenlight/domain';
import { toScheduleSettings } from './apply-schedule-effect.js';
import { loadScheduleData, settingsOrDefault, type ScheduleData } from './load-schedule.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, personOf, readOnly, todayFor, type ServiceContext } from './service-context.js';

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

/** The board's view of the scenes, and the layout of a board over the calendar. */
const boardScenes = (data: ScheduleData): StripboardScene[] =>
  data.scenes.map((scene) => ({
    id: scene.id,
    number: scene.number,
    eighths: scene.eighths,
    castNumbers: scene.castNumbers,
    set: scene.set,
    intExt: scene.intExt,
    time: scene.dayNight,
  }));

const castOf = (data: ScheduleData) =>
  data.cast.map((member) => ({
    castNumber: member.castNumber,
    name: member.name,
    dailyRate: member.details?.dailyRate ?? 0,
  }));

const daysOf = (layout: StripboardLayout, maxEighthsPerDay: number): BoardDayDto[] =>
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

const context3 = async (context: ServiceContext, productionId: ProductionId) => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const settings = await settingsOrDefault(repos, productionId, todayFor(context.deps, production));
  const data = await loadScheduleData(repos, productionId);
  return { repos, production, settings, data };
};

export const listBoards = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<{ boards: BoardSummaryDto[] }> => {
  const { repos, settings, data } = await context3(context, productionId);
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
  const { repos, production, settings, data } = await context3(context, productionId);
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
        label: `${scene.dayNight === 'night' ? 'Night' : 'Day'} ${scene.intExt === 'EXT' || scene.intExt === 'INT/EXT' ? 'exterior' : 'interior'}`,
        colour: stripColour(scene.intExt, scene.dayNight).hex,
      },
    })),
    days: daysOf(layout, settings.maxEighthsPerDay),
    unscheduled: {
      sceneIds: layout.unscheduled.scenes.map((s) => s.id),
      eighths: layout.unscheduled.eighths,
    },
    conflicts: checkBoard(layout, {
      maxEighthsPerDay: settings.maxEighthsPerDay,
      sceneOrder: settings.sceneOrder,
      castAvailability: settings.castAvailability,
      locationAvailability: settings.locationAvailability,
      light: new Map((data?.scenes ?? []).map((scene) => [scene.id, scene.dayNight])),
      castNames: new Map((data?.cast ?? []).map((member) => [member.castNumber, member.name])),
      sceneNumbers: new Map((data?.scenes ?? []).map((scene) => [scene.id, scene.number])),
    }).map((conflict) => ({ ...conflict, sceneIds: [...conflict.sceneIds] })),
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

const toExplanationDto = (explanation: ScheduleExplanation): ScheduleExplanationDto => ({
  ...explanation,
  cast: explanation.cast.map((row) => ({ ...row })),
});

/** Fresh strip ids: strips are identified on the board, not by the scene they carry. */
const stripIds = (ids: IdGenerator): IdGenerator => ({ next: () => ids.next() });

export const createBoard = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: CreateBoardRequest,
): Promise<TakeActionResult> => {
  const { repos, settings, data } = await context3(context, productionId);
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
    strips = packIntoDays(data.scenes, settings.maxEighthsPerDay, stripIds(context.deps.ids));
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
  const { repos, data } = await context3(context, productionId);
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

/**
 * The optimizer on a board: every scene strip in the board's order is the starting point (the solver never
 * returns worse), the order found is packed into days again, banners stay before the scene they preceded
 * and off days after the same day number. Nothing is saved: the answer is a proposal with what it saves,
 * priced on whole shoot days; when re-packing would cost more than the current board, the current board
 * is the proposal.
 */
export const optimizeBoard = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
  input: { readonly timeLimitSeconds: number; readonly seed: number },
): Promise<OptimizeBoardResponseDto> => {
  const { repos, settings, data } = await context3(context, productionId);
  const board = mustFind(await repos.schedule.getBoard(productionId, boardId), 'board');
  if (data === null) throw new DomainError('not-found', 'The production has no script yet');
  const scenes = boardScenes(data);
  const byId = new Map(scenes.map((s) => [s.id, s]));
  const ordered = board.strips.flatMap((s) => {
    const scene = s.kind === 'scene' ? byId.get(s.sceneId) : undefined;
    return scene === undefined ? [] : [scene];
  });
  const cast = castOf(data);
  const problem = boardSchedulingProblem(ordered, cast, {
    companyMoveCost: settings.companyMoveCost,
    order: settings.sceneOrder,
  });
  const result = solveSchedule(problem, {
    seed: input.seed,
    timeLimitMs: input.timeLimitSeconds * 1000,
    clock: () => performance.now(),
    initial: ordered.map((_, index) => index),
  });
  const proposedScenes = result.order.flatMap((index: number) => {
    const scene = ordered[index];
    return scene === undefined ? [] : [scene];
  });
  const repacked = keepNonSceneStrips(
    board.strips,
    packIntoDays(proposedScenes, settings.maxEighthsPerDay, stripIds(context.deps.ids)),
  );
  const beforeLayout = layoutStripboard(board.strips, scenes, settings.calendar);
  const afterLayout = layoutStripboard(repacked, scenes, settings.calendar);
  const before = explainSchedule(beforeLayout, cast);
  const proposedAfter = explainSchedule(afterLayout, cast);
  const better =
    proposedAfter.castCost < before.castCost ||
    (proposedAfter.castCost === before.castCost && proposedAfter.holdDays < before.holdDays);
  const strips = better ? repacked : board.strips;
  const after = better ? proposedAfter : before;
  const comparison = compareSchedules(before, after);
  return {
    boardId: board.id,
    version: board.version,
    strips: strips.map((s) => ({ ...s })),
    days: daysOf(better ? afterLayout : beforeLayout, settings.maxEighthsPerDay),
    optimal: result.optimal,
    elapsedMs: Math.round(result.elapsedMs),
    before: toExplanationDto(before),
    after: toExplanationDto(after),
    castCostSaved: comparison.castCostSaved,
    holdDaysSaved: comparison.holdDaysSaved,
    shootDaysSaved: comparison.shootDaysSaved,
  };
};

/** Puts the old board's banners before the scene they preceded, and its off days after the same day. */
const keepNonSceneStrips = (old: readonly Strip[], packed: readonly Strip[]): Strip[] => {
  const result = [...packed];
  const bannersBefore = new Map<string, Strip[]>();
  const offDays: { afterDay: number; strip: Strip }[] = [];
  let pending: Strip[] = [];
  let dayBreaks = 0;
  for (const strip of old) {
    if (strip.kind === 'banner') pending.push(strip);
    else if (strip.kind === 'scene') {
      if (pending.length > 0) bannersBefore.set(strip.sceneId, pending);
      pending = [];
    } else if (strip.kind === 'day-break') dayBreaks += 1;
    else offDays.push({ afterDay: dayBreaks, strip });
  }
  const withBanners = result.flatMap((strip) =>
    strip.kind === 'scene' ? [...(bannersBefore.get(strip.sceneId) ?? []), strip] : [strip],
  );
  withBanners.push(...pending);
  for (const { afterDay, strip } of offDays.reverse()) {
    let breaks = 0;
    let at = afterDay === 0 ? 0 : withBanners.length;
    for (let index = 0; index < withBanners.length && afterDay > 0; index += 1) {
      if (withBanners[index]?.kind === 'day-break') breaks += 1;
      if (breaks === afterDay) {
        at = index + 1;
        break;
      }
    }
    withBanners.splice(at, 0, strip);
  }
  return withBanners;
};
