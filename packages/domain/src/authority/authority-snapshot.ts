import type { Assignment } from '../production/assignment.js';
import type { ProductionStage } from '../production/production.js';
import type { ProductionId } from '../shared/ids.js';
import type { AuthorityMatrix } from './authority-matrix.js';
import type { Delegation } from './delegation.js';

/** Everything `decide` needs about one production, loaded by the caller: decide itself does no IO. */
export type AuthoritySnapshot = {
  readonly productionId: ProductionId;
  readonly stage: ProductionStage;
  readonly assignments: readonly Assignment[];
  readonly matrix: AuthorityMatrix;
  readonly delegations: readonly Delegation[];
};
