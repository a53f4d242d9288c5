import type { ProductionId } from '@greenlight/domain';
import { layoutStripboard } from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { boardScenes, loadScheduleData, settingsOrDefault } from './load-schedule.js';
import { mustFind, readOnly, todayFor } from './service-context.js';

/**
 * A board laid out on the production's calendar, with what was read to do it: the day out of days and the
 * calendar feeds both start here.
 */
export const loadBoardLayout = async (
  deps: ServerDeps,
  productionId: ProductionId,
  boardId: string,
) => {
  const repos = readOnly(deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const settings = await settingsOrDefault(repos, productionId, todayFor(deps, production));
  const board = mustFind(await repos.schedule.getBoard(productionId, boardId), 'board');
  const data = await loadScheduleData(repos, productionId);
  const scenes = data === null ? [] : boardScenes(data);
  const layout = layoutStripboard(board.strips, scenes, settings.calendar);
  return { production, settings, board, layout, cast: data?.cast ?? [], data };
};

/** The main unit's shooting board (what the calendars follow), or null while there is none. */
export const findShootingBoardId = async (
  deps: ServerDeps,
  productionId: ProductionId,
): Promise<string | null> => {
  const boards = await readOnly(deps).schedule.listBoards(productionId);
  const board =
    boards.find((b) => b.kind === 'shooting' && b.unit === 'main') ??
    boards.find((b) => b.kind === 'shooting');
  return board?.id ?? null;
};
