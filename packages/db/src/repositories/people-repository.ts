import {
  DomainError,
  type Instant,
  type Person,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, PeopleTable } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import { isUuid, normalizeEmail } from './row-values.js';

export type CreatePersonInput = {
  readonly id?: PersonId;
  readonly name: string;
  /** Stored lower-case; unique among people. */
  readonly email?: string | null;
  readonly createdAt?: Instant;
};

export type PersonChanges = {
  readonly name?: string;
  readonly email?: string | null;
};

export type PeopleRepository = {
  create(input: CreatePersonInput): Promise<Person>;
  get(id: PersonId): Promise<Person | null>;
  findByEmail(email: string): Promise<Person | null>;
  /** Everyone holding at least one role on the production, by name. */
  listByProduction(productionId: ProductionId): Promise<Person[]>;
  update(id: PersonId, changes: PersonChanges): Promise<Person>;
};

export const createPeopleRepository = (db: DbExecutor): PeopleRepository => ({
  create: (input) =>
    withConstraintErrors(async () => {
      const row = await db
        .insertInto('people')
        .values({
          ...(input.id === undefined ? {} : { id: input.id }),
          name: input.name,
          email: emailColumn(input.email),
          ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPerson(row);
    }, describeViolation),

  get: async (id) => {
    if (!isUuid(id)) return null;
    const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : toPerson(row);
  },

  findByEmail: async (email) => {
    const row = await db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    return row === undefined ? null : toPerson(row);
  },

  listByProduction: async (productionId) => {
    if (!isUuid(productionId)) return [];
    const rows = await db
      .selectFrom('people')
      .selectAll('people')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('assignments')
            .select('assignments.id')
            .whereRef('assignments.person_id', '=', 'people.id')
            .where('assignments.production_id', '=', productionId),
        ),
      )
      .orderBy('people.name')
      .orderBy('people.id')
      .execute();
    return rows.map(toPerson);
  },

  update: (id, changes) =>
    withConstraintErrors(async () => {
      const set = {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.email === undefined ? {} : { email: emailColumn(changes.email) }),
      };
      const query =
        Object.keys(set).length === 0
          ? db.selectFrom('people').selectAll().where('id', '=', id)
          : db.updateTable('people').set(set).where('id', '=', id).returningAll();
      const row = isUuid(id) ? await query.executeTakeFirst() : undefined;
      if (row === undefined)
        throw new DomainError('not-found', 'No such person.', { personId: id });
      return toPerson(row);
    }, describeViolation),
});

export const toPerson = (row: Selectable<PeopleTable>): Person => ({
  id: row.id as PersonId,
  name: row.name,
  email: row.email,
});

const emailColumn = (email: string | null | undefined): string | null => {
  if (email === undefined || email === null) return null;
  const normalized = normalizeEmail(email);
  return normalized === '' ? null : normalized;
};

const describeViolation: DescribeViolation = ({ kind, constraint }) =>
  kind === 'unique' && constraint === 'people_email_key'
    ? new DomainError('conflict', 'Someone with that e-mail address already exists.', {
        field: 'email',
      })
    : kind === 'check' && constraint === 'people_name_check'
      ? new DomainError('validation', 'A person needs a name.', { field: 'name' })
      : undefined;
