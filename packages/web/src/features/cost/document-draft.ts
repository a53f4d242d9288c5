import {
  ApiError,
  type SaveSpendingDocumentRequest,
  type SpendingDocumentDto,
} from '@greenlight/contract';
import type { SpendingDocumentKind } from '@greenlight/domain';
import { minorToInput, parseMoney } from '../../ui/money';

/** One coding line as typed: the amount is the text in the money field until the form is sent. */
export type DraftLine = {
  /** The line's id in the document (`line-1`): purchase-order lines are relieved by it. */
  readonly id: string;
  readonly accountNumber: string;
  readonly episode: string;
  readonly set: string;
  readonly description: string;
  readonly amount: string;
  /** Invoice lines: the purchase-order line this one relieves ('' for none). */
  readonly relieves: string;
};

export type DocumentDraft = {
  readonly kind: SpendingDocumentKind;
  readonly number: string;
  readonly vendorId: string;
  readonly date: string;
  readonly currency: string;
  readonly description: string;
  readonly purchaseOrderId: string;
  readonly lines: readonly DraftLine[];
};

/**
 * Problems by field: `number`, `vendorId`, `date`, `purchaseOrderId`, `lines`, `lines.0.amount`,
 * `lines.2.accountNumber`…; `form` holds what belongs to no single field.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** A new line takes the first free `line-N`: unique in the document without a clock or a random number. */
export const nextLineId = (lines: readonly Pick<DraftLine, 'id'>[]): string => {
  const taken = new Set(lines.map((l) => l.id));
  let n = 1;
  while (taken.has(`line-${n}`)) n += 1;
  return `line-${n}`;
};

export const emptyLine = (lines: readonly Pick<DraftLine, 'id'>[]): DraftLine => ({
  id: nextLineId(lines),
  accountNumber: '',
  episode: '',
  set: '',
  description: '',
  amount: '',
  relieves: '',
});

export const emptyDraft = (
  kind: SpendingDocumentKind,
  date: string,
  currency: string,
): DocumentDraft => ({
  kind,
  number: '',
  vendorId: '',
  date,
  currency,
  description: '',
  purchaseOrderId: '',
  lines: [emptyLine([])],
});

/** A stored draft back into the form, to change it. */
export const draftFromDocument = (document: SpendingDocumentDto): DocumentDraft => ({
  kind: document.kind,
  number: document.number,
  vendorId: document.vendorId ?? '',
  date: document.date,
  currency: document.currency,
  description: document.description,
  purchaseOrderId: document.purchaseOrderId ?? '',
  lines: document.lines.map((l) => ({
    id: l.id,
    accountNumber: l.accountNumber,
    episode: l.episode ?? '',
    set: l.set ?? '',
    description: l.description,
    amount: minorToInput(l.amount, document.currency),
    relieves: l.liquidates?.purchaseOrderLineId ?? '',
  })),
});

/**
 * An invoice billing a purchase order: its lines, each relieving the purchase-order line it copies, for the
 * accountant to trim to what the vendor actually billed.
 */
export const linesBillingPurchaseOrder = (purchaseOrder: SpendingDocumentDto): DraftLine[] =>
  purchaseOrder.lines.map((l, i) => ({
    id: `line-${i + 1}`,
    accountNumber: l.accountNumber,
    episode: l.episode ?? '',
    set: l.set ?? '',
    description: l.description,
    amount: minorToInput(l.amount, purchaseOrder.currency),
    relieves: l.id,
  }));

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export type DraftResult =
  | { readonly ok: true; readonly body: SaveSpendingDocumentRequest }
  | { readonly ok: false; readonly errors: FieldErrors };

/**
 * The request for a draft, or every problem the form can see by itself, by field. An invoice line that
 * relieves a purchase-order line relieves its whole amount: what a final invoice leaves open is released by
 * closing the purchase order.
 */
export const draftToRequest = (draft: DocumentDraft, version?: number): DraftResult => {
  const errors: Record<string, string> = {};
  if (draft.number.trim() === '') errors['number'] = 'Give the document its number';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors['date'] = 'Enter the date on the document';
  if (draft.kind !== 'petty-cash' && draft.vendorId === '') {
    errors['vendorId'] = 'Choose the vendor (only petty cash has none)';
  }
  if (draft.lines.length === 0) errors['lines'] = 'Code the document to at least one account';
  const invoiceOfPo = draft.kind === 'invoice' && draft.purchaseOrderId !== '';
  const lines: SaveSpendingDocumentRequest['lines'] = [];
  draft.lines.forEach((line, i) => {
    if (line.accountNumber.trim() === '') errors[`lines.${i}.accountNumber`] = 'Choose an account';
    const amount = parseMoney(line.amount, draft.currency);
    if (!amount.ok) errors[`lines.${i}.amount`] = amount.error;
    else if (amount.value === 0) errors[`lines.${i}.amount`] = 'The amount must be above zero';
    if (!amount.ok || amount.value === 0) return;
    lines.push({
      id: line.id,
      accountNumber: line.accountNumber.trim(),
      episode: orNull(line.episode),
      set: orNull(line.set),
      description: line.description.trim(),
      amount: amount.value,
      liquidates:
        invoiceOfPo && line.relieves !== ''
          ? { purchaseOrderLineId: line.relieves, amount: amount.value }
          : null,
    });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      kind: draft.kind,
      number: draft.number.trim(),
      vendorId: draft.vendorId === '' ? null : draft.vendorId,
      date: draft.date,
      currency: draft.currency,
      description: draft.description.trim(),
      purchaseOrderId: invoiceOfPo ? draft.purchaseOrderId : null,
      lines,
      ...(version === undefined ? {} : { version }),
    },
  };
};

const LINE_PROBLEM = /^Line (\d+) of /;

/** Which field of a line a problem sentence is about, from its words. */
const lineField = (problem: string): string =>
  /coded to|account/.test(problem)
    ? 'accountNumber'
    : /relieves/.test(problem)
      ? 'relieves'
      : 'amount';

/**
 * The server's refusal, field by field: the schema's issues carry their path (`lines.0.amount`), the
 * domain's problems name their line ("Line 2 of purchase order PO 7 is coded to no account"). What names no
 * field is kept under `form`.
 */
export const serverFieldErrors = (error: unknown): FieldErrors | null => {
  if (!(error instanceof ApiError) || error.code !== 'validation') return null;
  const errors: Record<string, string> = {};
  const unplaced: string[] = [];
  const issues = error.details?.['issues'];
  if (Array.isArray(issues)) {
    for (const issue of issues as { path?: unknown; message?: unknown }[]) {
      // A liquidation's own problems are shown at the line's "relieves" picker.
      const path = Array.isArray(issue.path)
        ? issue.path
            .map(String)
            .join('.')
            .replace(/^(lines\.\d+)\.liquidates.*$/, '$1.relieves')
        : '';
      const message = typeof issue.message === 'string' ? issue.message : 'Not valid';
      if (path === '') unplaced.push(message);
      else errors[path] ??= message;
    }
  }
  const problems = error.details?.['problems'];
  if (Array.isArray(problems)) {
    for (const problem of problems) {
      if (typeof problem !== 'string') continue;
      const line = LINE_PROBLEM.exec(problem);
      if (line?.[1] !== undefined) {
        errors[`lines.${Number(line[1]) - 1}.${lineField(problem)}`] ??= problem;
      } else if (/needs a number/.test(problem)) errors['number'] ??= problem;
      else if (/purchase order/i.test(problem)) errors['purchaseOrderId'] ??= problem;
      else unplaced.push(problem);
    }
  }
  if (Object.keys(errors).length === 0 && unplaced.length === 0) unplaced.push(error.message);
  if (unplaced.length > 0) errors['form'] = unplaced.join(' ');
  return errors;
};
