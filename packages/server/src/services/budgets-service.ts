import type {
  BudgetListDto,
  BudgetVersionDto,
  CreateBudgetRequest,
  TopSheetDto,
} from '@greenlight/contract';
import {
  budgetSummary,
  budgetTransitions,
  BUDGET_TEMPLATES,
  canEditBudget,
  computedLines,
  currencyCode,
  linesOfAccount,
  type BudgetGlobal,
  type ProductionId,
} from '@greenlight/domain';
import { toComputedLineDto, toSetupDto, toTopSheetDto, toVersionSummaryDto } from './budget-dto.js';
import { loadComputedBudget, mustFindVersion } from './load-budget.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, personOf, readOnly, type ServiceContext } from './service-context.js';

// Budgets: the list, a version worked out, the top sheet, and a new budget from a template.

export const listBudgets = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<BudgetListDto> => {
  const repos = readOnly(context.deps);
  const [budgets, versions] = await Promise.all([
    repos.budgets.list(productionId),
    repos.budgets.listVersions(productionId),
  ]);
  return {
    budgets: budgets.map((budget) => ({
      id: budget.id,
      name: budget.name,
      main: budget.main,
      templateId: budget.templateId,
      createdAt: budget.createdAt,
      versions: versions.filter((v) => v.budgetId === budget.id).map(toVersionSummaryDto),
    })),
    templates: BUDGET_TEMPLATES.map((t) => ({ id: t.id, name: t.name })),
  };
};

/**
 * A version with every line worked out. A budget of 10,000 lines comes whole in one response (a grid wants
 * all of them to scroll and sum); `account`, `offset` and `limit` narrow it for a view of one account or a
 * page.
 */
export const getBudgetVersion = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
  query: { account?: string | undefined; offset: number; limit: number },
): Promise<BudgetVersionDto> => {
  const repos = readOnly(context.deps);
  const version = await mustFindVersion(repos, productionId, versionId);
  const budget = mustFind(await repos.budgets.get(productionId, version.budgetId), 'budget');
  const computed = await loadComputedBudget(repos, version, context.deps);
  const matching =
    query.account === undefined ? computedLines(computed) : linesOfAccount(computed, query.account);
  return {
    version: toVersionSummaryDto(version),
    budget: { id: budget.id, name: budget.name, main: budget.main },
    setup: toSetupDto(version.setup, version.accountDepartments),
    globals: resolvedGlobals(version.setup.globals),
    lines: matching.slice(query.offset, query.offset + query.limit).map(toComputedLineDto),
    page: { offset: query.offset, limit: query.limit, total: matching.length },
    topSheet: toTopSheetDto(computed.topSheet, version.accountDepartments),
    figures: budgetSummary(computed),
    fringeTotals: [...computed.fringeTotals].map(([fringeId, amount]) => ({ fringeId, amount })),
    editable: canEditBudget(version.status),
    transitions: budgetTransitions(version.status).filter(
      (t): t is 'submit' | 'withdraw' | 'return' | 'approve' => t !== 'supersede',
    ),
  };
};

/**
 * Each global's value with references followed. The domain resolves them inside its engine without
 * exposing the result; following a chain is all it takes, and a stored budget has no circles (it computed).
 */
const resolvedGlobals = (globals: readonly BudgetGlobal[]): { name: string; value: number }[] => {
  const byName = new Map(globals.map((g) => [g.name, g]));
  const valueOf = (global: BudgetGlobal, depth: number): number => {
    if (global.value.kind === 'quantity') return global.value.quantity;
    const next = byName.get(global.value.name);
    return next === undefined || depth > globals.length ? 0 : valueOf(next, depth + 1);
  };
  return globals.map((g) => ({ name: g.name, value: valueOf(g, 0) }));
};

export const budgetTopSheet = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
): Promise<TopSheetDto> => {
  const repos = readOnly(context.deps);
  const version = await mustFindVersion(repos, productionId, versionId);
  const computed = await loadComputedBudget(repos, version, context.deps);
  return toTopSheetDto(computed.topSheet, version.accountDepartments);
};

/** A first draft from a template: its chart, fringes, globals, contingency and bond, and no lines yet. */
export const createBudget = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: CreateBudgetRequest,
): Promise<TakeActionResult> => {
  const production = mustFind(
    await readOnly(context.deps).productions.get(productionId),
    'production',
  );
  const currency = currencyCode(input.currency ?? production.currency);
  const template = mustFind(
    BUDGET_TEMPLATES.find((t) => t.id === input.template),
    'budget template',
  );
  return takeAction(context, {
    productionId,
    action: 'budget.edit-top-sheet',
    summary: `Make the budget “${input.name}” from the ${template.name.toLowerCase()} template, in ${currency}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'create-budget' as const,
        name: input.name,
        templateId: template.id,
        currency,
        versionName: input.versionName ?? 'First draft',
        createdBy: personOf(context),
      }),
  });
};
