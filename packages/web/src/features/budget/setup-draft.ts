import type { BudgetSetupDto } from '@greenlight/contract';
import {
  BUDGET_UNITS,
  formatQuantity,
  parseQuantity,
  type BudgetSection,
  type BudgetUnit,
  type Quantity,
} from '@greenlight/domain';
import { minorToInput, parseMoney } from '../../ui/money';

type Fringe = BudgetSetupDto['fringes'][number];
type Global = BudgetSetupDto['globals'][number];
type Item = BudgetSetupDto['percentageItems'][number];

// The setup as the form edits it: every number as the text typed, so a half-typed value is never lost
// and every problem is shown next to its field before anything is sent.

export type FringeDraft = {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly kind: Fringe['kind'];
  readonly percent: string;
  readonly threshold: string;
  readonly cap: string;
  readonly amount: string;
  readonly unit: BudgetUnit;
};

export type GlobalDraft = {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** A number, or another global's name. */
  readonly value: string;
  readonly scheduleLink: Global['scheduleLink'];
};

export type ItemDraft = {
  readonly key: string;
  readonly id: string;
  readonly kind: Item['kind'];
  readonly name: string;
  readonly percent: string;
  readonly sections: readonly BudgetSection[];
  readonly items: readonly string[];
};

export type RateDraft = { readonly key: string; readonly currency: string; readonly rate: string };

export type SetupDraft = {
  readonly fringes: readonly FringeDraft[];
  readonly globals: readonly GlobalDraft[];
  readonly items: readonly ItemDraft[];
  readonly rates: readonly RateDraft[];
};

/** Field errors by `<kind>:<row key>:<field>` (`fringe:3:percent`). */
export type SetupErrors = Readonly<Record<string, string>>;

export type BuiltSetup =
  | { readonly ok: true; readonly setup: BudgetSetupDto }
  | { readonly ok: false; readonly errors: SetupErrors };

/** Basis points as a percentage to type: 765 → "7.65". */
export const percentText = (bp: number): string => {
  const whole = Math.floor(bp / 100);
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
};

/** "7.65" (or "7.65 %") → 765 basis points; null when it is not a percentage from 0 to 100 with two decimals. */
export const parsePercent = (text: string): number | null => {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp > 10_000 ? null : bp;
};

/** Millionths as a rate to type: 1,085,000 → "1.085". */
export const rateText = (micros: number): string => {
  const whole = Math.floor(micros / 1_000_000);
  const fraction = String(micros % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
};

/** "1.085" → 1,085,000 millionths; null when not a positive rate with up to six decimals. */
export const parseRate = (text: string): number | null => {
  const match = /^\s*(\d{1,7})(?:\.(\d{1,6}))?\s*$/.exec(text);
  if (!match) return null;
  const micros = Number(match[1]) * 1_000_000 + Number((match[2] ?? '').padEnd(6, '0'));
  return micros > 0 ? micros : null;
};

export const setupDraft = (setup: BudgetSetupDto, currency: string): SetupDraft => ({
  fringes: setup.fringes.map((fringe, i) => ({
    key: `f${i}`,
    id: fringe.id,
    name: fringe.name,
    kind: fringe.kind,
    percent: fringe.kind === 'percentage' ? percentText(fringe.rateBp) : '',
    threshold:
      fringe.kind === 'percentage' && fringe.threshold !== null
        ? minorToInput(fringe.threshold, currency)
        : '',
    cap:
      fringe.kind === 'percentage' && fringe.cap !== null ? minorToInput(fringe.cap, currency) : '',
    amount: fringe.kind === 'flat-per-unit' ? minorToInput(fringe.amount, currency) : '',
    unit: fringe.kind === 'flat-per-unit' ? fringe.unit : 'days',
  })),
  globals: setup.globals.map((global, i) => ({
    key: `g${i}`,
    name: global.name,
    description: global.description,
    value:
      global.value.kind === 'global'
        ? global.value.name
        : formatQuantity(global.value.quantity as Quantity),
    scheduleLink: global.scheduleLink,
  })),
  items: setup.percentageItems.map((item, i) => ({
    key: `p${i}`,
    id: item.id,
    kind: item.kind,
    name: item.name,
    percent: percentText(item.rateBp),
    sections: item.base.sections,
    items: item.base.items,
  })),
  rates: setup.exchangeRates.map((rate, i) => ({
    key: `r${i}`,
    currency: rate.currency,
    rate: rateText(rate.perUnitMicros),
  })),
});

/** A key for a new row, unlike any in the draft. */
export const freshKey = (prefix: string, taken: readonly { readonly key: string }[]): string => {
  let n = taken.length;
  while (taken.some((row) => row.key === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
};

/** An id from a name ("Meal penalty" → "meal-penalty"), made unique among `taken`. */
export const slugId = (name: string, taken: readonly string[]): string => {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'item';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
};

const GLOBAL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The setup to PUT from the draft, or every field's problem. The chart of accounts is sent back exactly as
 * it came (this form does not edit it). Money is in the budget currency's minor units.
 */
export const buildSetup = (
  draft: SetupDraft,
  original: BudgetSetupDto,
  currency: string,
): BuiltSetup => {
  const errors: Record<string, string> = {};
  const money = (where: string, text: string, optional: boolean): number | null => {
    if (text.trim() === '') {
      if (!optional) errors[where] = 'Enter an amount';
      return null;
    }
    const parsed = parseMoney(text, currency);
    if (!parsed.ok) {
      errors[where] = parsed.error;
      return null;
    }
    return parsed.value;
  };

  const fringeIds: string[] = [];
  const fringes = draft.fringes.flatMap((f): Fringe[] => {
    const at = `fringe:${f.key}`;
    const name = f.name.trim();
    if (name === '') errors[`${at}:name`] = 'Name the fringe';
    const id = f.id === '' ? slugId(name, fringeIds) : f.id;
    fringeIds.push(id);
    if (f.kind === 'percentage') {
      const rateBp = parsePercent(f.percent);
      if (rateBp === null) errors[`${at}:percent`] = 'A percentage from 0 to 100, like 7.65';
      const threshold = money(`${at}:threshold`, f.threshold, true);
      const cap = money(`${at}:cap`, f.cap, true);
      if (threshold !== null && cap !== null && cap <= threshold) {
        errors[`${at}:cap`] = 'The cap must be above the threshold';
      }
      return rateBp === null ? [] : [{ id, name, kind: 'percentage', rateBp, threshold, cap }];
    }
    const amount = money(`${at}:amount`, f.amount, false);
    if (!(BUDGET_UNITS as readonly string[]).includes(f.unit))
      errors[`${at}:unit`] = 'Choose a unit';
    return amount === null ? [] : [{ id, name, kind: 'flat-per-unit', amount, unit: f.unit }];
  });

  const names = draft.globals.map((g) => g.name.trim());
  const globals = draft.globals.flatMap((g, i): Global[] => {
    const at = `global:${g.key}`;
    const name = names[i] ?? '';
    if (!GLOBAL_NAME.test(name)) {
      errors[`${at}:name`] = 'Letters, digits and _ , starting with a letter (SHOOT_DAYS)';
    } else if (names.findIndex((n) => n.toLowerCase() === name.toLowerCase()) !== i) {
      errors[`${at}:name`] = `There is already a global called ${name}`;
    }
    const text = g.value.trim();
    const reference = names.find((n) => n !== name && n.toLowerCase() === text.toLowerCase());
    let value: Global['value'] | null = null;
    if (reference !== undefined) value = { kind: 'global', name: reference };
    else {
      const parsed = parseQuantity(text);
      if (text !== '' && parsed.ok) value = { kind: 'quantity', quantity: parsed.value };
      else errors[`${at}:value`] = 'A number (up to three decimals) or another global’s name';
    }
    return value === null
      ? []
      : [{ name, description: g.description.trim(), value, scheduleLink: g.scheduleLink }];
  });

  const itemIds: string[] = [];
  const percentageItems = draft.items.flatMap((item): Item[] => {
    const at = `item:${item.key}`;
    const name = item.name.trim();
    if (name === '') errors[`${at}:name`] = 'Name the item';
    const id = item.id === '' ? slugId(name, itemIds) : item.id;
    // An item's base may only include items before it, so there is never a circle.
    const earlier = [...itemIds];
    itemIds.push(id);
    const rateBp = parsePercent(item.percent);
    if (rateBp === null) errors[`${at}:percent`] = 'A percentage from 0 to 100, like 10';
    if (item.sections.length === 0 && item.items.length === 0) {
      errors[`${at}:base`] = 'Choose what it is a percentage of';
    }
    const items = item.items.filter((i) => earlier.includes(i));
    return rateBp === null
      ? []
      : [{ id, kind: item.kind, name, rateBp, base: { sections: [...item.sections], items } }];
  });

  const currencies = draft.rates.map((r) => r.currency.trim().toUpperCase());
  const exchangeRates = draft.rates.flatMap((rate, i) => {
    const at = `rate:${rate.key}`;
    const code = currencies[i] ?? '';
    if (!/^[A-Z]{3}$/.test(code)) errors[`${at}:currency`] = 'A three-letter code, like EUR';
    else if (code === currency)
      errors[`${at}:currency`] = `${currency} is the budget’s own currency`;
    else if (currencies.indexOf(code) !== i)
      errors[`${at}:currency`] = `${code} already has a rate`;
    const perUnitMicros = parseRate(rate.rate);
    if (perUnitMicros === null)
      errors[`${at}:rate`] = `What one ${code || 'unit'} is worth in ${currency}, like 1.085`;
    return perUnitMicros === null ? [] : [{ currency: code, perUnitMicros }];
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    setup: { accounts: original.accounts, fringes, globals, percentageItems, exchangeRates },
  };
};
