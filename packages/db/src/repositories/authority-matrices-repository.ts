import {
  DomainError,
  type AuthorityMatrix,
  type Instant,
  type ProductionId,
} from '@greenlight/domain';
import type { DbExecutor } from '../database-schema.js';
import { withConstraintErrors } from './constraint-errors.js';
import { isUuid, toJsonText } from './row-values.js';

/** A saved matrix and how many times it has been saved; edits name the version they started from. */
export type VersionedAuthorityMatrix = {
  readonly matrix: AuthorityMatrix;
  readonly version: number;
};

export type SaveAuthorityMatrixOptions = {
  /** The version the edit started from; 0 when nothing was saved yet (the production used the default). */
  readonly expectedVersion: number;
  readonly at?: Instant;
};

export type AuthorityMatricesRepository = {
  /** null when the production never saved one (it runs on the default matrix). */
  get(productionId: ProductionId): Promise<VersionedAuthorityMatrix | null>;
  /** Saves as version expectedVersion + 1; a conflict when someone saved in between. */
  save(
    productionId: ProductionId,
    matrix: AuthorityMatrix,
    options: SaveAuthorityMatrixOptions,
  ): Promise<VersionedAuthorityMatrix>;
};

export const createAuthorityMatricesRepository = (db: DbExecutor): AuthorityMatricesRepository => {
  const get = async (productionId: ProductionId): Promise<VersionedAuthorityMatrix | null> => {
    if (!isUuid(productionId)) return null;
    const row = await db
      .selectFrom('authority_matrices')
      .select(['matrix', 'version'])
      .where('production_id', '=', productionId)
      .executeTakeFirst();
    // The matrix is written only by save(), from a domain value.
    return row === undefined
      ? null
      : { matrix: row.matrix as AuthorityMatrix, version: row.version };
  };

  return {
    get,

    save: (productionId, matrix, { expectedVersion, at }) =>
      withConstraintErrors(
        async () => {
          if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
            throw new DomainError('validation', `Not a matrix version: ${expectedVersion}`);
          }
          const json = toJsonText(matrix);
          const version = expectedVersion + 1;
          const saved =
            expectedVersion === 0
              ? await db
                  .insertInto('authority_matrices')
                  .values({
                    production_id: productionId,
                    matrix: json,
                    version,
                    ...(at === undefined ? {} : { updated_at: at }),
                  })
                  .onConflict((oc) => oc.column('production_id').doNothing())
                  .returning('version')
                  .executeTakeFirst()
              : await db
                  .updateTable('authority_matrices')
                  .set((eb) => ({ matrix: json, version, updated_at: at ?? eb.fn<string>('now') }))
                  .where('production_id', '=', productionId)
                  .where('version', '=', expectedVersion)
                  .returning('version')
                  .executeTakeFirst();
          if (saved !== undefined) return { matrix, version: saved.version };
          const current = await get(productionId);
          throw new DomainError(
            'conflict',
            'Someone else changed the authority matrix while you were editing it; reload it and make your change again.',
            { productionId, expectedVersion, currentVersion: current?.version ?? 0 },
          );
        },
        ({ kind }) =>
          kind === 'foreign-key' || kind === 'invalid-value'
            ? new DomainError('not-found', 'No such production.', { productionId })
            : undefined,
      ),
  };
};
