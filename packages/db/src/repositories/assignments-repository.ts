import {
  DEPARTMENTS,
  DomainError,
  ROLES,
  type Assignment,
  type AssignmentId,
  type Department,
  type Instant,
  type PersonId,
  type ProductionId,
  type Role,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { AssignmentsTable, DbExecutor } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import { isUuid, toOneOf } from './row-values.js';

export type CreateAssignmentInput = {
  readonly id?: AssignmentId;
  readonly productionId: ProductionId;
  readonly personId: PersonId;
  readonly role: Role;
  readonly department?: Department | null;
  /** An assignment on the same production. */
  readonly reportsTo?: AssignmentId | null;
  readonly createdAt?: Instant;
};

export type AssignmentsRepository = {
  create(input: CreateAssignmentInput): Promise<Assignment>;
  get(id: AssignmentId): Promise<Assignment | null>;
  /** In the order they were made. */
  listByProduction(productionId: ProductionId): Promise<Assignment[]>;
  /** Across every production. */
  listByPerson(personId: PersonId): Promise<Assignment[]>;
  /** Moves a reporting line (null: top of the chart). Cycles are the domain's to refuse. */
  setReportsTo(id: AssignmentId, reportsTo: AssignmentId | null): Promise<Assignment>;
  /** Whoever reported to it then reports to nobody. */
  delete(id: AssignmentId): Promise<void>;
};

export const createAssignmentsRepository = (db: DbExecutor): AssignmentsRepository => ({
  create: (input) =>
    withConstraintErrors(async () => {
      const row = await db
        .insertInto('assignments')
        .values({
          ...(input.id === undefined ? {} : { id: input.id }),
          production_id: input.productionId,
          person_id: input.personId,
          role: input.role,
          department: input.department ?? null,
          reports_to: input.reportsTo ?? null,
          ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAssignment(row);
    }, describeViolation),

  get: async (id) => {
    if (!isUuid(id)) return null;
    const row = await db
      .selectFrom('assignments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toAssignment(row);
  },

  listByProduction: async (productionId) => {
    if (!isUuid(productionId)) return [];
    const rows = await db
      .selectFrom('assignments')
      .selectAll()
      .where('production_id', '=', productionId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toAssignment);
  },

  listByPerson: async (personId) => {
    if (!isUuid(personId)) return [];
    const rows = await db
      .selectFrom('assignments')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toAssignment);
  },

  setReportsTo: (id, reportsTo) =>
    withConstraintErrors(async () => {
      const row = isUuid(id)
        ? await db
            .updateTable('assignments')
            .set({ reports_to: reportsTo })
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirst()
        : undefined;
      if (row === undefined) throw notFound(id);
      return toAssignment(row);
    }, describeViolation),

  delete: async (id) => {
    const result = isUuid(id)
      ? await db.deleteFrom('assignments').where('id', '=', id).executeTakeFirst()
      : undefined;
    if (result === undefined || result.numDeletedRows === 0n) throw notFound(id);
  },
});

export const toAssignment = (row: Selectable<AssignmentsTable>): Assignment => ({
  id: row.id as AssignmentId,
  productionId: row.production_id as ProductionId,
  personId: row.person_id as PersonId,
  role: toOneOf(ROLES, row.role, 'role'),
  department: row.department === null ? null : toOneOf(DEPARTMENTS, row.department, 'department'),
  reportsTo: row.reports_to as AssignmentId | null,
});

const notFound = (id: AssignmentId): DomainError =>
  new DomainError('not-found', 'No such assignment.', { assignmentId: id });

const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  switch (constraint) {
    case 'assignments_role_key':
      return new DomainError('conflict', 'That person already holds this role on the production.');
    case 'assignments_reports_to_fkey':
      return new DomainError(
        'validation',
        'Someone can only report to an assignment on the same production.',
        {
          field: 'reportsTo',
        },
      );
    case 'assignments_not_self_reporting':
      return new DomainError('validation', 'An assignment cannot report to itself.', {
        field: 'reportsTo',
      });
    case 'assignments_production_id_fkey':
      return new DomainError('not-found', 'No such production.', { field: 'productionId' });
    case 'assignments_person_id_fkey':
      return new DomainError('not-found', 'No such person.', { field: 'personId' });
    default:
      return kind === 'foreign-key'
        ? new DomainError('not-found', 'It refers to something that does not exist.')
        : undefined;
  }
};
