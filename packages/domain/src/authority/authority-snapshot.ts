import type { Assignment } from '../production/assignment.js';
import type { ProductionStage } from '../production/production.js';
import type { ProductionId } from '../shared/ids.js';
import type { CurrencyCode } from '../shared/money.js';
import type { AuthorityMatrix } from './authority-matrix.js';
import type { Delegation } from './delegation.js';

/** Everything `decide` needs about one production, loaded by the caller: decide itself does no IO. */
export type AuthoritySnapshot = {
  readonly productionId: ProductionId;
  readonly stage: ProductionStage;
  /** Limits and amounts are in this currency's minor units; rules quote money in it. */
  readonly currency: CurrencyCode;
  readonly isSeries: boolean;
  readonly assignments: readonly Assignment[];
  readonly matrix: AuthorityMatrix;
  readonly delegations: readonly Delegation[];
};
