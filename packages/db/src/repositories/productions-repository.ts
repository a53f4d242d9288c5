import {
  DomainError,
  PRODUCTION_KINDS,
  PRODUCTION_STAGES,
  ROLES,
  currencyCode,
  type CurrencyCode,
  type Instant,
  type PersonId,
  type Production,
  type ProductionId,
  type ProductionKind,
  type ProductionStage,
  type Role,
  type Season,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, ProductionsTable } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toInstant, toJsonText, toOneOf } from './row-values.js';

export type CreateProductionInput = {
  readonly id?: ProductionId;
  readonly title: string;
  readonly kind: ProductionKind;
  readonly currency: CurrencyCode;
  readonly timeZone: string;
  /** Default: development. */
  readonly stage?: ProductionStage;
  readonly seasons?: readonly Season[];
  readonly createdAt?: Instant;
};

export type ProductionChanges = {
  readonly title?: string;
  readonly kind?: ProductionKind;
  readonly currency?: CurrencyCode;
  readonly timeZone?: string;
  readonly seasons?: readonly Season[];
};

export type ChangeOptions = {
  /** When the change happened (the service's clock); default: the database's now(). */
  readonly at?: Instant;
};

export type SetStageOptions = ChangeOptions & {
  /** Refuse with a conflict unless the production is still at this stage (two people advancing at once). */
  readonly expectedStage?: ProductionStage;
};

/** A production and the roles one person holds on it. */
export type ProductionWithRoles = {
  readonly production: Production;
  readonly roles: readonly Role[];
};

export type ProductionsRepository = {
  create(input: CreateProductionInput): Promise<Production>;
  get(id: ProductionId): Promise<Production | null>;
  update(
    id: ProductionId,
    changes: ProductionChanges,
    options?: ChangeOptions,
  ): Promise<Production>;
  setStage(
    id: ProductionId,
    stage: ProductionStage,
    options?: SetStageOptions,
  ): Promise<Production>;
  /** The productions the person holds any role on, by title, with those roles. */
  listForPerson(personId: PersonId): Promise<ProductionWithRoles[]>;
  /** Every production on the installation, by title (administrators). */
  listAll(): Promise<Production[]>;
};

export const createProductionsRepository = (db: DbExecutor): ProductionsRepository => {
  const get = async (id: ProductionId): Promise<Production | null> => {
    if (!isUuid(id)) return null;
    const row = await db
      .selectFrom('productions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toProduction(row);
  };

  const requireFound = (
    id: ProductionId,
    row: Selectable<ProductionsTable> | undefined,
  ): Production => {
    if (row !== undefined) return toProduction(row);
    throw new DomainError('not-found', 'No such production.', { productionId: id });
  };

  return {
    create: (input) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('productions')
          .values({
            ...(input.id === undefined ? {} : { id: input.id }),
            title: input.title,
            kind: input.kind,
            currency: input.currency,
            time_zone: input.timeZone,
            ...(input.stage === undefined ? {} : { stage: input.stage }),
            seasons: toJsonText(input.seasons ?? []),
            ...(input.createdAt === undefined
              ? {}
              : { created_at: input.createdAt, updated_at: input.createdAt }),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toProduction(row);
      }),

    get,

    update: (id, changes, options = {}) =>
      withConstraintErrors(async () => {
        if (!isUuid(id)) return requireFound(id, undefined);
        const row = await db
          .updateTable('productions')
          .set((eb) => ({
            ...(changes.title === undefined ? {} : { title: changes.title }),
            ...(changes.kind === undefined ? {} : { kind: changes.kind }),
            ...(changes.currency === undefined ? {} : { currency: changes.currency }),
            ...(changes.timeZone === undefined ? {} : { time_zone: changes.timeZone }),
            ...(changes.seasons === undefined ? {} : { seasons: toJsonText(changes.seasons) }),
            updated_at: options.at ?? eb.fn<string>('now'),
          }))
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        return requireFound(id, row);
      }),

    setStage: async (id, stage, options = {}) => {
      if (!isUuid(id)) return requireFound(id, undefined);
      let query = db
        .updateTable('productions')
        .set((eb) => ({ stage, updated_at: options.at ?? eb.fn<string>('now') }))
        .where('id', '=', id);
      if (options.expectedStage !== undefined)
        query = query.where('stage', '=', options.expectedStage);
      const row = await query.returningAll().executeTakeFirst();
      if (row !== undefined) return toProduction(row);
      const current = await get(id);
      if (current === null) return requireFound(id, undefined);
      throw new DomainError(
        'conflict',
        `The production moved to ${current.stage} in the meantime; reload and try again.`,
        { productionId: id, stage: current.stage, expectedStage: options.expectedStage ?? null },
      );
    },

    listForPerson: async (personId) => {
      if (!isUuid(personId)) return [];
      const rows = await db
        .selectFrom('productions')
        .innerJoin('assignments', 'assignments.production_id', 'productions.id')
        .selectAll('productions')
        .select('assignments.role')
        .where('assignments.person_id', '=', personId)
        .orderBy('productions.title')
        .orderBy('productions.id')
        .orderBy('assignments.created_at')
        .execute();
      const byId = new Map<string, { production: Production; roles: Role[] }>();
      for (const row of rows) {
        const entry = byId.get(row.id) ?? { production: toProduction(row), roles: [] };
        const role = toOneOf(ROLES, row.role, 'role');
        if (!entry.roles.includes(role)) entry.roles.push(role);
        byId.set(row.id, entry);
      }
      return [...byId.values()];
    },

    listAll: async () => {
      const rows = await db
        .selectFrom('productions')
        .selectAll()
        .orderBy('title')
        .orderBy('id')
        .execute();
      return rows.map(toProduction);
    },
  };
};

export const toProduction = (row: Selectable<ProductionsTable>): Production => ({
  id: row.id as ProductionId,
  title: row.title,
  kind: toOneOf(PRODUCTION_KINDS, row.kind, 'production kind'),
  currency: currencyCode(row.currency),
  timeZone: row.time_zone,
  stage: toOneOf(PRODUCTION_STAGES, row.stage, 'production stage'),
  // Written only by this repository from domain values.
  seasons: row.seasons as readonly Season[],
  createdAt: toInstant(row.created_at),
});
