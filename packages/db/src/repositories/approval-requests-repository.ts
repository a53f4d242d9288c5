import {
  ACTION_IDS,
  DEPARTMENTS,
  DomainError,
  type ActionId,
  type ApprovalRequest,
  type ApprovalRequestId,
  type ApprovalStatus,
  type Department,
  type Instant,
  type JsonValue,
  type MinorUnits,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { ApprovalRequestsTable, DbExecutor } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import {
  isUuid,
  toInstant,
  toJsonText,
  toNullableMinorUnits,
  toOneOf,
  toStringArray,
} from './row-values.js';

const APPROVAL_STATUSES: readonly ApprovalStatus[] = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
];

export type CreateApprovalRequestInput = {
  readonly id?: ApprovalRequestId;
  readonly productionId: ProductionId;
  readonly action: ActionId;
  readonly requestedBy: PersonId;
  readonly amount: MinorUnits | null;
  readonly department: Department | null;
  readonly summary: string;
  readonly payload: JsonValue;
  readonly routedTo: readonly PersonId[];
  /** Default 0. */
  readonly level?: number;
  readonly createdAt?: Instant;
};

/** What a decision or an escalation changes. */
export type ApprovalRequestChanges = {
  readonly status?: ApprovalStatus;
  readonly routedTo?: readonly PersonId[];
  readonly level?: number;
  readonly payload?: JsonValue;
  readonly decidedAt?: Instant | null;
  readonly decidedBy?: PersonId | null;
  readonly decisionReason?: string | null;
};

/** The state the change was decided on; if the request moved on meanwhile, the update is a conflict. */
export type ApprovalRequestExpectation = {
  readonly expectedStatus: ApprovalStatus;
  /** Also guard the escalation level, so two escalations cannot both apply. */
  readonly expectedLevel?: number;
};

export type ListApprovalRequestsOptions = {
  readonly status?: ApprovalStatus;
};

export type ApprovalRequestsRepository = {
  create(input: CreateApprovalRequestInput): Promise<ApprovalRequest>;
  get(id: ApprovalRequestId): Promise<ApprovalRequest | null>;
  update(
    id: ApprovalRequestId,
    changes: ApprovalRequestChanges,
    expectation: ApprovalRequestExpectation,
  ): Promise<ApprovalRequest>;
  /** Pending requests of these productions, oldest first (an inbox). */
  listPending(productionIds: readonly ProductionId[]): Promise<ApprovalRequest[]>;
  /** Newest first. */
  listByProduction(
    productionId: ProductionId,
    options?: ListApprovalRequestsOptions,
  ): Promise<ApprovalRequest[]>;
};

export const createApprovalRequestsRepository = (db: DbExecutor): ApprovalRequestsRepository => {
  const get = async (id: ApprovalRequestId): Promise<ApprovalRequest | null> => {
    if (!isUuid(id)) return null;
    const row = await db
      .selectFrom('approval_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toApprovalRequest(row);
  };

  return {
    create: (input) =>
      withConstraintErrors(
        async () => {
          const row = await db
            .insertInto('approval_requests')
            .values({
              ...(input.id === undefined ? {} : { id: input.id }),
              production_id: input.productionId,
              action: input.action,
              requested_by: input.requestedBy,
              amount_minor: input.amount,
              department: input.department,
              summary: input.summary,
              payload: toJsonText(input.payload),
              routed_to: toJsonText(input.routedTo),
              ...(input.level === undefined ? {} : { level: input.level }),
              ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          return toApprovalRequest(row);
        },
        ({ kind }) =>
          kind === 'foreign-key'
            ? new DomainError('not-found', 'No such production or person.')
            : undefined,
      ),

    get,

    update: (id, changes, { expectedStatus, expectedLevel }) =>
      withConstraintErrors(async () => {
        const set = {
          ...(changes.status === undefined ? {} : { status: changes.status }),
          ...(changes.routedTo === undefined ? {} : { routed_to: toJsonText(changes.routedTo) }),
          ...(changes.level === undefined ? {} : { level: changes.level }),
          ...(changes.payload === undefined ? {} : { payload: toJsonText(changes.payload) }),
          ...(changes.decidedAt === undefined ? {} : { decided_at: changes.decidedAt }),
          ...(changes.decidedBy === undefined ? {} : { decided_by: changes.decidedBy }),
          ...(changes.decisionReason === undefined
            ? {}
            : { decision_reason: changes.decisionReason }),
        };
        if (Object.keys(set).length === 0)
          throw new DomainError('internal', 'An approval request update changes nothing.');
        let query = db
          .updateTable('approval_requests')
          .set(set)
          .where('id', '=', id)
          .where('status', '=', expectedStatus);
        if (expectedLevel !== undefined) query = query.where('level', '=', expectedLevel);
        const row = isUuid(id) ? await query.returningAll().executeTakeFirst() : undefined;
        if (row !== undefined) return toApprovalRequest(row);
        const current = await get(id);
        if (current === null)
          throw new DomainError('not-found', 'No such approval request.', {
            approvalRequestId: id,
          });
        throw new DomainError(
          'conflict',
          current.status === expectedStatus
            ? 'The request was escalated in the meantime; reload it and decide again.'
            : `The request is already ${current.status}.`,
          { approvalRequestId: id, status: current.status, level: current.level },
        );
      }),

    listPending: async (productionIds) => {
      const ids = productionIds.filter(isUuid);
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('approval_requests')
        .selectAll()
        .where('production_id', 'in', ids)
        .where('status', '=', 'pending')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toApprovalRequest);
    },

    listByProduction: async (productionId, options = {}) => {
      if (!isUuid(productionId)) return [];
      let query = db
        .selectFrom('approval_requests')
        .selectAll()
        .where('production_id', '=', productionId);
      if (options.status !== undefined) query = query.where('status', '=', options.status);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toApprovalRequest);
    },
  };
};

export const toApprovalRequest = (row: Selectable<ApprovalRequestsTable>): ApprovalRequest => ({
  id: row.id as ApprovalRequestId,
  productionId: row.production_id as ProductionId,
  action: toOneOf(ACTION_IDS, row.action, 'action'),
  requestedBy: row.requested_by as PersonId,
  amount: toNullableMinorUnits(row.amount_minor),
  department: row.department === null ? null : toOneOf(DEPARTMENTS, row.department, 'department'),
  summary: row.summary,
  payload: row.payload as JsonValue, // parsed JSON is a JsonValue by construction
  status: toOneOf(APPROVAL_STATUSES, row.status, 'approval status'),
  routedTo: toStringArray(row.routed_to, 'routed-to list') as PersonId[],
  level: row.level,
  createdAt: toInstant(row.created_at),
  decidedAt: row.decided_at === null ? null : toInstant(row.decided_at),
  decidedBy: row.decided_by as PersonId | null,
  decisionReason: row.decision_reason,
});
