import type { PersonId, ProductionId } from '../shared/ids.js';
import type { Assignment } from './assignment.js';

// Routing an approval asks this of every person on the production; an index per assignments list (the lists
// are immutable snapshots) turns that from quadratic into linear work. Keyed by identity, so a new snapshot
// gets a new index and nothing stale is ever returned.
const indexes = new WeakMap<readonly Assignment[], Map<string, Assignment[]>>();

const indexOf = (assignments: readonly Assignment[]): Map<string, Assignment[]> => {
  let index = indexes.get(assignments);
  if (!index) {
    index = new Map();
    for (const a of assignments) {
      const key = `${a.productionId}|${a.personId}`;
      const list = index.get(key);
      if (list) list.push(a);
      else index.set(key, [a]);
    }
    indexes.set(assignments, index);
  }
  return index;
};

const NONE: readonly Assignment[] = [];

/** A person's assignments on one production, in the order given. */
export const assignmentsOf = (
  assignments: readonly Assignment[],
  productionId: ProductionId,
  personId: PersonId,
): readonly Assignment[] => indexOf(assignments).get(`${productionId}|${personId}`) ?? NONE;
