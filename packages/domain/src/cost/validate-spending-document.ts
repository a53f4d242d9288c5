import { DomainError } from '../shared/domain-error.js';
import { formatMoney, type MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { SPENDING_DOCUMENT_KIND_LABELS, type SpendingDocument } from './spending-document.js';

/** The largest document amount accepted: ten billion in major units keeps every sum of documents safe. */
export const MAX_SPENDING_DOCUMENT_MINOR_UNITS = 1e12;

const problemsError = (document: SpendingDocument, problems: readonly string[]): DomainError => {
  const first = problems[0] ?? 'The document is not valid';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  return new DomainError('validation', `${first}${more}`, {
    documentId: document.id,
    problems: [...problems],
  });
};

/**
 * Checks a document on its own, listing every problem: a number, at least one line, unique line ids,
 * accounts on every line, positive whole amounts within the limit, and liquidations only on invoice lines
 * of an invoice billed against a purchase order, each at most its line's amount (an invoice line cannot
 * relieve more commitment than it spends; what a final invoice leaves open is released by closing the
 * purchase order). `knownAccounts`, when given, is the chart the lines must be coded to.
 */
export const validateSpendingDocument = (
  document: SpendingDocument,
  knownAccounts?: ReadonlySet<string>,
): Result<SpendingDocument> => {
  const problems: string[] = [];
  const label = SPENDING_DOCUMENT_KIND_LABELS[document.kind];
  if (document.number.trim() === '') problems.push(`${label} needs a number`);
  if (document.lines.length === 0) problems.push(`${label} ${document.number} has no lines`);
  if (document.kind !== 'invoice' && document.purchaseOrderId !== null) {
    problems.push(
      `Only an invoice is billed against a purchase order, not a ${label.toLowerCase()}`,
    );
  }
  const ids = new Set<string>();
  let total = 0;
  for (const [index, line] of document.lines.entries()) {
    const name = `Line ${index + 1} of ${label.toLowerCase()} ${document.number}`;
    if (ids.has(line.id)) problems.push(`${name} repeats the line id "${line.id}"`);
    ids.add(line.id);
    if (line.accountNumber.trim() === '') problems.push(`${name} is coded to no account`);
    else if (knownAccounts !== undefined && !knownAccounts.has(line.accountNumber)) {
      problems.push(
        `${name} is coded to account ${line.accountNumber}, which is not in the budget`,
      );
    }
    if (!Number.isSafeInteger(line.amount) || line.amount <= 0) {
      problems.push(`${name} needs an amount above zero in whole minor units`);
    } else {
      total += line.amount;
    }
    const liquidates = line.liquidates;
    if (liquidates === null) continue;
    if (document.kind !== 'invoice' || document.purchaseOrderId === null) {
      problems.push(`${name} relieves a purchase order, but only an invoice against one can`);
    } else if (
      !Number.isSafeInteger(liquidates.amount) ||
      liquidates.amount <= 0 ||
      liquidates.amount > line.amount
    ) {
      problems.push(
        `${name} relieves ${formatMoney(liquidates.amount, document.currency)} of the purchase order; it can relieve between nothing and its own ${formatMoney(line.amount, document.currency)}`,
      );
    }
  }
  if (total > MAX_SPENDING_DOCUMENT_MINOR_UNITS) {
    problems.push(
      `${label} ${document.number} comes to ${formatMoney(total as MinorUnits, document.currency)}, above the largest amount a document may have`,
    );
  }
  return problems.length === 0 ? ok(document) : err(problemsError(document, problems));
};

/**
 * Checks an invoice against the purchase order it is billed to: a committed (or partly liquidated)
 * purchase order of the same vendor and currency, and every liquidation naming one of its lines.
 */
export const validateInvoiceAgainstPurchaseOrder = (
  invoice: SpendingDocument,
  purchaseOrder: SpendingDocument,
): Result<SpendingDocument> => {
  const problems: string[] = [];
  const po = `purchase order ${purchaseOrder.number}`;
  if (purchaseOrder.kind !== 'purchase-order' || invoice.purchaseOrderId !== purchaseOrder.id) {
    problems.push(`Invoice ${invoice.number} is not billed against ${po}`);
  } else {
    if (purchaseOrder.status !== 'committed' && purchaseOrder.status !== 'partly-liquidated') {
      problems.push(
        `Invoice ${invoice.number} is billed against ${po}, which is ${purchaseOrder.status}: only a committed purchase order is invoiced`,
      );
    }
    if (purchaseOrder.currency !== invoice.currency) {
      problems.push(
        `Invoice ${invoice.number} is in ${invoice.currency} but ${po} is in ${purchaseOrder.currency}`,
      );
    }
    if (purchaseOrder.vendorId !== invoice.vendorId) {
      problems.push(`Invoice ${invoice.number} is from another vendor than ${po}`);
    }
    const lines = new Set(purchaseOrder.lines.map((l) => l.id));
    for (const line of invoice.lines) {
      if (line.liquidates !== null && !lines.has(line.liquidates.purchaseOrderLineId)) {
        problems.push(
          `Invoice ${invoice.number} relieves line "${line.liquidates.purchaseOrderLineId}", which ${po} does not have`,
        );
      }
    }
  }
  return problems.length === 0 ? ok(invoice) : err(problemsError(invoice, problems));
};
