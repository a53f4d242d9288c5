import type { MinorUnits } from '../shared/money.js';
import { ok, type Result } from '../shared/result.js';
import type { BudgetGlobal } from './budget-global.js';
import type { Budget } from './budget.js';
import { computeBudget } from './compute-budget.js';
import type { AmountDifference } from './compare-budgets.js';
import type { ComputedBudget } from './computed-budget.js';
import { budgetOf, computedLine, computedLines } from './computed-budget-lines.js';
import type { DetailLine } from './detail-line.js';
import type { Quantity } from './quantity.js';
import { scheduledQuantity, type ScheduleFacts } from './schedule-facts.js';
import { describeScheduleLink, type ScheduleLink } from './schedule-link.js';

export type ScheduleFeedGlobal = {
  readonly name: string;
  readonly link: ScheduleLink;
  readonly before: Quantity;
  readonly after: Quantity;
};

/** A line whose figures the schedule changes: through its own link, or through a global it uses. */
export type ScheduleFeedLine = {
  readonly lineId: string;
  readonly accountNumber: string;
  readonly description: string;
  /** The line's own link; null when it follows `global`. */
  readonly link: ScheduleLink | null;
  readonly global: string | null;
  readonly quantityBefore: Quantity;
  readonly quantityAfter: Quantity;
  /** Line total plus its fringes, in the budget currency. */
  readonly totalBefore: MinorUnits;
  readonly totalAfter: MinorUnits;
  readonly delta: MinorUnits;
};

export type ScheduleFeedWarning = {
  readonly code: 'not-in-schedule';
  readonly castNumber: number;
  /** The line id or global name left as it is. */
  readonly subject: string;
  readonly message: string;
};

/**
 * What the schedule would change in a budget: the globals and lines linked to it with their old and new
 * quantities and totals, and the new grand total. Nothing is changed until `applyScheduleFeed`. A link to
 * a cast member the schedule does not have is left alone with a warning: a cast number missing from the
 * schedule more often means a schedule not built yet than an actor cut.
 */
export type ScheduleFeed = {
  readonly globals: readonly ScheduleFeedGlobal[];
  readonly lines: readonly ScheduleFeedLine[];
  readonly warnings: readonly ScheduleFeedWarning[];
  readonly grandTotal: AmountDifference;
  /** The budget with every change applied. */
  readonly budget: Budget;
  readonly computed: ComputedBudget;
};

export const scheduleFeed = (
  computed: ComputedBudget,
  facts: ScheduleFacts,
): Result<ScheduleFeed> => {
  const budget = budgetOf(computed);
  const warnings: ScheduleFeedWarning[] = [];
  const feedOf = (link: ScheduleLink, subject: string, what: string): Quantity | null => {
    const value = scheduledQuantity(facts, link);
    if (value === null && link.kind !== 'shoot-days') {
      warnings.push({
        code: 'not-in-schedule',
        castNumber: link.castNumber,
        subject,
        message: `${what} follows ${describeScheduleLink(link)}, but cast #${link.castNumber} is not in the schedule; it is left as it is`,
      });
    }
    return value;
  };

  const globals: ScheduleFeedGlobal[] = [];
  const fedGlobals = budget.globals.map((global): BudgetGlobal => {
    if (global.scheduleLink === null || global.value.kind !== 'quantity') return global;
    const after = feedOf(global.scheduleLink, global.name, `The global ${global.name}`);
    if (after === null || after === global.value.quantity) return global;
    globals.push({
      name: global.name,
      link: global.scheduleLink,
      before: global.value.quantity,
      after,
    });
    return { ...global, value: { kind: 'quantity', quantity: after } };
  });
  const fedLines = budget.lines.map((line): DetailLine => {
    if (line.scheduleLink === null || line.amount.kind !== 'quantity') return line;
    const after = feedOf(line.scheduleLink, line.id, `Line "${line.description}"`);
    if (after === null || after === line.amount.quantity) return line;
    return { ...line, amount: { kind: 'quantity', quantity: after } };
  });
  const fedBudget: Budget = { ...budget, globals: fedGlobals, lines: fedLines };
  const fed = computeBudget(fedBudget);
  if (!fed.ok) return fed;

  const lines: ScheduleFeedLine[] = [];
  for (const after of computedLines(fed.value)) {
    const before = computedLine(computed, after.line.id);
    if (!before) continue;
    const totalBefore = before.total + before.fringeTotal;
    const totalAfter = after.total + after.fringeTotal;
    if (before.quantity === after.quantity && totalBefore === totalAfter) continue;
    lines.push({
      lineId: after.line.id,
      accountNumber: after.line.accountNumber,
      description: after.line.description,
      link: after.line.scheduleLink,
      global: after.line.amount.kind === 'global' ? after.line.amount.name : null,
      quantityBefore: before.quantity,
      quantityAfter: after.quantity,
      totalBefore: totalBefore as MinorUnits,
      totalAfter: totalAfter as MinorUnits,
      delta: (totalAfter - totalBefore) as MinorUnits,
    });
  }
  return ok({
    globals,
    lines,
    warnings,
    grandTotal: {
      before: computed.grandTotal,
      after: fed.value.grandTotal,
      delta: (fed.value.grandTotal - computed.grandTotal) as MinorUnits,
    },
    budget: fedBudget,
    computed: fed.value,
  });
};

/**
 * A budget with the feed's changes applied: all of them, or only the globals and lines selected (a line
 * that follows a global changes with the global). Apply to a draft: an approved budget changes through a
 * revision.
 */
export const applyScheduleFeed = (
  budget: Budget,
  feed: ScheduleFeed,
  selection?: { readonly globals?: readonly string[]; readonly lineIds?: readonly string[] },
): Budget => {
  const globalChanges = new Map(
    feed.globals
      .filter((g) => selection?.globals === undefined || selection.globals.includes(g.name))
      .map((g) => [g.name, g.after]),
  );
  const lineChanges = new Map(
    feed.lines
      .filter((l) => l.link !== null)
      .filter((l) => selection?.lineIds === undefined || selection.lineIds.includes(l.lineId))
      .map((l) => [l.lineId, l.quantityAfter]),
  );
  return {
    ...budget,
    globals: budget.globals.map((global) => {
      const after = globalChanges.get(global.name);
      return after === undefined
        ? global
        : { ...global, value: { kind: 'quantity', quantity: after } };
    }),
    lines: budget.lines.map((line) => {
      const after = lineChanges.get(line.id);
      return after === undefined || line.amount.kind !== 'quantity'
        ? line
        : { ...line, amount: { kind: 'quantity', quantity: after } };
    }),
  };
};
