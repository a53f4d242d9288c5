import type {
  CalendarDate,
  CostLedger,
  CostLedgerBasis,
  CostReportBudget,
  CostReportSnapshot,
  Instant,
  MinorUnits,
  PersonId,
  ProductionId,
  SpendingApproval,
  SpendingDocument,
  SpendingDocumentId,
  SpendingDocumentStatus,
  Vendor,
  VendorId,
} from '@greenlight/domain';

// The cost repository's types (cost-repository.ts, cost-books.ts).

/** A spending document as stored: the domain's document plus its write version and submission count. */
export type StoredSpendingDocument = {
  readonly document: SpendingDocument;
  /** Moved by every write; writers name the version they read (compare-and-set). */
  readonly version: number;
  /** How many times it was submitted; sign-offs belong to the current submission. */
  readonly submission: number;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
};

export type SaveVendorInput = Omit<Vendor, 'id'> & { readonly id?: VendorId };

export type CostEstimateTarget = 'account' | 'item';

export type CostEstimate = {
  readonly target: CostEstimateTarget;
  readonly key: string;
  readonly amount: MinorUnits;
  readonly enteredBy: PersonId | null;
  readonly enteredAt: Instant;
};

export type IssuedCostReport = {
  readonly id: string;
  readonly asOf: CalendarDate;
  readonly snapshot: CostReportSnapshot;
  readonly issuedBy: PersonId | null;
  readonly issuedAt: Instant;
};

export type CostOverage = {
  readonly id: string;
  readonly accountNumber: string;
  readonly amount: MinorUnits;
  readonly reason: string;
  readonly requestedBy: PersonId | null;
  readonly approvedAt: Instant;
};

export type ListSpendingDocumentsOptions = {
  /** Documents dated on or before this day only. */
  readonly asOf?: CalendarDate;
  readonly status?: SpendingDocumentStatus;
  readonly purchaseOrderId?: SpendingDocumentId;
  /**
   * Every document of the ledger groups (a purchase order with its invoices, or a document alone) with a
   * line coded to this account: all that account's postings are worked out from.
   */
  readonly accountNumber?: string;
};

export type CostRepository = {
  listVendors(productionId: ProductionId): Promise<Vendor[]>;
  getVendor(productionId: ProductionId, id: string): Promise<Vendor | null>;
  createVendor(input: SaveVendorInput): Promise<Vendor>;
  updateVendor(vendor: Vendor): Promise<Vendor>;

  /** One document with its lines and the sign-offs of its current submission. */
  getDocument(productionId: ProductionId, id: string): Promise<StoredSpendingDocument | null>;
  /**
   * A production's documents with their lines, in date order, without sign-offs (`approvals` is empty):
   * what the ledger and the cost report read. Two statements (documents, lines), each answered as one row of
   * JSON text, and every document built with one object shape.
   */
  listDocuments(
    productionId: ProductionId,
    options?: ListSpendingDocumentsOptions,
  ): Promise<SpendingDocument[]>;
  /** Documents with their version and submission (lists, the inbox), newest first; no sign-offs. */
  listStoredDocuments(
    productionId: ProductionId,
    options?: ListSpendingDocumentsOptions,
  ): Promise<StoredSpendingDocument[]>;
  /** Sign-offs of the current submission of each given document. */
  approvalsOf(
    documents: readonly StoredSpendingDocument[],
  ): Promise<Map<SpendingDocumentId, SpendingApproval[]>>;
  createDocument(document: SpendingDocument): Promise<StoredSpendingDocument>;
  /** Replaces a draft's header and lines, if it is still at `expectedVersion`. */
  replaceDocument(
    document: SpendingDocument,
    expectedVersion: number,
  ): Promise<StoredSpendingDocument>;
  /**
   * Moves the status (and, on submission, the submission count) if the document is still at
   * `expectedVersion`; a conflict otherwise. Every sign-off, covering or not, goes through here, so of two
   * approvals read at the same version only one can be stored.
   */
  setStatus(
    id: SpendingDocumentId,
    status: SpendingDocumentStatus,
    expectedVersion: number,
    options?: { readonly newSubmission?: boolean },
  ): Promise<StoredSpendingDocument>;
  addApproval(
    documentId: SpendingDocumentId,
    submission: number,
    approval: SpendingApproval,
  ): Promise<void>;
  /**
   * The ledger as of a date from the totals the database keeps (migration 0013), in one statement; null when
   * none is kept for this currency and rate table, or when the documents moved around it (their count or
   * version sum is not the one kept): then work it out from the documents, or `rebuildLedger`.
   */
  ledgerAsOf(
    productionId: ProductionId,
    basis: CostLedgerBasis,
    asOf: CalendarDate,
  ): Promise<CostLedger | null>;
  /**
   * Works the production's ledger out from every document and keeps it for `basis`; every later write to a
   * document keeps it in step. Call it in a transaction (it locks the production's ledger first).
   */
  rebuildLedger(productionId: ProductionId, basis: CostLedgerBasis): Promise<void>;
  /**
   * Bulk insert of many documents (seeding and benchmarks): one statement per few thousand rows. It goes
   * around the stored ledger, which the next report works out again.
   */
  insertDocuments(documents: readonly SpendingDocument[]): Promise<void>;

  listEstimates(productionId: ProductionId): Promise<CostEstimate[]>;
  /** Sets estimates; a null amount removes one (back to the default). */
  saveEstimates(
    productionId: ProductionId,
    estimates: readonly {
      readonly target: CostEstimateTarget;
      readonly key: string;
      readonly amount: MinorUnits | null;
    }[],
    enteredBy: PersonId,
    at: Instant,
  ): Promise<void>;

  /** The latest report issued strictly before `asOf` (the "previous" of a report as of that day). */
  previousReport(productionId: ProductionId, asOf: CalendarDate): Promise<IssuedCostReport | null>;
  listReports(productionId: ProductionId): Promise<IssuedCostReport[]>;
  issueReport(
    productionId: ProductionId,
    snapshot: CostReportSnapshot,
    issuedBy: PersonId,
    at: Instant,
  ): Promise<IssuedCostReport>;

  /** What the cost report needs of a budget version at a revision, if kept (see `keepReportBudget`). */
  reportBudget(versionId: string, revision: number): Promise<CostReportBudget | null>;
  /** Keeps what the cost report needs of a version at a revision (its content at a revision never changes). */
  keepReportBudget(versionId: string, revision: number, budget: CostReportBudget): Promise<void>;

  listOverages(productionId: ProductionId): Promise<CostOverage[]>;
  addOverage(
    productionId: ProductionId,
    overage: Omit<CostOverage, 'id' | 'approvedAt'>,
    at: Instant,
  ): Promise<CostOverage>;
};
