import type { BudgetEditResultDto } from '@greenlight/contract';
import type { BudgetVersionRecord, Repositories } from '@greenlight/db';
import {
  applyLineEdits,
  budgetFromTemplate,
  budgetOf,
  BUDGET_TEMPLATES,
  computedLine,
  currencyCode,
  DomainError,
  ok,
  startBudgetRevision,
  transitionBudgetVersion,
  type ApprovalRequestId,
  type ComputedBudget,
  type Department,
  type DetailLine,
  type Instant,
  type JsonValue,
  type LineEdit,
  type PersonId,
  type Production,
  type Quantity,
  TEMPLATE_ACCOUNT_DEPARTMENTS,
} from '@greenlight/domain';
import type { ActionEffect } from './action-effect.js';
import { applyLineEditsInBulk } from './apply-line-edits-in-bulk.js';
import { baseBudgetOf, noteProducedBudget, triedBudgetOf } from './budget-cache.js';
import {
  fromSetupDto,
  toComputedLineDto,
  toDetailLine,
  toDetailLineDto,
  toTopSheetDto,
} from './budget-dto.js';
import {
  computeOrRefuse,
  loadComputedBudget,
  mustBeAtRevision,
  mustBeEditable,
  mustFindVersion,
  versionsOfBudget,
} from './load-budget.js';

type BudgetEffect = Extract<
  ActionEffect,
  {
    kind:
      | 'create-budget'
      | 'import-budget'
      | 'edit-budget-lines'
      | 'save-budget-setup'
      | 'budget-transition'
      | 'start-budget-revision'
      | 'apply-budget-schedule-feed';
  }
>;
type LinesEffect = Extract<BudgetEffect, { kind: 'edit-budget-lines' }>;
type FeedEffect = Extract<BudgetEffect, { kind: 'apply-budget-schedule-feed' }>;

/** Carries out a budget action, in the caller's transaction. */
export const applyBudgetEffect = async (
  repos: Repositories,
  production: Production,
  effect: BudgetEffect,
  now: Instant,
): Promise<JsonValue> => {
  switch (effect.kind) {
    case 'create-budget':
      return createBudget(repos, production, effect, now);
    case 'import-budget':
      return importBudget(repos, production, effect, now);
    case 'edit-budget-lines':
      return editLines(repos, production, effect, now);
    case 'save-budget-setup': {
      const version = await mustFindVersion(repos, production.id, effect.versionId);
      mustBeEditable(version);
      mustBeAtRevision(version, effect.revision);
      const { setup, accountDepartments } = fromSetupDto(effect.setup, version.currency);
      const base =
        baseBudgetOf(effect, version.id, version.revision) ??
        (await loadComputedBudget(repos, version, null));
      const computed = computeOrRefuse({ ...setup, lines: budgetOf(base).lines });
      const saved = await repos.budgets.saveChanges(version.id, {
        expectedRevision: version.revision,
        setup,
        accountDepartments,
        grandTotal: computed.grandTotal,
        lineCount: computed.lineCount,
        now,
      });
      noteProducedBudget(effect, saved.id, saved.revision, computed);
      return editResult(saved, computed, [], []);
    }
    case 'budget-transition': {
      const version = await mustFindVersion(repos, production.id, effect.versionId);
      const moved = transitionBudgetVersion(
        await versionsOfBudget(repos, version),
        version.id,
        effect.transition,
      );
      if (!moved.ok) throw moved.error;
      // Routed, the request's approver is who approved (or returned) it; done outright, the requester.
      const request =
        effect.requestId === null
          ? null
          : await repos.approvalRequests.get(effect.requestId as ApprovalRequestId);
      const by = (request?.decidedBy ?? effect.by) as PersonId;
      const { superseded } = moved.value;
      // The version in force is locked first: a budget has one approved version at a time.
      if (superseded !== null) {
        await repos.budgets.setStatus(superseded.id, {
          expectedStatus: 'approved',
          status: 'locked',
          personId: by,
          now,
        });
      }
      const saved = await repos.budgets.setStatus(version.id, {
        expectedStatus: effect.from,
        status: moved.value.version.status,
        personId: by,
        now,
      });
      return {
        versionId: saved.id,
        status: saved.status,
        lockedVersionId: superseded?.id ?? null,
      };
    }
    case 'start-budget-revision': {
      const from = await mustFindVersion(repos, production.id, effect.fromVersionId);
      // The domain checks the revision starts from the approved version and numbers it.
      const next = startBudgetRevision(await versionsOfBudget(repos, from), from.id, {
        id: 'new-version',
        name: effect.name,
      });
      if (!next.ok) throw next.error;
      const copy = await repos.budgets.copyVersion(from.id, {
        budgetId: from.budgetId,
        number: next.value.number,
        name: effect.name,
        revisionOf: from.id,
        createdBy: effect.createdBy as PersonId,
        now,
      });
      return { versionId: copy.id, number: copy.number, revisionOf: from.id };
    }
    case 'apply-budget-schedule-feed':
      return applyFeed(repos, production, effect, now);
  }
};

const createBudget = async (
  repos: Repositories,
  production: Production,
  effect: Extract<BudgetEffect, { kind: 'create-budget' }>,
  now: Instant,
): Promise<JsonValue> => {
  const template = BUDGET_TEMPLATES.find((t) => t.id === effect.templateId);
  if (template === undefined) throw new DomainError('not-found', 'No such budget template');
  const { lines: _none, ...setup } = budgetFromTemplate(template, currencyCode(effect.currency));
  const computed = computeOrRefuse({ ...setup, lines: [] });
  const budget = await repos.budgets.create({
    productionId: production.id,
    name: effect.name,
    templateId: template.id,
    createdBy: effect.createdBy as PersonId,
    now,
  });
  const accountDepartments: Record<string, Department> = {};
  for (const account of template.accounts) {
    const department = TEMPLATE_ACCOUNT_DEPARTMENTS[account.number];
    if (department !== undefined) accountDepartments[account.number] = department;
  }
  const version = await repos.budgets.createVersion({
    budgetId: budget.id,
    number: 1,
    name: effect.versionName,
    setup,
    accountDepartments,
    lines: [],
    grandTotal: computed.grandTotal,
    revisionOf: null,
    createdBy: effect.createdBy as PersonId,
    now,
  });
  return { budgetId: budget.id, versionId: version.id, main: budget.main };
};

/**
 * A first draft made from a budget file: the file's own setup and lines. Its accounts take the
 * departments the templates give the same account numbers (a file names no departments).
 */
const importBudget = async (
  repos: Repositories,
  production: Production,
  effect: Extract<BudgetEffect, { kind: 'import-budget' }>,
  now: Instant,
): Promise<JsonValue> => {
  const currency = currencyCode(effect.currency);
  const { setup } = fromSetupDto(effect.setup, currency);
  const lines = effect.lines.map(toDetailLine);
  const computed = computeOrRefuse({ ...setup, lines });
  const budget = await repos.budgets.create({
    productionId: production.id,
    name: effect.name,
    templateId: null,
    createdBy: effect.createdBy as PersonId,
    now,
  });
  const accountDepartments: Record<string, Department> = {};
  for (const account of setup.accounts) {
    const department = TEMPLATE_ACCOUNT_DEPARTMENTS[account.number];
    if (department !== undefined) accountDepartments[account.number] = department;
  }
  const version = await repos.budgets.createVersion({
    budgetId: budget.id,
    number: 1,
    name: effect.versionName,
    setup,
    accountDepartments,
    lines,
    grandTotal: computed.grandTotal,
    revisionOf: null,
    createdBy: effect.createdBy as PersonId,
    now,
  });
  return {
    budgetId: budget.id,
    versionId: version.id,
    main: budget.main,
    lineCount: computed.lineCount,
    grandTotal: computed.grandTotal,
  };
};

const sameLine = (a: DetailLine, b: DetailLine): boolean =>
  JSON.stringify(toDetailLineDto(a)) === JSON.stringify(toDetailLineDto(b));

const editLines = async (
  repos: Repositories,
  production: Production,
  effect: LinesEffect,
  now: Instant,
): Promise<JsonValue> => {
  const version = await mustFindVersion(repos, production.id, effect.versionId);
  mustBeEditable(version);
  const base =
    baseBudgetOf(effect, version.id, version.revision) ??
    (await loadComputedBudget(repos, version, null));
  // Approved after other edits: still right as long as the lines it changes are as the requester saw them.
  if (version.revision !== effect.revision) {
    for (const edit of effect.edits) {
      if (edit.kind === 'add' || edit.before === null) continue;
      const current = computedLine(base, edit.before.id);
      if (current === null || !sameLine(current.line, toDetailLine(edit.before))) {
        throw new DomainError(
          'conflict',
          `The line “${edit.before.description}” changed since this edit was asked for; ask again`,
          { versionId: version.id, lineId: edit.before.id },
        );
      }
    }
  }
  const edits: LineEdit[] = effect.edits.map((edit) =>
    edit.kind === 'remove'
      ? { kind: 'remove', lineId: edit.lineId }
      : { kind: edit.kind, line: toDetailLine(edit.line) },
  );
  const tried = triedBudgetOf(effect, version.id, version.revision);
  const after = tried === null ? applyLineEditsInBulk(base, edits) : ok(tried);
  if (!after.ok) throw after.error;
  const changes = netLineChanges(base, after.value, edits);
  const saved = await repos.budgets.saveChanges(version.id, {
    expectedRevision: version.revision,
    lines: changes,
    grandTotal: after.value.grandTotal,
    lineCount: after.value.lineCount,
    now,
  });
  noteProducedBudget(effect, saved.id, saved.revision, after.value);
  const touched = [...new Set(edits.map((e) => (e.kind === 'remove' ? e.lineId : e.line.id)))];
  return editResult(
    saved,
    after.value,
    touched,
    touched.filter((id) => computedLine(after.value, id) === null),
  );
};

/**
 * What a batch of edits comes to, line by line: added (in the order the engine appended them), updated in
 * place, removed. A line removed and added again in one batch goes to the end, as the engine has it.
 */
const netLineChanges = (
  before: ComputedBudget,
  after: ComputedBudget,
  edits: readonly LineEdit[],
) => {
  const lastAdd = new Map<string, number>();
  const reAdded = new Set<string>();
  const removedFirst = new Set<string>();
  edits.forEach((edit, index) => {
    if (edit.kind === 'remove') removedFirst.add(edit.lineId);
    if (edit.kind === 'add') {
      lastAdd.set(edit.line.id, index);
      if (removedFirst.has(edit.line.id)) reAdded.add(edit.line.id);
    }
  });
  const added: { line: DetailLine; at: number }[] = [];
  const updated: DetailLine[] = [];
  const removed: string[] = [];
  const touched = new Set(edits.map((e) => (e.kind === 'remove' ? e.lineId : e.line.id)));
  for (const id of touched) {
    const existed = computedLine(before, id) !== null;
    const now = computedLine(after, id);
    if (now === null) {
      if (existed) removed.push(id);
    } else if (!existed || reAdded.has(id)) {
      if (existed) removed.push(id);
      added.push({ line: now.line, at: lastAdd.get(id) ?? 0 });
    } else {
      updated.push(now.line);
    }
  }
  return {
    added: added.sort((a, b) => a.at - b.at).map((a) => a.line),
    updated,
    removed,
  };
};

const applyFeed = async (
  repos: Repositories,
  production: Production,
  effect: FeedEffect,
  now: Instant,
): Promise<JsonValue> => {
  const version = await mustFindVersion(repos, production.id, effect.versionId);
  mustBeEditable(version);
  const base =
    baseBudgetOf(effect, version.id, version.revision) ??
    (await loadComputedBudget(repos, version, null));
  const stale = (what: string) =>
    new DomainError(
      'conflict',
      `${what} changed since the schedule's figures were shown; look at the schedule feed again`,
      { versionId: version.id },
    );
  const budget = budgetOf(base);
  const globalsAfter = new Map(effect.globals.map((g) => [g.name, g]));
  const globals = budget.globals.map((global) => {
    const change = globalsAfter.get(global.name);
    if (change === undefined) return global;
    if (global.value.kind !== 'quantity' || global.value.quantity !== change.before)
      throw stale(`The global ${global.name}`);
    globalsAfter.delete(global.name);
    return { ...global, value: { kind: 'quantity' as const, quantity: change.after as Quantity } };
  });
  if (globalsAfter.size > 0) throw stale(`The global ${[...globalsAfter.keys()].join(', ')}`);
  const updated: DetailLine[] = effect.lines.map((change) => {
    const current = computedLine(base, change.lineId)?.line;
    if (current?.amount.kind !== 'quantity' || current.amount.quantity !== change.before)
      throw stale(current === undefined ? 'A line' : `The line “${current.description}”`);
    return { ...current, amount: { kind: 'quantity', quantity: change.after as Quantity } };
  });
  let computed: ComputedBudget;
  if (effect.globals.length === 0) {
    const edited = applyLineEdits(
      base,
      updated.map((line) => ({ kind: 'update', line })),
    );
    if (!edited.ok) throw edited.error;
    computed = edited.value;
  } else {
    const byId = new Map(updated.map((line) => [line.id, line]));
    computed = computeOrRefuse({
      ...budget,
      globals,
      lines: budget.lines.map((line) => byId.get(line.id) ?? line),
    });
  }
  const { lines: _lines, ...setup } = budgetOf(computed);
  const saved = await repos.budgets.saveChanges(version.id, {
    expectedRevision: version.revision,
    ...(effect.globals.length === 0 ? {} : { setup }),
    lines: { added: [], updated, removed: [] },
    grandTotal: computed.grandTotal,
    lineCount: computed.lineCount,
    now,
  });
  noteProducedBudget(effect, saved.id, saved.revision, computed);
  return editResult(
    saved,
    computed,
    updated.map((line) => line.id),
    [],
  );
};

const editResult = (
  saved: BudgetVersionRecord,
  computed: ComputedBudget,
  lineIds: readonly string[],
  removedLineIds: readonly string[],
): JsonValue => {
  const lines = lineIds.flatMap((id) => {
    const line = computedLine(computed, id);
    return line === null ? [] : [toComputedLineDto(line)];
  });
  const result: BudgetEditResultDto = {
    versionId: saved.id,
    revision: saved.revision,
    lines,
    removedLineIds: [...removedLineIds],
    topSheet: toTopSheetDto(computed.topSheet, saved.accountDepartments),
  };
  return result;
};
