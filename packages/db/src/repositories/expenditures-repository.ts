import {
  DEPARTMENTS,
  DomainError,
  type ApprovalRequestId,
  type Department,
  type Expenditure,
  type ExpenditureId,
  type ExpenditureStatus,
  type Instant,
  type MinorUnits,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, ExpendituresTable } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import { isUuid, toInstant, toMinorUnits, toOneOf } from './row-values.js';

const EXPENDITURE_STATUSES: readonly ExpenditureStatus[] = [
  'committed',
  'pending-approval',
  'rejected',
  'withdrawn',
];

export type CreateExpenditureInput = {
  readonly id?: ExpenditureId;
  readonly productionId: ProductionId;
  readonly description: string;
  readonly vendor?: string | null;
  readonly department?: Department | null;
  readonly amount: MinorUnits;
  readonly status: ExpenditureStatus;
  readonly requestedBy: PersonId;
  /** Set when it waits on (or was decided by) an approval request; one expenditure per request. */
  readonly approvalRequestId?: ApprovalRequestId | null;
  readonly createdAt?: Instant;
};

export type UpdateExpenditureStatusOptions = {
  /** Refuse with a conflict unless it is still in this status. */
  readonly expectedStatus?: ExpenditureStatus;
};

export type ListExpendituresOptions = {
  readonly status?: ExpenditureStatus;
};

export type ExpendituresRepository = {
  create(input: CreateExpenditureInput): Promise<Expenditure>;
  get(id: ExpenditureId): Promise<Expenditure | null>;
  updateStatus(
    id: ExpenditureId,
    status: ExpenditureStatus,
    options?: UpdateExpenditureStatusOptions,
  ): Promise<Expenditure>;
  /** Newest first. */
  listByProduction(
    productionId: ProductionId,
    options?: ListExpendituresOptions,
  ): Promise<Expenditure[]>;
  findByApprovalRequest(approvalRequestId: ApprovalRequestId): Promise<Expenditure | null>;
};

export const createExpendituresRepository = (db: DbExecutor): ExpendituresRepository => {
  const get = async (id: ExpenditureId): Promise<Expenditure | null> => {
    if (!isUuid(id)) return null;
    const row = await db
      .selectFrom('expenditures')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toExpenditure(row);
  };

  return {
    create: (input) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('expenditures')
          .values({
            ...(input.id === undefined ? {} : { id: input.id }),
            production_id: input.productionId,
            description: input.description,
            vendor: input.vendor ?? null,
            department: input.department ?? null,
            amount_minor: input.amount,
            status: input.status,
            requested_by: input.requestedBy,
            approval_request_id: input.approvalRequestId ?? null,
            ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toExpenditure(row);
      }, describeViolation),

    get,

    updateStatus: async (id, status, options = {}) => {
      let query = db.updateTable('expenditures').set({ status }).where('id', '=', id);
      if (options.expectedStatus !== undefined)
        query = query.where('status', '=', options.expectedStatus);
      const row = isUuid(id) ? await query.returningAll().executeTakeFirst() : undefined;
      if (row !== undefined) return toExpenditure(row);
      const current = await get(id);
      if (current === null)
        throw new DomainError('not-found', 'No such expenditure.', { expenditureId: id });
      throw new DomainError('conflict', `The expenditure is already ${current.status}.`, {
        expenditureId: id,
        status: current.status,
      });
    },

    listByProduction: async (productionId, options = {}) => {
      if (!isUuid(productionId)) return [];
      let query = db
        .selectFrom('expenditures')
        .selectAll()
        .where('production_id', '=', productionId);
      if (options.status !== undefined) query = query.where('status', '=', options.status);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toExpenditure);
    },

    findByApprovalRequest: async (approvalRequestId) => {
      if (!isUuid(approvalRequestId)) return null;
      const row = await db
        .selectFrom('expenditures')
        .selectAll()
        .where('approval_request_id', '=', approvalRequestId)
        .executeTakeFirst();
      return row === undefined ? null : toExpenditure(row);
    },
  };
};

export const toExpenditure = (row: Selectable<ExpendituresTable>): Expenditure => ({
  id: row.id as ExpenditureId,
  productionId: row.production_id as ProductionId,
  description: row.description,
  vendor: row.vendor,
  department: row.department === null ? null : toOneOf(DEPARTMENTS, row.department, 'department'),
  amount: toMinorUnits(row.amount_minor),
  status: toOneOf(EXPENDITURE_STATUSES, row.status, 'expenditure status'),
  requestedBy: row.requested_by as PersonId,
  approvalRequestId: row.approval_request_id as ApprovalRequestId | null,
  createdAt: toInstant(row.created_at),
});

const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  switch (constraint) {
    case 'expenditures_amount_minor_check':
      return new DomainError('validation', 'An expenditure cannot be negative.', {
        field: 'amount',
      });
    case 'expenditures_description_check':
      return new DomainError('validation', 'An expenditure needs a description.', {
        field: 'description',
      });
    case 'expenditures_approval_request_id_key':
      return new DomainError(
        'conflict',
        'Another expenditure already waits on that approval request.',
      );
    default:
      return kind === 'foreign-key'
        ? new DomainError('not-found', 'No such production, person or approval request.')
        : undefined;
  }
};
