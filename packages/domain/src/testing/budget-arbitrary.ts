// A fast-check arbitrary of budgets for round-trip tests of the budget file: a random budget whose
// every name and text is replaced by something awkward (formula characters, quotes, separators,
// backslashes, spaces at the ends, line breaks, non-Latin text, names that look like numbers or
// sections), with references renamed consistently and amounts pushed to their extremes.
import fc from 'fast-check';
import type { Budget } from '../budget/budget.js';
import type { Quantity } from '../budget/quantity.js';
import { currencyCode, type MinorUnits } from '../shared/money.js';
import { randomBudget } from './random-budget.js';

const AWKWARD = [
  '=SUM(A1:A9)',
  '+1',
  '-5 days',
  '@cmd',
  "'=already quoted",
  "''-two",
  '\t tab first',
  '\r\nCRLF first',
  ' leading space',
  'trailing space ',
  '  ',
  'a;b',
  'back\\slash',
  '\\',
  'say "cut", then',
  '12',
  '-0.5',
  '1,500',
  '.5',
  'ATL',
  'post',
  'Below the line',
  '_x0041_ literal',
  'Łódź — Zoë',
  'Ольга',
  '😀 emoji',
  'line\nbreak',
  'a\rb',
];

/** Text with no lone surrogates: every file format stores Unicode text, which has none. */
const wellFormed = (text: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** Any text, awkward text, or both run together. */
export const awkwardTextArbitrary = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(...AWKWARD),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.tuple(fc.constantFrom(...AWKWARD), fc.string({ maxLength: 4 })).map(([a, b]) => a + b),
    )
    .filter(wellFormed);

/** A name: awkward but never empty (a file cannot tell an empty name from a missing one). */
const nameArbitrary = (): fc.Arbitrary<string> =>
  awkwardTextArbitrary().filter((text) => text !== '');

type Renames = {
  readonly texts: readonly string[];
  readonly names: readonly string[];
  readonly rates: readonly number[];
  readonly quantities: readonly number[];
  readonly percents: readonly number[];
};

/**
 * A random budget (`randomBudget` with 0–12 lines) made awkward: descriptions and names from
 * `awkwardTextArbitrary`, ids, account numbers, fringe ids, global names and item ids renamed (unique,
 * never empty) everywhere they are used, rates and quantities at their extremes (negative, zero,
 * beyond 15 significant digits), percentages down to one basis point.
 */
export const budgetArbitrary = (): fc.Arbitrary<Budget> =>
  fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      lines: fc.integer({ min: 0, max: 12 }),
      renames: fc.record({
        texts: fc.array(awkwardTextArbitrary(), { minLength: 80, maxLength: 80 }),
        names: fc.array(nameArbitrary(), { minLength: 80, maxLength: 80 }),
        rates: fc.array(
          fc.oneof(
            fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
            fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
          ),
          { minLength: 16, maxLength: 16 },
        ),
        quantities: fc.array(
          fc.oneof(
            fc.integer({ min: -100_000_000, max: 100_000_000 }),
            fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER),
          ),
          { minLength: 16, maxLength: 16 },
        ),
        percents: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 8, maxLength: 8 }),
      }),
      yen: fc.boolean(),
    })
    .map(({ seed, lines, renames, yen }) => awkward(randomBudget(seed, lines), renames, yen));

const awkward = (budget: Budget, renames: Renames, yen: boolean): Budget => {
  let nextText = 0;
  const text = (): string => renames.texts[nextText++ % renames.texts.length] ?? '';
  // One unique new name per old name, per kind of thing named.
  let nextName = 0;
  const renamer = (): ((old: string) => string) => {
    const map = new Map<string, string>();
    const used = new Set<string>();
    return (old) => {
      let found = map.get(old);
      if (found === undefined) {
        found = renames.names[nextName++ % renames.names.length] ?? old;
        while (used.has(found)) found = `${found}${used.size}`;
        used.add(found);
        map.set(old, found);
      }
      return found;
    };
  };
  const account = renamer();
  const line = renamer();
  const fringe = renamer();
  const global = renamer();
  const item = renamer();
  const pick = <T>(values: readonly T[], index: number, otherwise: T): T =>
    values[index % values.length] ?? otherwise;

  return {
    ...budget,
    currency: yen ? currencyCode('JPY') : budget.currency,
    exchangeRates: yen
      ? budget.exchangeRates.map((rate) =>
          rate.currency === 'JPY'
            ? { currency: currencyCode('USD'), perUnitMicros: 149_000_001 }
            : rate,
        )
      : budget.exchangeRates,
    globals: budget.globals.map((g, index) => ({
      ...g,
      name: global(g.name),
      description: text(),
      value:
        g.value.kind === 'global'
          ? { kind: 'global', name: global(g.value.name) }
          : { kind: 'quantity', quantity: pick(renames.quantities, index, 0) as Quantity },
    })),
    fringes: budget.fringes.map((f, index) =>
      f.kind === 'percentage'
        ? {
            ...f,
            id: fringe(f.id),
            name: text(),
            rateBp: pick(renames.percents, index, 0),
            cap: index % 2 === 0 ? null : (Math.abs(pick(renames.rates, index, 0)) as MinorUnits),
          }
        : {
            ...f,
            id: fringe(f.id),
            name: text(),
            amount: pick(renames.rates, index, 0) as MinorUnits,
          },
    ),
    accounts: budget.accounts.map((a) => ({ ...a, number: account(a.number), name: text() })),
    lines: budget.lines.map((l, index) => ({
      ...l,
      id: line(l.id),
      accountNumber: account(l.accountNumber),
      description: text(),
      amount:
        l.amount.kind === 'global'
          ? { kind: 'global', name: global(l.amount.name) }
          : { kind: 'quantity', quantity: pick(renames.quantities, index + 3, 1000) as Quantity },
      multiplier: pick(renames.quantities, index + 7, 1000) as Quantity,
      rate: pick(renames.rates, index, 0) as MinorUnits,
      currency: yen && l.currency === 'JPY' ? currencyCode('USD') : l.currency,
      fringeIds: l.fringeIds.map(fringe),
    })),
    percentageItems: budget.percentageItems.map((i, index) => ({
      ...i,
      id: item(i.id),
      name: text(),
      rateBp: pick(renames.percents, index + 5, 0),
      base: { sections: i.base.sections, items: i.base.items.map(item) },
    })),
  };
};
