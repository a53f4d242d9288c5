import type {
  CreateFinancingSourceRequest,
  FinancingSourceDto,
  UpdateFinancingSourceRequest,
} from '@greenlight/contract';
import type { FinancingSourceKind, FinancingStatus } from '@greenlight/domain';
import { formatAmount, minorToInput, parseMoney } from '../../ui/money';
import { basisPointsToInput, parseBasisPoints } from './basis-points';

export type DrawdownDraft = { readonly week: string; readonly amount: string };

/** The add/edit form as typed: every field text, parsed only when saving. */
export type SourceDraft = {
  readonly name: string;
  readonly counterparty: string;
  readonly kind: FinancingSourceKind;
  readonly status: FinancingStatus;
  readonly amount: string;
  readonly currency: string;
  readonly equityShare: string;
  readonly interest: string;
  readonly fees: string;
  readonly premium: string;
  readonly recoupmentRank: string;
  readonly backEndPoints: string;
  readonly credits: string;
  readonly conditions: string;
  readonly drawdowns: readonly DrawdownDraft[];
};

export type DraftField = Exclude<keyof SourceDraft, 'drawdowns'> | 'drawdowns';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const emptyDraft = (currency: string): SourceDraft => ({
  name: '',
  counterparty: '',
  kind: 'equity',
  status: 'prospect',
  amount: '',
  currency,
  equityShare: '',
  interest: '',
  fees: '',
  premium: '',
  recoupmentRank: '',
  backEndPoints: '',
  credits: '',
  conditions: '',
  drawdowns: [],
});

const bpText = (bp: number | null): string => (bp === null ? '' : basisPointsToInput(bp));

/** A source as the edit form shows it. */
export const draftFromSource = (source: FinancingSourceDto): SourceDraft => ({
  name: source.name,
  counterparty: source.counterparty ?? '',
  kind: source.kind,
  status: source.status,
  amount: minorToInput(source.amount, source.currency),
  currency: source.currency,
  equityShare: bpText(source.terms.equityShareBp),
  interest: bpText(source.terms.interestBp),
  fees: source.terms.fees === null ? '' : minorToInput(source.terms.fees, source.currency),
  premium: bpText(source.terms.premiumBp),
  recoupmentRank: source.terms.recoupmentRank === null ? '' : String(source.terms.recoupmentRank),
  backEndPoints: bpText(source.terms.backEndPointsBp),
  credits: source.terms.credits.join('\n'),
  conditions: source.conditions.join('\n'),
  drawdowns: source.drawdowns.map((d) => ({
    week: String(d.week),
    amount: minorToInput(d.amount, source.currency),
  })),
});

/** The source as the API takes it (a create; an edit sends the fields that changed). */
export type SourceFields = Required<
  Pick<
    CreateFinancingSourceRequest,
    'name' | 'kind' | 'status' | 'amount' | 'currency' | 'conditions' | 'drawdowns'
  >
> & {
  readonly counterparty: string | null;
  readonly terms: FinancingSourceDto['terms'];
};

export type DraftCheck =
  | { readonly ok: true; readonly fields: SourceFields }
  | { readonly ok: false; readonly errors: DraftErrors };

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const CURRENCY = /^[A-Z]{3}$/;
const WHOLE = /^\d+$/;

/**
 * Checks the form and turns it into the API's fields, with a message a person can act on for every
 * field that is wrong (all of them at once, not the first only).
 */
export const checkDraft = (draft: SourceDraft): DraftCheck => {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Name the source of finance';
  else if (name.length > 200) errors.name = 'Keep the name under 200 characters';
  const counterparty = draft.counterparty.trim();
  if (counterparty.length > 200) errors.counterparty = 'Keep the counterparty under 200 characters';

  const currency = draft.currency.trim().toUpperCase();
  const currencyOk = CURRENCY.test(currency);
  if (!currencyOk) errors.currency = 'Use a three-letter currency code such as USD or EUR';

  let amount = 0;
  if (draft.amount.trim() === '') errors.amount = 'Enter the amount of the deal';
  else if (currencyOk) {
    const parsed = parseMoney(draft.amount, currency);
    if (!parsed.ok) errors.amount = parsed.error;
    else if (parsed.value === 0) errors.amount = 'The amount must be more than zero';
    else amount = parsed.value;
  }

  const percent = (
    field: 'equityShare' | 'interest' | 'premium' | 'backEndPoints',
    max: number,
    unit: string,
  ): number | null => {
    if (draft[field].trim() === '') return null;
    const parsed = parseBasisPoints(draft[field], { max, unit });
    if (parsed.ok) return parsed.value;
    errors[field] = parsed.error;
    return null;
  };
  const equityShareBp = percent('equityShare', 10_000, 'percentage');
  const interestBp = percent('interest', 100_000, 'percentage');
  const premiumBp = percent('premium', 100_000, 'percentage');
  const backEndPointsBp = percent('backEndPoints', 10_000, 'number of points');

  let fees: number | null = null;
  if (draft.fees.trim() !== '' && currencyOk) {
    const parsed = parseMoney(draft.fees, currency);
    if (parsed.ok) fees = parsed.value;
    else errors.fees = parsed.error;
  }

  let recoupmentRank: number | null = null;
  const rank = draft.recoupmentRank.trim();
  if (rank !== '') {
    if (WHOLE.test(rank) && Number(rank) >= 1 && Number(rank) <= 100) recoupmentRank = Number(rank);
    else errors.recoupmentRank = 'A whole number from 1 (recouped first) to 100';
  }

  const credits = lines(draft.credits);
  if (credits.length > 20) errors.credits = 'At most 20 credits';
  else if (credits.some((c) => c.length > 200))
    errors.credits = 'Keep each credit under 200 characters';
  const conditions = lines(draft.conditions);
  if (conditions.length > 50) errors.conditions = 'At most 50 conditions';
  else if (conditions.some((c) => c.length > 1_000)) {
    errors.conditions = 'Keep each condition under 1,000 characters';
  }

  const drawdowns: { week: number; amount: number }[] = [];
  for (const [index, row] of draft.drawdowns.entries()) {
    if (row.week.trim() === '' && row.amount.trim() === '') continue;
    const week = row.week.trim();
    if (!WHOLE.test(week) || Number(week) < 1 || Number(week) > 1_000) {
      errors.drawdowns = `Drawdown ${index + 1}: the week is a whole number from 1`;
      break;
    }
    const parsed = currencyOk ? parseMoney(row.amount, currency) : null;
    if (parsed === null) break;
    if (!parsed.ok) {
      errors.drawdowns = `Drawdown ${index + 1}: ${parsed.error.toLowerCase()}`;
      break;
    }
    drawdowns.push({ week: Number(week), amount: parsed.value });
  }
  const drawn = drawdowns.reduce((sum, d) => sum + d.amount, 0);
  if (errors.drawdowns === undefined && errors.amount === undefined && drawn > amount) {
    errors.drawdowns = `The drawdowns add up to ${formatAmount(drawn, currency)}, more than the ${formatAmount(amount, currency)} of the deal`;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      counterparty: counterparty === '' ? null : counterparty,
      kind: draft.kind,
      status: draft.status,
      amount,
      currency,
      terms: {
        equityShareBp,
        interestBp,
        fees,
        premiumBp,
        recoupmentRank,
        credits,
        backEndPointsBp,
      },
      conditions,
      drawdowns: drawdowns.sort((a, b) => a.week - b.week),
    },
  };
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const termsInOrder = (terms: FinancingSourceDto['terms']): FinancingSourceDto['terms'] => ({
  equityShareBp: terms.equityShareBp,
  interestBp: terms.interestBp,
  fees: terms.fees,
  premiumBp: terms.premiumBp,
  recoupmentRank: terms.recoupmentRank,
  credits: terms.credits,
  backEndPointsBp: terms.backEndPointsBp,
});

/**
 * An edit as a PATCH: only what changed (the audit log lists the fields changed, so "name" is not
 * recorded as a change of terms), at the version the form was opened on.
 */
export const sourceChanges = (
  source: FinancingSourceDto,
  fields: SourceFields,
): UpdateFinancingSourceRequest => ({
  ...(fields.name === source.name ? {} : { name: fields.name }),
  ...(fields.counterparty === source.counterparty ? {} : { counterparty: fields.counterparty }),
  ...(fields.kind === source.kind ? {} : { kind: fields.kind }),
  ...(fields.amount === source.amount ? {} : { amount: fields.amount }),
  ...(fields.currency === source.currency ? {} : { currency: fields.currency }),
  ...(same(termsInOrder(fields.terms), termsInOrder(source.terms)) ? {} : { terms: fields.terms }),
  ...(same(fields.conditions, source.conditions) ? {} : { conditions: fields.conditions }),
  ...(same(
    fields.drawdowns,
    source.drawdowns.map((d) => ({ week: d.week, amount: d.amount })),
  )
    ? {}
    : { drawdowns: fields.drawdowns }),
  version: source.version,
});

/** What a create sends: the fields, without empty extras. */
export const createRequest = (fields: SourceFields): CreateFinancingSourceRequest => ({
  name: fields.name,
  ...(fields.counterparty === null ? {} : { counterparty: fields.counterparty }),
  kind: fields.kind,
  status: fields.status,
  amount: fields.amount,
  currency: fields.currency,
  terms: fields.terms,
  conditions: fields.conditions,
  drawdowns: fields.drawdowns,
});
