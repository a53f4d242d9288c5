import type { AssignmentId, PersonId, ProductionId } from '../shared/ids.js';
import type { Department } from './departments.js';
import type { Role } from './roles.js';

/**
 * A person in a role on a production. Reporting lines run between assignments, not people, because one
 * person can hold two roles on a production (a producer who is also the director) with different superiors.
 */
export type Assignment = {
  readonly id: AssignmentId;
  readonly productionId: ProductionId;
  readonly personId: PersonId;
  readonly role: Role;
  /** Set for department heads and crew. */
  readonly department: Department | null;
  /** The assignment this one reports to; null at the top of the chart. */
  readonly reportsTo: AssignmentId | null;
};
