import type {
  CodingLine,
  PersonId,
  ProductionId,
  SpendingApproval,
  SpendingDocumentId,
} from '@greenlight/domain';
import { sql, type RawBuilder } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import type {
  ListSpendingDocumentsOptions,
  StoredSpendingDocument,
} from './cost-repository-types.js';
import { isUuid, toInstant } from './row-values.js';
import {
  toBasis,
  toLine,
  toStored,
  type PackedDocument,
  type PackedLine,
} from './spending-document-rows.js';

/** What a read of documents may be narrowed to, beyond the public options. */
export type DocumentFilter = ListSpendingDocumentsOptions & {
  readonly id?: string;
  /** Every document of these ledger groups (see the domain's `spendingGroupOf`). */
  readonly groups?: readonly string[];
  /** These documents (what `groups` comes to). */
  readonly ids?: readonly string[];
};

const NO_LINES: readonly CodingLine[] = [];
const NO_APPROVALS: readonly SpendingApproval[] = [];

// A document's ledger group in SQL, as `spendingGroupOf` has it: its purchase order's, else its own.
const inGroups = (roots: RawBuilder<unknown>) =>
  sql`((d.id in (${roots}) and (d.kind = 'purchase-order' or d.purchase_order_id is null))
    or (d.purchase_order_id in (${roots}) and d.kind <> 'purchase-order'))`;

const uuidList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`));

const conditions = (productionId: ProductionId, options: DocumentFilter) => {
  const rootsOfAccount = sql`select case when r.kind = 'purchase-order' or r.purchase_order_id is null
      then r.id else r.purchase_order_id end
    from spending_documents r
    where r.production_id = ${productionId}::uuid and exists (select 1 from spending_document_lines rl
      where rl.document_id = r.id and rl.account_number = ${options.accountNumber ?? ''})`;
  return sql`d.production_id = ${productionId}::uuid
    ${options.id === undefined ? sql`` : sql`and d.id = ${options.id}::uuid`}
    ${options.asOf === undefined ? sql`` : sql`and d.date <= ${options.asOf}::date`}
    ${options.status === undefined ? sql`` : sql`and d.status = ${options.status}`}
    ${options.purchaseOrderId === undefined ? sql`` : sql`and d.purchase_order_id = ${options.purchaseOrderId}::uuid`}
    ${options.accountNumber === undefined ? sql`` : sql`and ${inGroups(rootsOfAccount)}`}
    ${options.ids === undefined ? sql`` : sql`and d.id in (${uuidList(options.ids)})`}`;
};

/** Reading spending documents with their lines (and, one at a time, their sign-offs). */
export const createSpendingDocumentReads = (db: DbExecutor) => {
  const packedDocuments = async (
    productionId: ProductionId,
    options: DocumentFilter,
    order: 'date' | 'newest',
  ): Promise<PackedDocument[]> => {
    // json (not jsonb) aggregation: text built once, no binary round trip; one row for the drivers to decode.
    const { rows } = await sql<{ docs: string | null }>`
      select json_agg(json_build_array(d.id, d.kind, d.number, d.vendor_id, d.date, d.currency, d.description,
        d.purchase_order_id, d.status, d.requested_by, d.version, d.submission, d.created_at, d.updated_at)
        order by ${order === 'date' ? sql`d.date, d.number, d.id` : sql`d.created_at desc, d.id desc`})::text as docs
      from spending_documents d
      where ${conditions(productionId, options)}`.execute(db);
    return JSON.parse(rows[0]?.docs ?? '[]') as PackedDocument[];
  };

  const packedLines = async (
    productionId: ProductionId,
    options: DocumentFilter,
  ): Promise<Map<string, CodingLine[]>> => {
    const { rows } = await sql<{ lines: string | null }>`
      select json_agg(json_build_array(l.document_id, l.line_id, l.account_number, l.episode, l.set_name,
        l.description, l.amount_minor, l.relieves_line_id, l.relieves_minor)
        order by l.document_id, l.position)::text as lines
      from spending_document_lines l
      where l.document_id in (select d.id from spending_documents d
        where ${conditions(productionId, options)})`.execute(db);
    const byDocument = new Map<string, CodingLine[]>();
    for (const packed of JSON.parse(rows[0]?.lines ?? '[]') as PackedLine[]) {
      const list = byDocument.get(packed[0]);
      if (list === undefined) byDocument.set(packed[0], [toLine(packed)]);
      else list.push(toLine(packed));
    }
    return byDocument;
  };

  // The documents of a few groups, found by their keys and the purchase-order index (a list of ids, not a
  // subquery: PGlite never analyses its tables, and without statistics the planner scans a subquery's way).
  const idsOfGroups = async (groups: readonly string[]): Promise<string[]> => {
    if (groups.length === 0) return [];
    const { rows } = await sql<{ id: string }>`
      select id from spending_documents
        where id in (${uuidList(groups)}) and (kind = 'purchase-order' or purchase_order_id is null)
      union all
      select id from spending_documents
        where purchase_order_id in (${uuidList(groups)}) and kind <> 'purchase-order'`.execute(db);
    return rows.map((r) => r.id);
  };

  const listStored = async (
    productionId: ProductionId,
    filter: DocumentFilter,
    order: 'date' | 'newest',
  ): Promise<StoredSpendingDocument[]> => {
    if (!isUuid(productionId) || (filter.id !== undefined && !isUuid(filter.id))) return [];
    if (filter.groups?.some((g) => !isUuid(g)) === true) return [];
    const { groups, ...rest } = filter;
    const options: DocumentFilter =
      groups === undefined ? rest : { ...rest, ids: await idsOfGroups(groups) };
    if (options.ids?.length === 0) return [];
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

  return { listStored, approvalsOf, getDocument };
};

export type SpendingDocumentReads = ReturnType<typeof createSpendingDocumentReads>;
