import type { UpdateBudgetSetupRequest } from '@greenlight/contract';
import { budgetOf, type ProductionId } from '@greenlight/domain';
import { noteBaseBudget, rememberProducedBudget } from './budget-cache.js';
import { fromSetupDto } from './budget-dto.js';
import {
  computeOrRefuse,
  loadComputedBudget,
  mustBeAtRevision,
  mustBeEditable,
  mustFindVersion,
} from './load-budget.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { readOnly, type ServiceContext } from './service-context.js';

/**
 * Replaces a draft's setup (exchange rates, globals, fringes, the chart of accounts with their departments,
 * percentage items): building the top-level budget. Every line is worked out again against the new setup
 * first, so a setup the lines cannot live with (an account still in use removed, a global a line follows
 * renamed) is a 400 listing every problem, and nothing is recorded.
 */
export const updateBudgetSetup = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
  input: UpdateBudgetSetupRequest,
): Promise<TakeActionResult> => {
  const { deps } = context;
  const repos = readOnly(deps);
  const version = await mustFindVersion(repos, productionId, versionId);
  const base = await loadComputedBudget(repos, version, deps);
  const { setup } = fromSetupDto(input.setup, version.currency);
  computeOrRefuse({ ...setup, lines: budgetOf(base).lines });
  const built: { effect?: object } = {};
  const result = await takeAction(context, {
    productionId,
    action: 'budget.edit-top-sheet',
    summary: `${version.name} (version ${version.number}): set up ${setup.accounts.length} accounts, ${setup.fringes.length} fringes, ${setup.globals.length} globals, ${setup.exchangeRates.length} exchange rates and ${setup.percentageItems.length} percentage items`,
    buildEffect: async (txRepos) => {
      const current = await mustFindVersion(txRepos, productionId, versionId);
      mustBeEditable(current);
      mustBeAtRevision(current, input.revision);
      const effect = {
        kind: 'save-budget-setup' as const,
        versionId: current.id,
        revision: current.revision,
        setup: input.setup,
      };
      if (current.revision === version.revision) {
        noteBaseBudget(effect, current.id, current.revision, base);
      }
      built.effect = effect;
      return effect;
    },
  });
  if (result.outcome === 'allowed' && built.effect) rememberProducedBudget(deps, built.effect);
  return result;
};
