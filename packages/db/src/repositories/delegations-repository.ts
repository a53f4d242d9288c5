import {
  DomainError,
  isActionId,
  type ActionId,
  type CalendarDate,
  type Delegation,
  type DelegationId,
  type Instant,
  type MoneyLimit,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, DelegationsTable } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import {
  isUuid,
  toCalendarDate,
  toJsonText,
  toNullableMinorUnits,
  toStringArray,
} from './row-values.js';

export type CreateDelegationInput = {
  readonly id?: DelegationId;
  readonly productionId: ProductionId;
  readonly fromPersonId: PersonId;
  readonly toPersonId: PersonId;
  readonly actions: readonly ActionId[];
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly limit: MoneyLimit;
  readonly createdAt?: Instant;
};

export type ListDelegationsOptions = {
  /** Default true; false for the ones still in force or to come. */
  readonly includeRevoked?: boolean;
};

export type DelegationsRepository = {
  create(input: CreateDelegationInput): Promise<Delegation>;
  get(id: DelegationId): Promise<Delegation | null>;
  /** By start date. */
  listByProduction(
    productionId: ProductionId,
    options?: ListDelegationsOptions,
  ): Promise<Delegation[]>;
  /** Ends it now; a conflict when it was already revoked. */
  revoke(id: DelegationId, at?: Instant): Promise<Delegation>;
};

export const createDelegationsRepository = (db: DbExecutor): DelegationsRepository => {
  const get = async (id: DelegationId): Promise<Delegation | null> => {
    if (!isUuid(id)) return null;
    const row = await db
      .selectFrom('delegations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toDelegation(row);
  };

  return {
    create: (input) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('delegations')
          .values({
            ...(input.id === undefined ? {} : { id: input.id }),
            production_id: input.productionId,
            from_person_id: input.fromPersonId,
            to_person_id: input.toPersonId,
            actions: toJsonText(input.actions),
            starts_on: input.startsOn,
            ends_on: input.endsOn,
            limit_minor: input.limit,
            ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toDelegation(row);
      }, describeViolation),

    get,

    listByProduction: async (productionId, options = {}) => {
      if (!isUuid(productionId)) return [];
      let query = db
        .selectFrom('delegations')
        .selectAll()
        .where('production_id', '=', productionId);
      if (options.includeRevoked === false) query = query.where('revoked_at', 'is', null);
      const rows = await query.orderBy('starts_on').orderBy('created_at').orderBy('id').execute();
      return rows.map(toDelegation);
    },

    revoke: async (id, at) => {
      const row = isUuid(id)
        ? await db
            .updateTable('delegations')
            .set((eb) => ({ revoked_at: at ?? eb.fn<string>('now') }))
            .where('id', '=', id)
            .where('revoked_at', 'is', null)
            .returningAll()
            .executeTakeFirst()
        : undefined;
      if (row !== undefined) return toDelegation(row);
      if ((await get(id)) === null)
        throw new DomainError('not-found', 'No such delegation.', { delegationId: id });
      throw new DomainError('conflict', 'That delegation was already revoked.', {
        delegationId: id,
      });
    },
  };
};

export const toDelegation = (row: Selectable<DelegationsTable>): Delegation => ({
  id: row.id as DelegationId,
  productionId: row.production_id as ProductionId,
  fromPersonId: row.from_person_id as PersonId,
  toPersonId: row.to_person_id as PersonId,
  // An action dropped from the catalog since no longer grants anything.
  actions: toStringArray(row.actions, 'delegated actions').filter(isActionId),
  startsOn: toCalendarDate(row.starts_on),
  endsOn: toCalendarDate(row.ends_on),
  limit: toNullableMinorUnits(row.limit_minor),
  revoked: row.revoked_at !== null,
});

const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  switch (constraint) {
    case 'delegations_period_check':
      return new DomainError('validation', 'A delegation must end on or after the day it starts.', {
        field: 'endsOn',
      });
    case 'delegations_not_to_self':
      return new DomainError('validation', 'Nobody can delegate to themselves.', {
        field: 'toPersonId',
      });
    case 'delegations_limit_minor_check':
      return new DomainError('validation', 'A delegated limit cannot be negative.', {
        field: 'limit',
      });
    default:
      return kind === 'foreign-key'
        ? new DomainError('not-found', 'No such production or person.')
        : undefined;
  }
};
