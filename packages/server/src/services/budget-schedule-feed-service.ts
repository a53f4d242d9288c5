import type { ApplyScheduleFeedRequest, ScheduleFeedDto } from '@greenlight/contract';
import {
  DomainError,
  explainSchedule,
  scheduleFactsFromExplanation,
  scheduleFeed,
  type ProductionId,
  type ScheduleFeed,
} from '@greenlight/domain';
import type { BudgetVersionRecord } from '@greenlight/db';
import { noteBaseBudget, rememberProducedBudget } from './budget-cache.js';
import { departmentOfAccounts } from './budget-lines-service.js';
import { findShootingBoardId, loadBoardLayout } from './load-board-layout.js';
import {
  loadComputedBudget,
  mustBeAtRevision,
  mustBeEditable,
  mustFindVersion,
} from './load-budget.js';
import { castOf } from './schedule-service.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { readOnly, type ServiceContext } from './service-context.js';

/**
 * What the main unit's shooting board says now (shoot days, each cast member's work and hold days, from the
 * board laid out on the production's calendar) against what a budget version assumes.
 */
const feedFor = async (context: ServiceContext, productionId: ProductionId, versionId: string) => {
  const { deps } = context;
  const repos = readOnly(deps);
  const version = await mustFindVersion(repos, productionId, versionId);
  const boardId = await findShootingBoardId(deps, productionId);
  if (boardId === null) {
    throw new DomainError(
      'not-found',
      'The production has no shooting board yet: the budget follows the main unit’s shooting board',
    );
  }
  const { board, layout, data } = await loadBoardLayout(deps, productionId, boardId);
  const explanation = explainSchedule(layout, data === null ? [] : castOf(data));
  const base = await loadComputedBudget(repos, version, deps);
  const feed = scheduleFeed(base, scheduleFactsFromExplanation(explanation));
  if (!feed.ok) throw feed.error;
  const names = new Map((data?.cast ?? []).map((m) => [m.castNumber, m.name]));
  return { version, base, feed: feed.value, board, explanation, names };
};

export const budgetScheduleFeed = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
): Promise<ScheduleFeedDto> => {
  const { version, feed, board, explanation, names } = await feedFor(
    context,
    productionId,
    versionId,
  );
  return {
    versionId: version.id,
    revision: version.revision,
    board: { id: board.id, name: board.name },
    facts: {
      shootDays: explanation.shootDays,
      cast: explanation.cast.map((c) => ({
        castNumber: c.castNumber,
        name: names.get(c.castNumber) ?? `Cast #${c.castNumber}`,
        workDays: c.workDays,
        holdDays: c.holdDays,
      })),
    },
    globals: feed.globals.map((g) => ({ ...g, link: { ...g.link } })),
    lines: feed.lines.map((l) => ({ ...l, link: l.link === null ? null : { ...l.link } })),
    warnings: feed.warnings.map((w) => ({
      castNumber: w.castNumber,
      subject: w.subject,
      message: w.message,
    })),
    grandTotal: feed.grandTotal,
  };
};

/** The feed's changes chosen: all of them, or the globals and lines named. */
const selected = (feed: ScheduleFeed, input: ApplyScheduleFeedRequest) => ({
  globals: feed.globals.filter(
    (g) => input.globals === undefined || input.globals.includes(g.name),
  ),
  // Lines that follow a global change with it; only lines with a link of their own hold a quantity.
  lines: feed.lines.filter(
    (l) => l.link !== null && (input.lineIds === undefined || input.lineIds.includes(l.lineId)),
  ),
});

const departmentOfFeed = (version: BudgetVersionRecord, changes: ReturnType<typeof selected>) =>
  // A global moves lines all over the budget: outside any one department.
  changes.globals.length > 0
    ? undefined
    : departmentOfAccounts(
        version,
        changes.lines.map((l) => l.accountNumber),
      );

/**
 * Applies the schedule's quantities to a draft (`budget.edit-detail`). The effect names each global and
 * line with its quantity before and after, so it does exactly what was shown, and is a conflict if any of
 * them moved in the meantime.
 */
export const applyBudgetScheduleFeed = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
  input: ApplyScheduleFeedRequest,
): Promise<TakeActionResult> => {
  const { version, base, feed } = await feedFor(context, productionId, versionId);
  const changes = selected(feed, input);
  if (changes.globals.length === 0 && changes.lines.length === 0) {
    throw new DomainError('conflict', 'The budget already follows the schedule: nothing to apply');
  }
  const department = departmentOfFeed(version, changes);
  const built: { effect?: object } = {};
  const result = await takeAction(context, {
    productionId,
    action: 'budget.edit-detail',
    ...(department === undefined ? {} : { department }),
    summary: `${version.name} (version ${version.number}): follow the schedule (${[
      ...changes.globals.map((g) => g.name),
      ...(changes.lines.length === 0 ? [] : [`${changes.lines.length} linked lines`]),
    ].join(', ')})`,
    buildEffect: async (txRepos) => {
      const current = await mustFindVersion(txRepos, productionId, versionId);
      mustBeEditable(current);
      mustBeAtRevision(current, input.revision);
      const effect = {
        kind: 'apply-budget-schedule-feed' as const,
        versionId: current.id,
        revision: current.revision,
        globals: changes.globals.map((g) => ({ name: g.name, before: g.before, after: g.after })),
        lines: changes.lines.map((l) => ({
          lineId: l.lineId,
          before: l.quantityBefore,
          after: l.quantityAfter,
        })),
      };
      if (current.revision === version.revision) {
        noteBaseBudget(effect, current.id, current.revision, base);
      }
      built.effect = effect;
      return effect;
    },
  });
  if (result.outcome === 'allowed' && built.effect)
    rememberProducedBudget(context.deps, built.effect);
  return result;
};
