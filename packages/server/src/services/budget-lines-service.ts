import type { EditBudgetLinesRequest } from '@greenlight/contract';
import type { BudgetVersionRecord } from '@greenlight/db';
import {
  computedLine,
  type Department,
  type LineEdit,
  type ProductionId,
} from '@greenlight/domain';
import type { ActionEffect } from './action-effect.js';
import { applyLineEditsInBulk } from './apply-line-edits-in-bulk.js';
import { noteBaseBudget, rememberProducedBudget } from './budget-cache.js';
import { departmentOfAccount, toDetailLine, toDetailLineDto } from './budget-dto.js';
import {
  loadComputedBudget,
  mustBeAtRevision,
  mustBeEditable,
  mustFindVersion,
} from './load-budget.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { readOnly, type ServiceContext } from './service-context.js';

/**
 * The one department a set of accounts belongs to, for `budget.edit-detail` (department-scoped): a
 * department head edits their own accounts. Accounts of several departments, or of none, are outside every
 * department, so only the producing roles may.
 */
export const departmentOfAccounts = (
  version: BudgetVersionRecord,
  accountNumbers: Iterable<string>,
): Department | undefined => {
  const departments = new Set<Department | null>();
  for (const number of accountNumbers) {
    departments.add(departmentOfAccount(version.accountDepartments, number));
  }
  const [only] = departments;
  return departments.size === 1 && only !== null ? only : undefined;
};

const describeEdits = (edits: readonly LineEdit[]): string => {
  const count = (kind: LineEdit['kind']) => edits.filter((e) => e.kind === kind).length;
  const parts = [
    [count('add'), 'added'],
    [count('update'), 'changed'],
    [count('remove'), 'removed'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, what]) => `${n} ${what}`);
  return `${edits.length} detail line${edits.length === 1 ? '' : 's'} (${parts.join(', ')})`;
};

/**
 * Adds, changes and removes detail lines of a draft in one batch. The edits are tried on the budget first,
 * so a line the engine refuses (an unknown global, a currency without a rate) is a 400 listing every
 * problem and nothing is recorded. The action is decided with the department of the accounts touched (the
 * lines' old and new accounts); the effect keeps each changed line as it was, so an approval after other
 * edits applies only when those lines are untouched.
 */
export const editBudgetLines = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
  input: EditBudgetLinesRequest,
): Promise<TakeActionResult> => {
  const { deps } = context;
  const repos = readOnly(deps);
  const version = await mustFindVersion(repos, productionId, versionId);
  const base = await loadComputedBudget(repos, version, deps);
  const edits: LineEdit[] = input.edits.map((edit) => {
    if (edit.kind === 'remove') return edit;
    const line = toDetailLine({ ...edit.line, id: edit.line.id ?? deps.ids.next() });
    return { kind: edit.kind, line };
  });
  const tried = applyLineEditsInBulk(base, edits);
  if (!tried.ok) throw tried.error;

  const accounts = new Set<string>();
  const effectEdits: Extract<ActionEffect, { kind: 'edit-budget-lines' }>['edits'] = [];
  for (const edit of edits) {
    const id = edit.kind === 'remove' ? edit.lineId : edit.line.id;
    const before = computedLine(base, id)?.line;
    if (before !== undefined) accounts.add(before.accountNumber);
    if (edit.kind !== 'remove') accounts.add(edit.line.accountNumber);
    // A line added earlier in the same batch has no "before".
    const was = before === undefined ? null : toDetailLineDto(before);
    effectEdits.push(
      edit.kind === 'add'
        ? { kind: 'add', line: toDetailLineDto(edit.line) }
        : edit.kind === 'remove'
          ? { kind: 'remove', lineId: id, before: was }
          : { kind: 'update', line: toDetailLineDto(edit.line), before: was },
    );
  }
  const department = departmentOfAccounts(version, accounts);
  const built: { effect?: object } = {};
  const result = await takeAction(context, {
    productionId,
    action: 'budget.edit-detail',
    ...(department === undefined ? {} : { department }),
    summary: `${version.name} (version ${version.number}): ${describeEdits(edits)}`,
    buildEffect: async (txRepos) => {
      const current = await mustFindVersion(txRepos, productionId, versionId);
      mustBeEditable(current);
      mustBeAtRevision(current, input.revision);
      const effect = {
        kind: 'edit-budget-lines' as const,
        versionId: current.id,
        revision: current.revision,
        edits: effectEdits,
      };
      if (current.revision === version.revision) {
        noteBaseBudget(effect, current.id, current.revision, base, tried.value);
      }
      built.effect = effect;
      return effect;
    },
  });
  if (result.outcome === 'allowed' && built.effect) rememberProducedBudget(deps, built.effect);
  return result;
};
