import type { MinorUnits } from '../shared/money.js';
import { err, type Result } from '../shared/result.js';
import { assembleBudget } from './assemble-budget.js';
import { budgetProblem, budgetValidationError } from './budget-problem.js';
import type { AccountTotals } from './budget-totals.js';
import type { ComputedBudget } from './computed-budget.js';
import type { ComputedLine } from './computed-line.js';
import { computeLine, isBudgetProblem, lineMagnitude } from './compute-line.js';
import type { DetailLine } from './detail-line.js';
import { figuresOf } from './computed-budget-lines.js';
import { appendLine, lineAt, replaceSlot, slotOfLine } from './line-store.js';

/** One change to the detail: a line replaced (matched by id), added, or removed. */
export type LineEdit =
  | { readonly kind: 'update'; readonly line: DetailLine }
  | { readonly kind: 'add'; readonly line: DetailLine }
  | { readonly kind: 'remove'; readonly lineId: string };

const adjustAccount = (
  accounts: Map<string, AccountTotals>,
  accountNumber: string,
  lines: number,
  fringes: number,
): void => {
  const current = accounts.get(accountNumber);
  if (!current || (lines === 0 && fringes === 0)) return;
  const newLines = current.lines + lines;
  const newFringes = current.fringes + fringes;
  accounts.set(accountNumber, {
    accountNumber,
    lines: newLines as MinorUnits,
    fringes: newFringes as MinorUnits,
    total: (newLines + newFringes) as MinorUnits,
  });
};

const adjustFor = (
  accounts: Map<string, AccountTotals>,
  fringeTotals: Map<string, MinorUnits>,
  line: ComputedLine,
  sign: 1 | -1,
): void => {
  adjustAccount(accounts, line.line.accountNumber, sign * line.total, 0);
  adjustAccount(accounts, line.fringeAccountNumber, 0, sign * line.fringeTotal);
  for (const { fringeId, amount } of line.fringes) {
    fringeTotals.set(fringeId, ((fringeTotals.get(fringeId) ?? 0) + sign * amount) as MinorUnits);
  }
};

/**
 * The budget after one line edit, without recomputing the other lines: the edited line is computed
 * against the prepared setup (its fringes are per line, so the change is local), its old figures are
 * taken off its accounts and fringes and the new ones added, then the sections, percentage items, grand
 * total and top sheet are redone from the account totals. The cost follows the number of accounts and
 * fringes, not of lines, and the result is exactly what `computeBudget` gives for the edited budget.
 *
 * Changing globals, fringes, exchange rates, accounts or percentage items changes many lines at once: use
 * `computeBudget` on the new budget for those.
 */
export const applyLineEdit = (computed: ComputedBudget, edit: LineEdit): Result<ComputedBudget> => {
  const { context, store } = computed.engine;
  const id = edit.kind === 'remove' ? edit.lineId : edit.line.id;
  const slot = slotOfLine(store, id);
  const stored = slot === null ? null : lineAt(store, slot);
  // The old line's figures, worked out again against the same setup, are what comes off the totals.
  const before = stored === null ? null : figuresOf(context, stored);
  if (edit.kind === 'add' && before !== null) {
    return err(
      budgetValidationError([
        budgetProblem('duplicate-line', `There is already a detail line with the id ${id}`, id),
      ]),
    );
  }
  if (edit.kind !== 'add' && (slot === null || before === null)) {
    return err(
      budgetValidationError([
        budgetProblem('unknown-line', `There is no detail line with the id ${id}`, id),
      ]),
    );
  }
  let after: ComputedLine | null = null;
  if (edit.kind !== 'remove') {
    const result = computeLine(context, edit.line);
    if (isBudgetProblem(result)) return err(budgetValidationError([result]));
    after = result;
  }

  const accounts = new Map(computed.accounts);
  const fringeTotals = new Map(computed.fringeTotals);
  let magnitude = computed.engine.magnitude;
  if (before) {
    adjustFor(accounts, fringeTotals, before, -1);
    magnitude -= lineMagnitude(before);
  }
  if (after) {
    adjustFor(accounts, fringeTotals, after, 1);
    magnitude += lineMagnitude(after);
  }
  // An update or removal rewrites the line's own slot; an addition takes a new one at the end.
  let nextStore = store;
  if (slot !== null) nextStore = replaceSlot(store, slot, after === null ? null : after.line);
  else if (after !== null) nextStore = appendLine(store, after.line);
  return assembleBudget(context, nextStore, accounts, fringeTotals, magnitude);
};

/** Several edits in order (a paste, a fill-down); stops at the first that fails. */
export const applyLineEdits = (
  computed: ComputedBudget,
  edits: readonly LineEdit[],
): Result<ComputedBudget> => {
  let current: Result<ComputedBudget> = { ok: true, value: computed };
  for (const edit of edits) {
    if (!current.ok) return current;
    current = applyLineEdit(current.value, edit);
  }
  return current;
};
