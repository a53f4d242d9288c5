import type { AuthorityBasis } from '../authority/decision.js';
import type { CalendarDate, Instant } from '../shared/calendar-date.js';
import type { PersonId, ProductionId, SpendingDocumentId, VendorId } from '../shared/ids.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';

/**
 * The paper money moves on. A purchase order commits money before it is spent; the others record money
 * spent: an invoice (often against a purchase order), a check request (paying without an invoice: a
 * deposit, a location fee), a petty cash envelope (receipts spent from a float) and a card transaction.
 */
export const SPENDING_DOCUMENT_KINDS = [
  'purchase-order',
  'invoice',
  'check-request',
  'petty-cash',
  'card-transaction',
] as const;
export type SpendingDocumentKind = (typeof SPENDING_DOCUMENT_KINDS)[number];

export const SPENDING_DOCUMENT_KIND_LABELS: Readonly<Record<SpendingDocumentKind, string>> = {
  'purchase-order': 'Purchase order',
  invoice: 'Invoice',
  'check-request': 'Check request',
  'petty-cash': 'Petty cash envelope',
  'card-transaction': 'Card transaction',
};

/** Short codes for reports and document numbers (PO 0042, INV 0107). */
export const SPENDING_DOCUMENT_KIND_CODES: Readonly<Record<SpendingDocumentKind, string>> = {
  'purchase-order': 'PO',
  invoice: 'INV',
  'check-request': 'CR',
  'petty-cash': 'PC',
  'card-transaction': 'CC',
};

/**
 * Every status a document can have; which ones a kind uses is in `spending-document-status.ts`. A purchase
 * order is `committed` once approved and is relieved by invoices (`partly-liquidated`) until `closed`; the
 * other kinds are `approved`, then `paid`.
 */
export const SPENDING_DOCUMENT_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'committed',
  'partly-liquidated',
  'closed',
  'paid',
  'void',
] as const;
export type SpendingDocumentStatus = (typeof SPENDING_DOCUMENT_STATUSES)[number];

/** How much of one purchase-order line an invoice line relieves. */
export type Liquidation = {
  readonly purchaseOrderLineId: string;
  /** In the document's currency (an invoice is in its purchase order's currency). */
  readonly amount: MinorUnits;
};

/**
 * One coding line: what part of the document is charged to which budget account (and, where the
 * production tracks them, to which episode and set).
 */
export type CodingLine = {
  /** Unique within its document; invoices name purchase-order lines by it. */
  readonly id: string;
  readonly accountNumber: string;
  readonly episode: string | null;
  readonly set: string | null;
  readonly description: string;
  /** In the document's currency. Positive: a refund is a credit document of its own, not a negative line. */
  readonly amount: MinorUnits;
  /** Invoice lines only: the purchase-order line this line relieves, and by how much. */
  readonly liquidates: Liquidation | null;
};

/**
 * A sign-off on a submitted document. `covers` says whether the signer's limit covered the document's
 * amount at that moment: one covering approval (never the requester's) makes the document approved; a
 * sign-off above the signer's limit is kept and sends the document higher.
 */
export type SpendingApproval = {
  readonly personId: PersonId;
  readonly at: Instant;
  readonly basis: AuthorityBasis;
  readonly covers: boolean;
};

export type SpendingDocument = {
  readonly id: SpendingDocumentId;
  readonly productionId: ProductionId;
  readonly kind: SpendingDocumentKind;
  /** The production's own number for it (PO 0042), or the vendor's invoice number. */
  readonly number: string;
  /** Null only where no single vendor is paid: a petty cash envelope of many receipts. */
  readonly vendorId: VendorId | null;
  readonly date: CalendarDate;
  readonly currency: CurrencyCode;
  readonly description: string;
  readonly lines: readonly CodingLine[];
  /** Invoices only: the purchase order the invoice is billed against, if any. */
  readonly purchaseOrderId: SpendingDocumentId | null;
  readonly status: SpendingDocumentStatus;
  readonly requestedBy: PersonId;
  /** Sign-offs since the last submission, oldest first. */
  readonly approvals: readonly SpendingApproval[];
};

/** The document's amount: its lines together. There is no separate total to disagree with them. */
export const spendingDocumentTotal = (document: Pick<SpendingDocument, 'lines'>): MinorUnits => {
  let total = 0;
  for (const line of document.lines) total += line.amount;
  return total as MinorUnits;
};

/** Whether a sign-off within a signing limit has been given: what `approve` requires. */
export const isFullyApproved = (document: Pick<SpendingDocument, 'approvals'>): boolean =>
  document.approvals.some((a) => a.covers);
