import {
  DomainError,
  type Instant,
  type ProductionId,
  type PersonId,
  type User,
  type UserId,
} from '@greenlight/domain';
import type { DbExecutor } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import { isUuid, normalizeEmail } from './row-values.js';

export type CreateUserInput = {
  readonly id?: UserId;
  /** The person this login belongs to; the user's name is theirs. */
  readonly personId: PersonId;
  /** Stored lower-case; unique among users. */
  readonly email: string;
  /** A PHC string from the password hasher; never the password. */
  readonly passwordHash: string;
  readonly isAdmin?: boolean;
  readonly createdAt?: Instant;
};

/** For sign-in only: the hash must not travel further than the password check. */
export type UserCredentials = {
  readonly user: User;
  readonly passwordHash: string;
};

export type UsersRepository = {
  create(input: CreateUserInput): Promise<User>;
  get(id: UserId): Promise<User | null>;
  findByEmail(email: string): Promise<UserCredentials | null>;
  /** The login of a person, if they have one. */
  findByPersonId(personId: PersonId): Promise<User | null>;
  /** Zero until `greenlight init` creates the first (admin) user. */
  count(): Promise<number>;
  /** Of the people on a production, those who can sign in (the team page marks them). */
  personIdsWithLogin(productionId: ProductionId): Promise<ReadonlySet<PersonId>>;
  updatePasswordHash(id: UserId, passwordHash: string): Promise<void>;
};

export const createUsersRepository = (db: DbExecutor): UsersRepository => {
  // The user's name lives on their person.
  const selectUsers = () =>
    db
      .selectFrom('users')
      .innerJoin('people', 'people.id', 'users.person_id')
      .select([
        'users.id',
        'users.email',
        'users.person_id',
        'users.is_admin',
        'users.password_hash',
        'people.name',
      ]);

  const get = async (id: UserId): Promise<User | null> => {
    if (!isUuid(id)) return null;
    const row = await selectUsers().where('users.id', '=', id).executeTakeFirst();
    return row === undefined ? null : toUser(row);
  };

  return {
    create: (input) =>
      withConstraintErrors(async () => {
        const { id } = await db
          .insertInto('users')
          .values({
            ...(input.id === undefined ? {} : { id: input.id }),
            person_id: input.personId,
            email: normalizeEmail(input.email),
            password_hash: input.passwordHash,
            is_admin: input.isAdmin ?? false,
            ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const user = await get(id as UserId);
        if (user === null)
          throw new DomainError('internal', 'A user just created cannot be read back.');
        return user;
      }, describeViolation),

    get,

    findByEmail: async (email) => {
      const row = await selectUsers()
        .where('users.email', '=', normalizeEmail(email))
        .executeTakeFirst();
      return row === undefined ? null : { user: toUser(row), passwordHash: row.password_hash };
    },

    findByPersonId: async (personId) => {
      if (!isUuid(personId)) return null;
      const row = await selectUsers().where('users.person_id', '=', personId).executeTakeFirst();
      return row === undefined ? null : toUser(row);
    },

    count: async () => {
      const { count } = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return count;
    },

    personIdsWithLogin: async (productionId) => {
      if (!isUuid(productionId)) return new Set();
      const rows = await db
        .selectFrom('users')
        .innerJoin('assignments', 'assignments.person_id', 'users.person_id')
        .where('assignments.production_id', '=', productionId)
        .select('users.person_id')
        .distinct()
        .execute();
      return new Set(rows.map((r) => r.person_id as PersonId));
    },

    updatePasswordHash: async (id, passwordHash) => {
      const result = isUuid(id)
        ? await db
            .updateTable('users')
            .set({ password_hash: passwordHash })
            .where('id', '=', id)
            .executeTakeFirst()
        : undefined;
      if (result === undefined || result.numUpdatedRows === 0n) {
        throw new DomainError('not-found', 'No such user.', { userId: id });
      }
    },
  };
};

export type UserRow = {
  readonly id: string;
  readonly email: string;
  readonly person_id: string;
  readonly is_admin: boolean;
  readonly name: string;
};

export const toUser = (row: UserRow): User => ({
  id: row.id as UserId,
  email: row.email,
  personId: row.person_id as PersonId,
  name: row.name,
  isAdmin: row.is_admin,
});

const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  if (kind === 'unique' && constraint === 'users_email_key') {
    return new DomainError('conflict', 'A user with that e-mail address already exists.', {
      field: 'email',
    });
  }
  if (kind === 'unique' && constraint === 'users_person_id_key') {
    return new DomainError('conflict', 'That person already has a login.', { field: 'personId' });
  }
  if (kind === 'foreign-key')
    return new DomainError('not-found', 'No such person.', { field: 'personId' });
  return undefined;
};
