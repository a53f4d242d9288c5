import { DomainError } from '../shared/domain-error.js';
import type { Budget } from './budget.js';
import type { BudgetContext } from './budget-context.js';
import type { ComputedBudget } from './computed-budget.js';
import type { ComputedLine } from './computed-line.js';
import { computeLine, isBudgetProblem } from './compute-line.js';
import type { DetailLine } from './detail-line.js';
import { forEachLine, lineAt, slotOfLine } from './line-store.js';

/**
 * The figures of a line already in a computed budget. It passed when it was added and the setup has not
 * changed since, so a problem here is a bug, not the user's data.
 */
export const figuresOf = (context: BudgetContext, line: DetailLine): ComputedLine => {
  const result = computeLine(context, line);
  if (isBudgetProblem(result)) {
    throw new DomainError(
      'internal',
      `A computed budget holds a line it cannot compute: ${result.message}`,
    );
  }
  return result;
};

/** The computed line with this id, or null (worked out again: constant time). */
export const computedLine = (computed: ComputedBudget, lineId: string): ComputedLine | null => {
  const { context, store } = computed.engine;
  const slot = slotOfLine(store, lineId);
  const line = slot === null ? null : lineAt(store, slot);
  return line === null ? null : figuresOf(context, line);
};

/** Every computed line, in budget order. */
export const computedLines = (computed: ComputedBudget): ComputedLine[] => {
  const lines: ComputedLine[] = [];
  forEachLine(computed.engine.store, (line) =>
    lines.push(figuresOf(computed.engine.context, line)),
  );
  return lines;
};

/** The computed lines of one account, in budget order. */
export const linesOfAccount = (computed: ComputedBudget, accountNumber: string): ComputedLine[] => {
  const lines: ComputedLine[] = [];
  forEachLine(computed.engine.store, (line) => {
    if (line.accountNumber === accountNumber) lines.push(figuresOf(computed.engine.context, line));
  });
  return lines;
};

/** The budget as data again (after edits): what is stored, exported or compared. */
export const budgetOf = (computed: ComputedBudget): Budget => {
  const lines: DetailLine[] = [];
  forEachLine(computed.engine.store, (line) => lines.push(line));
  return { ...computed.engine.context.setup, lines };
};
