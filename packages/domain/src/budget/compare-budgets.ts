import { DomainError } from '../shared/domain-error.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { BUDGET_SECTIONS, type BudgetSection } from './budget-section.js';
import type { ComputedBudget } from './computed-budget.js';
import { computedLines } from './computed-budget-lines.js';
import type { ComputedLine } from './computed-line.js';
import type { DetailLine } from './detail-line.js';
import type { Quantity } from './quantity.js';
import { sameScheduleLink } from './schedule-link.js';

/** A figure in both budgets. */
export type AmountDifference = {
  readonly before: MinorUnits;
  readonly after: MinorUnits;
  readonly delta: MinorUnits;
};

export type LineField =
  | 'accountNumber'
  | 'description'
  | 'amount'
  | 'unit'
  | 'multiplier'
  | 'rate'
  | 'currency'
  | 'fringeIds'
  | 'scheduleLink';

/** A line's figures: its resolved quantity and its total with fringes, in the budget currency. */
export type LineFigures = { readonly quantity: Quantity; readonly total: MinorUnits };

/**
 * A line in one budget and not the other, or in both with a difference: fields edited, or only figures
 * changed (a global, fringe or exchange rate moved under it; `fields` is then empty).
 */
export type LineDifference =
  | {
      readonly kind: 'added';
      readonly lineId: string;
      readonly accountNumber: string;
      readonly description: string;
      readonly after: LineFigures;
      readonly delta: MinorUnits;
    }
  | {
      readonly kind: 'removed';
      readonly lineId: string;
      readonly accountNumber: string;
      readonly description: string;
      readonly before: LineFigures;
      readonly delta: MinorUnits;
    }
  | {
      readonly kind: 'changed';
      readonly lineId: string;
      readonly accountNumber: string;
      readonly description: string;
      readonly fields: readonly LineField[];
      readonly before: LineFigures;
      readonly after: LineFigures;
      readonly delta: MinorUnits;
    };

export type AccountDifference = AmountDifference & {
  readonly accountNumber: string;
  readonly name: string;
  readonly section: BudgetSection;
};

export type BudgetComparison = {
  readonly currency: CurrencyCode;
  /** The lines of the second budget in its order, then the removed lines in the first's order. */
  readonly lines: readonly LineDifference[];
  readonly unchangedLines: number;
  /** Accounts whose total differs (or that exist in one budget only, counted as zero in the other). */
  readonly accounts: readonly AccountDifference[];
  readonly sections: Readonly<Record<BudgetSection, AmountDifference>>;
  /** Items in either budget, matched by id (an item missing from one counts as zero there). */
  readonly percentageItems: readonly (AmountDifference & {
    readonly id: string;
    readonly name: string;
  })[];
  readonly subtotal: AmountDifference;
  readonly grandTotal: AmountDifference;
  /** Globals whose value (followed through references) differs, in the second budget's order. */
  readonly globals: readonly {
    readonly name: string;
    readonly before: Quantity | null;
    readonly after: Quantity | null;
  }[];
};

const difference = (before: number, after: number): AmountDifference => ({
  before: before as MinorUnits,
  after: after as MinorUnits,
  delta: (after - before) as MinorUnits,
});

const figures = (line: ComputedLine): LineFigures => ({
  quantity: line.quantity,
  total: (line.total + line.fringeTotal) as MinorUnits,
});

const sameAmount = (a: DetailLine['amount'], b: DetailLine['amount']): boolean =>
  a.kind === 'quantity'
    ? b.kind === 'quantity' && a.quantity === b.quantity
    : b.kind === 'global' && a.name === b.name;

const changedFields = (a: DetailLine, b: DetailLine): LineField[] => {
  const fields: LineField[] = [];
  if (a.accountNumber !== b.accountNumber) fields.push('accountNumber');
  if (a.description !== b.description) fields.push('description');
  if (!sameAmount(a.amount, b.amount)) fields.push('amount');
  if (a.unit !== b.unit) fields.push('unit');
  if (a.multiplier !== b.multiplier) fields.push('multiplier');
  if (a.rate !== b.rate) fields.push('rate');
  if (a.currency !== b.currency) fields.push('currency');
  if (a.fringeIds.join('\u0000') !== b.fringeIds.join('\u0000')) fields.push('fringeIds');
  if (!sameScheduleLink(a.scheduleLink, b.scheduleLink)) fields.push('scheduleLink');
  return fields;
};

/**
 * Two versions of a budget line by line (matched by line id), with the differences per account, section
 * and percentage item, in the subtotal and in the grand total. Both must be in the same currency.
 */
export const compareBudgets = (a: ComputedBudget, b: ComputedBudget): Result<BudgetComparison> => {
  if (a.currency !== b.currency) {
    return err(
      new DomainError(
        'validation',
        `Budgets in ${a.currency} and ${b.currency} cannot be compared line by line`,
      ),
    );
  }
  const beforeLines = computedLines(a);
  const beforeById = new Map(beforeLines.map((line) => [line.line.id, line]));
  const afterIds = new Set<string>();
  const lines: LineDifference[] = [];
  let unchangedLines = 0;
  for (const after of computedLines(b)) {
    const { id, accountNumber, description } = after.line;
    afterIds.add(id);
    const before = beforeById.get(id);
    if (!before) {
      const total = after.total + after.fringeTotal;
      lines.push({
        kind: 'added',
        lineId: id,
        accountNumber,
        description,
        after: figures(after),
        delta: total as MinorUnits,
      });
      continue;
    }
    const fields = changedFields(before.line, after.line);
    const was = figures(before);
    const now = figures(after);
    if (fields.length === 0 && was.total === now.total && was.quantity === now.quantity) {
      unchangedLines += 1;
      continue;
    }
    lines.push({
      kind: 'changed',
      lineId: id,
      accountNumber,
      description,
      fields,
      before: was,
      after: now,
      delta: (now.total - was.total) as MinorUnits,
    });
  }
  for (const before of beforeLines) {
    if (afterIds.has(before.line.id)) continue;
    const { id, accountNumber, description } = before.line;
    const was = figures(before);
    lines.push({
      kind: 'removed',
      lineId: id,
      accountNumber,
      description,
      before: was,
      delta: (0 - was.total) as MinorUnits,
    });
  }

  const chartA = a.engine.context.accounts;
  const chartB = b.engine.context.accounts;
  const accountNumbers = [...new Set([...b.accounts.keys(), ...a.accounts.keys()])];
  const accounts: AccountDifference[] = [];
  for (const accountNumber of accountNumbers) {
    const d = difference(
      a.accounts.get(accountNumber)?.total ?? 0,
      b.accounts.get(accountNumber)?.total ?? 0,
    );
    const account = chartB.get(accountNumber) ?? chartA.get(accountNumber);
    const inBoth = a.accounts.has(accountNumber) && b.accounts.has(accountNumber);
    if (!account || (d.delta === 0 && inBoth)) continue;
    accounts.push({ ...d, accountNumber, name: account.name, section: account.section });
  }

  const itemsA = new Map(a.percentageItems.map((item) => [item.id, item]));
  const itemsB = new Map(b.percentageItems.map((item) => [item.id, item]));
  const itemIds = [...new Set([...itemsB.keys(), ...itemsA.keys()])];

  const globalsA = a.engine.context.globals;
  const globalsB = b.engine.context.globals;
  const globalNames = [
    ...b.engine.context.setup.globals.map((g) => g.name),
    ...a.engine.context.setup.globals.map((g) => g.name),
  ];
  const globals = [...new Set(globalNames)]
    .map((name) => ({
      name,
      before: globalsA.get(name) ?? null,
      after: globalsB.get(name) ?? null,
    }))
    .filter((g) => g.before !== g.after);

  return ok({
    currency: b.currency,
    lines,
    unchangedLines,
    accounts,
    sections: Object.fromEntries(
      BUDGET_SECTIONS.map((section) => [
        section,
        difference(a.sections[section].total, b.sections[section].total),
      ]),
    ) as Record<BudgetSection, AmountDifference>,
    percentageItems: itemIds.map((id) => ({
      id,
      name: itemsB.get(id)?.name ?? itemsA.get(id)?.name ?? id,
      ...difference(itemsA.get(id)?.amount ?? 0, itemsB.get(id)?.amount ?? 0),
    })),
    subtotal: difference(a.subtotal, b.subtotal),
    grandTotal: difference(a.grandTotal, b.grandTotal),
    globals,
  });
};
