import {
  DomainError,
  type ApprovalRequestId,
  type AuditEntry,
  type AuditEvent,
  type AuditOutcome,
  type JsonValue,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { AuditLogTable, DbExecutor } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toInstant, toJsonText, toNullableMinorUnits, toOneOf } from './row-values.js';

const AUDIT_OUTCOMES: readonly AuditOutcome[] = [
  'allowed',
  'denied',
  'approval-requested',
  'approved',
  'rejected',
  'withdrawn',
  'escalated',
];

/** The most entries one page may hold. */
export const AUDIT_LOG_MAX_PAGE = 1000;

export type AuditLogFilter = {
  readonly action?: string;
  readonly outcome?: AuditOutcome;
};

export type AuditLogQuery = AuditLogFilter & {
  /** Entries with a greater sequence (paging forward, or polling for new ones). */
  readonly afterSequence?: number;
  /** Entries with a smaller sequence (paging back through a newest-first list). */
  readonly beforeSequence?: number;
  /** 1 to AUDIT_LOG_MAX_PAGE. */
  readonly limit: number;
  /** Default newest-first. */
  readonly order?: 'newest-first' | 'oldest-first';
};

export type AuditLogRepository = {
  /** Writes the events in order; each gets the next sequence number. */
  append(events: readonly AuditEvent[]): Promise<AuditEntry[]>;
  /** One production's entries, or the installation's own (sign-ins, users) for null. */
  list(productionId: ProductionId | null, query: AuditLogQuery): Promise<AuditEntry[]>;
  count(productionId: ProductionId | null, filter?: AuditLogFilter): Promise<number>;
};

// No update or delete here, and the table's triggers refuse them anyway (migration 0004).
export const createAuditLogRepository = (db: DbExecutor): AuditLogRepository => {
  const scoped = (productionId: ProductionId | null, filter: AuditLogFilter) => {
    let query = db.selectFrom('audit_log');
    query =
      productionId === null
        ? query.where('production_id', 'is', null)
        : query.where('production_id', '=', productionId);
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
    return query;
  };

  return {
    append: async (events) => {
      if (events.length === 0) return [];
      const rows = await withConstraintErrors(() =>
        db
          .insertInto('audit_log')
          .values(
            events.map((event) => ({
              production_id: event.productionId,
              at: event.at,
              actor_person_id: event.actorPersonId,
              action: event.action,
              outcome: event.outcome,
              rule: event.rule,
              amount_minor: event.amount,
              approval_request_id: event.approvalRequestId,
              details: toJsonText(event.details),
            })),
          )
          .returningAll()
          .execute(),
      );
      // Sequences follow the order of the VALUES list; RETURNING's order is not promised, so sort.
      return rows.map(toAuditEntry).sort((a, b) => a.sequence - b.sequence);
    },

    list: async (productionId, query) => {
      if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > AUDIT_LOG_MAX_PAGE) {
        throw new DomainError(
          'validation',
          `A page of the audit log holds 1 to ${AUDIT_LOG_MAX_PAGE} entries.`,
          {
            field: 'limit',
          },
        );
      }
      if (productionId !== null && !isUuid(productionId)) return [];
      let select = scoped(productionId, query).selectAll();
      if (query.afterSequence !== undefined)
        select = select.where('sequence', '>', query.afterSequence);
      if (query.beforeSequence !== undefined)
        select = select.where('sequence', '<', query.beforeSequence);
      const rows = await select
        .orderBy('sequence', query.order === 'oldest-first' ? 'asc' : 'desc')
        .limit(query.limit)
        .execute();
      return rows.map(toAuditEntry);
    },

    count: async (productionId, filter = {}) => {
      if (productionId !== null && !isUuid(productionId)) return 0;
      const { count } = await scoped(productionId, filter)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return count;
    },
  };
};

export const toAuditEntry = (row: Selectable<AuditLogTable>): AuditEntry => ({
  sequence: row.sequence,
  productionId: row.production_id as ProductionId | null,
  at: toInstant(row.at),
  actorPersonId: row.actor_person_id as PersonId | null,
  action: row.action,
  outcome: toOneOf(AUDIT_OUTCOMES, row.outcome, 'audit outcome'),
  rule: row.rule,
  amount: toNullableMinorUnits(row.amount_minor),
  approvalRequestId: row.approval_request_id as ApprovalRequestId | null,
  details: row.details as JsonValue,
});
