import type { PersonId, ProductionId } from '../shared/ids.js';
import type { Assignment } from './assignment.js';

/** A person's assignments on one production, in the order given. */
export const assignmentsOf = (
  assignments: readonly Assignment[],
  productionId: ProductionId,
  personId: PersonId,
): readonly Assignment[] =>
  assignments.filter((a) => a.personId === personId && a.productionId === productionId);
