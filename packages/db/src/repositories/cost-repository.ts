import {
  DomainError,
  spendingGroupOf,
  type ProductionId,
  type SpendingDocument,
  type SpendingDocumentId,
} from '@greenlight/domain';
import { sql } from 'kysely';
import type { DbExecutor } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { createCostBooks, describeViolation } from './cost-books.js';
import { createCostLedgerStore } from './cost-ledger-store.js';
import type { CostRepository, StoredSpendingDocument } from './cost-repository-types.js';
import { isUuid, toJsonText } from './row-values.js';
import { createSpendingDocumentReads } from './spending-document-reads.js';
import { documentRow, lineRow } from './spending-document-rows.js';

export type * from './cost-repository-types.js';

const INSERT_CHUNK = 2_000;
const BULK_CHUNK = 20_000;

/**
 * Spending documents (with the books: vendors, estimates, issued reports, overages, in cost-books.ts). Every
 * write to a document keeps the production's stored ledger in step, in the caller's transaction
 * (cost-ledger-store.ts): call the writes in one.
 */
export const createCostRepository = (db: DbExecutor): CostRepository => {
  const reads = createSpendingDocumentReads(db);
  const ledger = createCostLedgerStore(db, reads);
  const { listStored, getDocument } = reads;

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

    approvalsOf: reads.approvalsOf,

    createDocument: (document) =>
      withConstraintErrors(async () => {
        const kept = await ledger.lock({ productionId: document.productionId });
        const row = await db
          .insertInto('spending_documents')
          .values({ id: document.id, ...documentRow(document) })
          .returning('id')
          .executeTakeFirstOrThrow();
        await insertLines(document.lines.map((line, i) => lineRow(row.id, line, i)));
        if (kept !== null) {
          await ledger.refresh(kept.productionId, [spendingGroupOf(document)], kept, {
            documents: 1,
            versions: 1,
          });
        }
        return mustGet(document);
      }, describeViolation),

    replaceDocument: (document, expectedVersion) =>
      withConstraintErrors(async () => {
        const kept = await ledger.lock({ productionId: document.productionId });
        const before = await listStored(document.productionId, { id: document.id }, 'date');
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
        if (kept !== null) {
          // The document may have moved from one purchase order to another: both groups change.
          const groups = [
            spendingGroupOf(document),
            ...before.map((s) => spendingGroupOf(s.document)),
          ];
          await ledger.refresh(kept.productionId, groups, kept, { documents: 0, versions: 1 });
        }
        return mustGet(document);
      }, describeViolation),

    setStatus: async (id, status, expectedVersion, options = {}) => {
      if (!isUuid(id)) throw new DomainError('not-found', 'No such spending document');
      const kept = await ledger.lock({ documentId: id });
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
      if (kept !== null) {
        await ledger.refresh(kept.productionId, [spendingGroupOf(stored.document)], kept, {
          documents: 0,
          versions: 1,
        });
      }
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

    ledgerAsOf: ledger.ledgerAsOf,

    rebuildLedger: ledger.rebuild,

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
        // A bulk load goes around the stored ledger: the next report works it out again.
        for (const productionId of new Set(documents.map((d) => d.productionId))) {
          await ledger.forget(productionId);
        }
      }, describeViolation),
  };
};
