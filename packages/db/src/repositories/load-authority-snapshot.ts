import {
  defaultAuthorityMatrix,
  type AuthoritySnapshot,
  type ProductionId,
} from '@greenlight/domain';
import type { DbExecutor } from '../database-schema.js';
import { createAssignmentsRepository } from './assignments-repository.js';
import { createAuthorityMatricesRepository } from './authority-matrices-repository.js';
import { createDelegationsRepository } from './delegations-repository.js';
import { createProductionsRepository } from './productions-repository.js';

/**
 * Everything `decide` needs about one production, read in one go (inside the caller's transaction when it
 * has one). A production that never saved a matrix runs on the default for its currency. null: no such
 * production.
 */
export const loadAuthoritySnapshot = async (
  db: DbExecutor,
  productionId: ProductionId,
): Promise<AuthoritySnapshot | null> => {
  const production = await createProductionsRepository(db).get(productionId);
  if (production === null) return null;
  const [assignments, saved, delegations] = await Promise.all([
    createAssignmentsRepository(db).listByProduction(productionId),
    createAuthorityMatricesRepository(db).get(productionId),
    // Revoked ones grant nothing; dates are left to decide, which knows today in the production's zone.
    createDelegationsRepository(db).listByProduction(productionId, { includeRevoked: false }),
  ]);
  return {
    productionId,
    stage: production.stage,
    currency: production.currency,
    isSeries: production.kind === 'series',
    assignments,
    matrix: saved?.matrix ?? defaultAuthorityMatrix(production.currency),
    delegations,
  };
};
