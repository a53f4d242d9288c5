import type { ComputedLineDto, DetailLineDto } from '@greenlight/contract';
import {
  BUDGET_UNIT_LABELS,
  BUDGET_UNITS,
  formatQuantity,
  parseQuantity,
  type BudgetUnit,
  type Quantity,
} from '@greenlight/domain';
import { minorToInput, parseMoney } from '../../ui/money';
import { formatFigure } from './figures';
import type { EditableColumnId } from './grid-columns';

/** What a cell's value may be checked against: the version's globals, currencies and fringes. */
export type CellContext = {
  readonly budgetCurrency: string;
  /** The budget currency and every currency with an exchange rate. */
  readonly currencies: readonly string[];
  readonly globalNames: readonly string[];
  readonly fringeIds: readonly string[];
};

export type CellResult =
  | { readonly ok: true; readonly line: DetailLineDto }
  | { readonly ok: false; readonly error: string };

/** The detail line a computed line was worked out from: what the PATCH sends back. */
export const toDetailLine = (line: ComputedLineDto): DetailLineDto => ({
  id: line.id,
  accountNumber: line.accountNumber,
  description: line.description,
  amount: line.amount,
  unit: line.unit,
  multiplier: line.multiplier,
  rate: line.rate,
  currency: line.currency,
  fringeIds: line.fringeIds,
  scheduleLink: line.scheduleLink,
});

/** The text a cell's editor starts from. */
export const cellEditText = (line: DetailLineDto, column: EditableColumnId): string => {
  switch (column) {
    case 'description':
      return line.description;
    case 'amount':
      return line.amount.kind === 'global'
        ? line.amount.name
        : formatQuantity(line.amount.quantity as Quantity);
    case 'unit':
      return line.unit;
    case 'multiplier':
      return formatQuantity(line.multiplier as Quantity);
    case 'rate':
      return minorToInput(line.rate, line.currency);
    case 'currency':
      return line.currency;
    case 'fringes':
      return line.fringeIds.join(', ');
  }
};

/** The text a cell shows when it is not being edited (the fringes and total cells show amounts). */
export const cellDisplayText = (line: DetailLineDto, column: EditableColumnId): string => {
  switch (column) {
    case 'unit':
      return BUDGET_UNIT_LABELS[line.unit];
    case 'rate':
      return formatFigure(line.rate, line.currency);
    default:
      return cellEditText(line, column);
  }
};

const isUnit = (value: string): value is BudgetUnit =>
  (BUDGET_UNITS as readonly string[]).includes(value);

const readQuantity = (text: string, what: string): number | string => {
  const parsed = parseQuantity(text);
  if (!parsed.ok) return `${what}: enter a number with up to three decimals, like 2.5`;
  return parsed.value;
};

/** A rate may be a credit, so a leading minus is allowed; the digits go through `parseMoney`. */
const readRate = (text: string, currency: string): number | string => {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const parsed = parseMoney(negative ? trimmed.slice(1) : trimmed, currency);
  if (!parsed.ok) return `Rate: ${parsed.error}`;
  return negative ? -parsed.value : parsed.value;
};

/**
 * The line with one cell changed to what was typed, or why the text is not a value of that column. The
 * amount column takes a quantity or the name of a global (`SHOOT_DAYS`, any case).
 */
export const applyCellText = (
  line: DetailLineDto,
  column: EditableColumnId,
  text: string,
  context: CellContext,
): CellResult => {
  const done = (next: DetailLineDto): CellResult => ({ ok: true, line: next });
  const fail = (error: string): CellResult => ({ ok: false, error });
  const trimmed = text.trim();
  switch (column) {
    case 'description':
      return text.length > 500
        ? fail('Description: at most 500 characters')
        : done({ ...line, description: text.trim() });
    case 'amount': {
      if (trimmed === '') return fail('Amount: enter a quantity or the name of a global');
      const global = context.globalNames.find((n) => n.toLowerCase() === trimmed.toLowerCase());
      if (global !== undefined) return done({ ...line, amount: { kind: 'global', name: global } });
      if (/^[A-Za-z_]/.test(trimmed)) {
        return fail(
          `Amount: there is no global called ${trimmed}${
            context.globalNames.length === 0
              ? ''
              : ` (the globals are ${context.globalNames.join(', ')})`
          }`,
        );
      }
      const quantity = readQuantity(trimmed, 'Amount');
      return typeof quantity === 'string'
        ? fail(quantity)
        : done({ ...line, amount: { kind: 'quantity', quantity } });
    }
    case 'unit': {
      const unit = trimmed.toLowerCase();
      return isUnit(unit)
        ? done({ ...line, unit })
        : fail(`Unit: one of ${BUDGET_UNITS.map((u) => BUDGET_UNIT_LABELS[u]).join(', ')}`);
    }
    case 'multiplier': {
      if (trimmed === '') return fail('X: enter a number, 1 for one');
      const quantity = readQuantity(trimmed, 'X');
      return typeof quantity === 'string'
        ? fail(quantity)
        : done({ ...line, multiplier: quantity });
    }
    case 'rate': {
      const rate = readRate(trimmed, line.currency);
      return typeof rate === 'string' ? fail(rate) : done({ ...line, rate });
    }
    case 'currency': {
      const currency = trimmed.toUpperCase();
      if (!context.currencies.includes(currency)) {
        return fail(
          `Currency: ${currency || 'blank'} has no exchange rate in this budget; add one in the setup (${context.currencies.join(', ')} have one)`,
        );
      }
      // The rate keeps its digits: 1,500.00 USD becomes 1,500.00 EUR, not a conversion.
      const rate = readRate(minorToInput(line.rate, line.currency), currency);
      return done({ ...line, currency, rate: typeof rate === 'string' ? line.rate : rate });
    }
    case 'fringes': {
      const ids = trimmed === '' ? [] : trimmed.split(/[\s,]+/).filter(Boolean);
      const unknown = ids.filter((id) => !context.fringeIds.includes(id));
      if (unknown.length > 0) return fail(`Fringes: there is no fringe ${unknown.join(', ')}`);
      return done({ ...line, fringeIds: [...new Set(ids)] });
    }
  }
};

/** True when the edited line differs from the one it came from (an unchanged commit sends nothing). */
export const sameLine = (a: DetailLineDto, b: DetailLineDto): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The option a typed character picks in a unit or currency cell ("w" → weeks), as a select does; null
 * when none starts with it.
 */
export const matchOption = (
  column: 'unit' | 'currency',
  typed: string,
  context: CellContext,
): string | null => {
  const options = column === 'unit' ? [...BUDGET_UNITS] : context.currencies;
  const needle = typed.trim().toLowerCase();
  if (needle === '') return null;
  return options.find((option) => option.toLowerCase().startsWith(needle)) ?? null;
};
