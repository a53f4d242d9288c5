import {
  DomainError,
  SPENDING_DOCUMENT_KINDS,
  SPENDING_DOCUMENT_STATUSES,
  instant,
  type AuthorityBasis,
  type CalendarDate,
  type CodingLine,
  type CurrencyCode,
  type MinorUnits,
  type PersonId,
  type ProductionId,
  type SpendingApproval,
  type SpendingDocument,
  type SpendingDocumentId,
  type SpendingDocumentKind,
  type SpendingDocumentStatus,
  type VendorId,
} from '@greenlight/domain';
import { sql } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { createCostBooks, describeViolation } from './cost-books.js';
import type {
  CostRepository,
  ListSpendingDocumentsOptions,
  StoredSpendingDocument,
} from './cost-repository-types.js';

export type * from './cost-repository-types.js';
import { isUuid, toInstant, toJsonText } from './row-values.js';

const INSERT_CHUNK = 2_000;
const BULK_CHUNK = 20_000;

type PackedDocument = [
  id: string,
  kind: string,
  number: string,
  vendorId: string | null,
  date: string,
  currency: string,
  description: string,
  purchaseOrderId: string | null,
  status: string,
  requestedBy: string,
  version: number,
  submission: number,
  createdAt: string,
  updatedAt: string,
];

type PackedLine = [
  documentId: string,
  lineId: string,
  accountNumber: string,
  episode: string | null,
  set: string | null,
  description: string,
  amount: number,
  relievesLineId: string | null,
  relievesMinor: number | null,
];

const KINDS = new Set<string>(SPENDING_DOCUMENT_KINDS);
const STATUSES = new Set<string>(SPENDING_DOCUMENT_STATUSES);

const kindOf = (value: string): SpendingDocumentKind => {
  if (KINDS.has(value)) return value as SpendingDocumentKind;
  throw new DomainError('internal', `Unexpected spending document kind "${value}" in the database`);
};
const statusOf = (value: string): SpendingDocumentStatus => {
  if (STATUSES.has(value)) return value as SpendingDocumentStatus;
  throw new DomainError(
    'internal',
    `Unexpected spending document status "${value}" in the database`,
  );
};

const safeMinor = (value: number): MinorUnits => {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('internal', 'An amount in the database is not a safe integer');
  }
  return value as MinorUnits;
};

// One literal, keys always in this order: the ledger walks documents and lines many times, and one object
// shape keeps its property reads monomorphic.
const toLine = (p: PackedLine): CodingLine => ({
  id: p[1],
  accountNumber: p[2],
  episode: p[3],
  set: p[4],
  description: p[5],
  amount: safeMinor(p[6]),
  liquidates:
    p[7] === null || p[8] === null ? null : { purchaseOrderLineId: p[7], amount: safeMinor(p[8]) },
});

const toDocument = (
  productionId: ProductionId,
  p: PackedDocument,
  lines: readonly CodingLine[],
  approvals: readonly SpendingApproval[],
): SpendingDocument => ({
  id: p[0] as SpendingDocumentId,
  productionId,
  kind: kindOf(p[1]),
  number: p[2],
  vendorId: p[3] as VendorId | null,
  date: p[4] as CalendarDate,
  currency: p[5] as CurrencyCode,
  description: p[6],
  lines,
  purchaseOrderId: p[7] as SpendingDocumentId | null,
  status: statusOf(p[8]),
  requestedBy: p[9] as PersonId,
  approvals,
});

const toStored = (
  productionId: ProductionId,
  p: PackedDocument,
  lines: readonly CodingLine[],
  approvals: readonly SpendingApproval[],
): StoredSpendingDocument => ({
  document: toDocument(productionId, p, lines, approvals),
  version: p[10],
  submission: p[11],
  createdAt: toInstant(new Date(p[12]).toISOString()),
  updatedAt: toInstant(new Date(p[13]).toISOString()),
});

const lineRow = (documentId: string, line: CodingLine, position: number) => ({
  document_id: documentId,
  line_id: line.id,
  position,
  account_number: line.accountNumber,
  episode: line.episode,
  set_name: line.set,
  description: line.description,
  amount_minor: line.amount,
  relieves_line_id: line.liquidates?.purchaseOrderLineId ?? null,
  relieves_minor: line.liquidates?.amount ?? null,
});

const documentRow = (document: SpendingDocument) => ({
  production_id: document.productionId,
  kind: document.kind,
  number: document.number,
  vendor_id: document.vendorId,
  date: document.date,
  currency: document.currency,
  description: document.description,
  purchase_order_id: document.purchaseOrderId,
  status: document.status,
  requested_by: document.requestedBy,
});

const toBasis = (value: unknown): AuthorityBasis => {
  if (typeof value !== 'object' || value === null) {
    throw new DomainError('internal', 'A sign-off without its basis in the database');
  }
  return value as AuthorityBasis;
};

export const createCostRepository = (db: DbExecutor): CostRepository => {
  const packedDocuments = async (
    productionId: ProductionId,
    options: ListSpendingDocumentsOptions & { readonly id?: string },
    order: 'date' | 'newest',
  ): Promise<PackedDocument[]> => {
    // json (not jsonb) aggregation: text built once, no binary round trip; one row for the drivers to decode.
    const { rows } = await sql<{ docs: string | null }>`
      select json_agg(json_build_array(id, kind, number, vendor_id, date, currency, description,
        purchase_order_id, status, requested_by, version, submission, created_at, updated_at)
        order by ${order === 'date' ? sql`date, number, id` : sql`created_at desc, id desc`})::text as docs
      from spending_documents
      where production_id = ${productionId}::uuid
      ${options.id === undefined ? sql`` : sql`and id = ${options.id}::uuid`}
      ${options.asOf === undefined ? sql`` : sql`and date <= ${options.asOf}::date`}
      ${options.status === undefined ? sql`` : sql`and status = ${options.status}`}
      ${options.purchaseOrderId === undefined ? sql`` : sql`and purchase_order_id = ${options.purchaseOrderId}::uuid`}`.execute(
      db,
    );
    return JSON.parse(rows[0]?.docs ?? '[]') as PackedDocument[];
  };

  const packedLines = async (
    productionId: ProductionId,
    options: ListSpendingDocumentsOptions & { readonly id?: string },
  ): Promise<Map<string, CodingLine[]>> => {
    const filtered =
      options.id !== undefined ||
      options.asOf !== undefined ||
      options.status !== undefined ||
      options.purchaseOrderId !== undefined;
    const { rows } = await sql<{ lines: string | null }>`
      select json_agg(json_build_array(l.document_id, l.line_id, l.account_number, l.episode, l.set_name,
        l.description, l.amount_minor, l.relieves_line_id, l.relieves_minor)
        order by l.document_id, l.position)::text as lines
      from spending_document_lines l
      ${
        filtered
          ? sql`join spending_documents d on d.id = l.document_id
        where d.production_id = ${productionId}::uuid
        ${options.id === undefined ? sql`` : sql`and d.id = ${options.id}::uuid`}
        ${options.asOf === undefined ? sql`` : sql`and d.date <= ${options.asOf}::date`}
        ${options.status === undefined ? sql`` : sql`and d.status = ${options.status}`}
        ${options.purchaseOrderId === undefined ? sql`` : sql`and d.purchase_order_id = ${options.purchaseOrderId}::uuid`}`
          : sql`where l.document_id in (select id from spending_documents where production_id = ${productionId}::uuid)`
      }`.execute(db);
    const byDocument = new Map<string, CodingLine[]>();
    for (const packed of JSON.parse(rows[0]?.lines ?? '[]') as PackedLine[]) {
      const list = byDocument.get(packed[0]);
      if (list === undefined) byDocument.set(packed[0], [toLine(packed)]);
      else list.push(toLine(packed));
    }
    return byDocument;
  };

  const NO_LINES: readonly CodingLine[] = [];
  const NO_APPROVALS: readonly SpendingApproval[] = [];

  const listStored = async (
    productionId: ProductionId,
    options: ListSpendingDocumentsOptions & { readonly id?: string },
    order: 'date' | 'newest',
  ): Promise<StoredSpendingDocument[]> => {
    if (!isUuid(productionId) || (options.id !== undefined && !isUuid(options.id))) return [];
    const [documents, lines] = [
      await packedDocuments(productionId, options, order),
      await packedLines(productionId, options),
    ];
    return documents.map((p) =>
      toStored(productionId, p, lines.get(p[0]) ?? NO_LINES, NO_APPROVALS),
    );
  };

  const approvalsOf = async (
    documents: readonly StoredSpendingDocument[],
  ): Promise<Map<SpendingDocumentId, SpendingApproval[]>> => {
    const result = new Map<SpendingDocumentId, SpendingApproval[]>();
    if (documents.length === 0) return result;
    const submissions = new Map(documents.map((d) => [d.document.id as string, d.submission]));
    const rows = await db
      .selectFrom('spending_approvals')
      .selectAll()
      .where(
        'document_id',
        'in',
        documents.map((d) => d.document.id),
      )
      .orderBy('at')
      .orderBy('person_id')
      .execute();
    for (const row of rows) {
      if (submissions.get(row.document_id) !== row.submission) continue;
      const id = row.document_id as SpendingDocumentId;
      const approval: SpendingApproval = {
        personId: row.person_id as PersonId,
        at: toInstant(row.at),
        basis: toBasis(row.basis),
        covers: row.covers,
      };
      const list = result.get(id);
      if (list === undefined) result.set(id, [approval]);
      else list.push(approval);
    }
    return result;
  };

  const getDocument = async (
    productionId: ProductionId,
    id: string,
  ): Promise<StoredSpendingDocument | null> => {
    const [stored] = await listStored(productionId, { id }, 'date');
    if (stored === undefined) return null;
    const approvals = (await approvalsOf([stored])).get(stored.document.id) ?? [];
    return { ...stored, document: { ...stored.document, approvals } };
  };

  const mustGet = async (document: SpendingDocument): Promise<StoredSpendingDocument> => {
    const stored = await getDocument(document.productionId, document.id);
    if (stored === null) {
      throw new DomainError('not-found', 'No such spending document', { documentId: document.id });
    }
    return stored;
  };

  const insertLines = async (rows: readonly ReturnType<typeof lineRow>[]): Promise<void> => {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await db
        .insertInto('spending_document_lines')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .execute();
    }
  };

  const conflict = async (productionId: ProductionId, id: SpendingDocumentId): Promise<never> => {
    const current = await getDocument(productionId, id);
    if (current === null) {
      throw new DomainError('not-found', 'No such spending document', { documentId: id });
    }
    throw new DomainError(
      'conflict',
      'Someone changed this document since it was read; load it again',
      { documentId: id, status: current.document.status, version: current.version },
    );
  };

  return {
    ...createCostBooks(db),
    getDocument,

    listDocuments: async (productionId, options = {}) =>
      (await listStored(productionId, options, 'date')).map((s) => s.document),

    listStoredDocuments: (productionId, options = {}) =>
      listStored(productionId, options, 'newest'),

    approvalsOf,

    createDocument: (document) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('spending_documents')
          .values({ id: document.id, ...documentRow(document) })
          .returning('id')
          .executeTakeFirstOrThrow();
        await insertLines(document.lines.map((line, i) => lineRow(row.id, line, i)));
        return mustGet(document);
      }, describeViolation),

    replaceDocument: (document, expectedVersion) =>
      withConstraintErrors(async () => {
        const moved = await db
          .updateTable('spending_documents')
          .set((eb) => ({
            ...documentRow(document),
            version: eb('version', '+', 1),
            updated_at: sql<string>`now()`,
          }))
          .where('id', '=', document.id)
          .where('production_id', '=', document.productionId)
          .where('version', '=', expectedVersion)
          .returning('id')
          .executeTakeFirst();
        if (moved === undefined) return conflict(document.productionId, document.id);
        await db
          .deleteFrom('spending_document_lines')
          .where('document_id', '=', document.id)
          .execute();
        await insertLines(document.lines.map((line, i) => lineRow(document.id, line, i)));
        return mustGet(document);
      }, describeViolation),

    setStatus: async (id, status, expectedVersion, options = {}) => {
      if (!isUuid(id)) throw new DomainError('not-found', 'No such spending document');
      const moved = await db
        .updateTable('spending_documents')
        .set((eb) => ({
          status,
          version: eb('version', '+', 1),
          ...(options.newSubmission === true ? { submission: eb('submission', '+', 1) } : {}),
          updated_at: sql<string>`now()`,
        }))
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .returning('production_id')
        .executeTakeFirst();
      if (moved === undefined) {
        const row = await db
          .selectFrom('spending_documents')
          .select('production_id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (row === undefined) throw new DomainError('not-found', 'No such spending document');
        return conflict(row.production_id as ProductionId, id);
      }
      const stored = await getDocument(moved.production_id as ProductionId, id);
      if (stored === null) throw new DomainError('not-found', 'No such spending document');
      return stored;
    },

    addApproval: (documentId, submission, approval) =>
      withConstraintErrors(async () => {
        await db
          .insertInto('spending_approvals')
          .values({
            document_id: documentId,
            submission,
            person_id: approval.personId,
            at: approval.at,
            basis: toJsonText(approval.basis),
            covers: approval.covers,
          })
          .execute();
      }, describeViolation),

    ledgerRead: async (productionId, since, known = null) => {
      // The database's clock, like the `updated_at` it is compared with; nothing was read before the epoch.
      const nothing = {
        readAt: instant('1970-01-01T00:00:00Z'),
        count: 0,
        versionSum: 0,
        documents: [],
      };
      if (!isUuid(productionId)) return nothing;
      const changed =
        since === null
          ? sql`d.production_id = ${productionId}::uuid`
          : sql`d.production_id = ${productionId}::uuid and d.updated_at >= ${since}::timestamptz`;
      // The subqueries in the else branch run only when the documents moved since `known`.
      const unchanged =
        known === null
          ? sql`false`
          : sql`f.count = ${known.count}::int and f.version_sum = ${known.versionSum}::int8`;
      const { rows } = await sql<{
        read_at: string;
        count: number;
        version_sum: number;
        docs: string | null;
        lines: string | null;
      }>`
        with f as (
          select count(*)::int as count, coalesce(sum(version), 0)::int8 as version_sum
          from spending_documents where production_id = ${productionId}::uuid
        )
        select now() as read_at, f.count, f.version_sum,
          case when ${unchanged} then null else
          (select json_agg(json_build_array(d.id, d.kind, d.number, d.vendor_id, d.date, d.currency, d.description,
              d.purchase_order_id, d.status, d.requested_by, d.version, d.submission, d.created_at, d.updated_at))::text
            from spending_documents d where ${changed}) end as docs,
          case when ${unchanged} then null else
          (select json_agg(json_build_array(l.document_id, l.line_id, l.account_number, l.episode, l.set_name,
              l.description, l.amount_minor, l.relieves_line_id, l.relieves_minor) order by l.document_id, l.position)::text
            from spending_document_lines l join spending_documents d on d.id = l.document_id where ${changed}) end as lines
        from f`.execute(db);
      const row = rows[0];
      if (row === undefined) return nothing;
      const lines = new Map<string, CodingLine[]>();
      for (const packed of JSON.parse(row.lines ?? '[]') as PackedLine[]) {
        const list = lines.get(packed[0]);
        if (list === undefined) lines.set(packed[0], [toLine(packed)]);
        else list.push(toLine(packed));
      }
      const documents = (JSON.parse(row.docs ?? '[]') as PackedDocument[]).map((p) => {
        const stored = toStored(productionId, p, lines.get(p[0]) ?? NO_LINES, NO_APPROVALS);
        return { document: stored.document, version: stored.version, updatedAt: stored.updatedAt };
      });
      return {
        readAt: toInstant(new Date(row.read_at).toISOString()),
        count: row.count,
        versionSum: row.version_sum,
        documents,
      };
    },

    insertDocuments: (documents) =>
      withConstraintErrors(async () => {
        // One JSON parameter per chunk, unpacked by the database: far fewer parameters to bind than a
        // VALUES list (PGlite spends most of a bulk insert there).
        for (let i = 0; i < documents.length; i += BULK_CHUNK) {
          const rows = documents
            .slice(i, i + BULK_CHUNK)
            .map((d) => ({ id: d.id, ...documentRow(d) }));
          await sql`
            insert into spending_documents (id, production_id, kind, number, vendor_id, date, currency,
              description, purchase_order_id, status, requested_by)
            select id, production_id, kind, number, vendor_id, date, currency, description, purchase_order_id,
              status, requested_by
            from json_to_recordset(${toJsonText(rows)}::json) as x(id uuid, production_id uuid, kind text,
              number text, vendor_id uuid, date date, currency text, description text, purchase_order_id uuid,
              status text, requested_by uuid)`.execute(db);
        }
        const lines = documents.flatMap((d) => d.lines.map((l, n) => lineRow(d.id, l, n)));
        for (let i = 0; i < lines.length; i += BULK_CHUNK) {
          await sql`
            insert into spending_document_lines (document_id, line_id, position, account_number, episode,
              set_name, description, amount_minor, relieves_line_id, relieves_minor)
            select document_id, line_id, position, account_number, episode, set_name, description, amount_minor,
              relieves_line_id, relieves_minor
            from json_to_recordset(${toJsonText(lines.slice(i, i + BULK_CHUNK))}::json) as x(document_id uuid,
              line_id text, position integer, account_number text, episode text, set_name text, description text,
              amount_minor bigint, relieves_line_id text, relieves_minor bigint)`.execute(db);
        }
      }, describeViolation),
  };
};
