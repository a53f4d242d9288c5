import type { PersonId } from '../shared/ids.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import { finalSayHolders } from './route-approvers.js';

/**
 * Whether `personId` may greenlight past the gate (an approved budget covered by closed financing): only
 * whoever holds the final say over the greenlight's decision area (by default the executive producer), and
 * always with a reason on the record. A delegation does not carry it: overriding the money is not a task to
 * hand over for the week.
 */
export const mayOverrideGreenlightGate = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
): boolean => finalSayHolders(snapshot, 'production.greenlight').includes(personId);
