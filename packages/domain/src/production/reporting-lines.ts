import { DomainError } from '../shared/domain-error.js';
import type { AssignmentId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Assignment } from './assignment.js';
import { ROLE_INFO } from './roles.js';

/**
 * Whom an assignment reports to when nobody has said otherwise: a crew member to the head of their own
 * department, otherwise the first role in ROLE_INFO[role].defaultReportsTo held on the production. A
 * department head is only a superior within their department, and nobody reports to themselves (not even
 * to their own other role). Null at the top of the chart.
 */
export const defaultReportsTo = (
  assignments: readonly Assignment[],
  assignment: Assignment,
): AssignmentId | null => {
  const candidates = assignments.filter(
    (a) =>
      a.productionId === assignment.productionId &&
      a.id !== assignment.id &&
      a.personId !== assignment.personId,
  );
  for (const role of ROLE_INFO[assignment.role].defaultReportsTo) {
    const superior = candidates.find(
      (a) =>
        a.role === role &&
        (role !== 'department-head' ||
          (assignment.department !== null && a.department === assignment.department)),
    );
    if (superior) return superior.id;
  }
  return null;
};

/**
 * Checks a reporting line before it is saved: both assignments exist on the same production, nobody reports
 * to themselves, and the line closes no loop. Returns the assignment with the line set.
 */
export const validateReportingLine = (
  assignments: readonly Assignment[],
  assignmentId: AssignmentId,
  reportsTo: AssignmentId | null,
): Result<Assignment, DomainError> => {
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const assignment = byId.get(assignmentId);
  if (!assignment)
    return err(
      new DomainError('not-found', 'No such assignment on the production', { assignmentId }),
    );
  if (reportsTo === null) return ok({ ...assignment, reportsTo: null });
  const superior = byId.get(reportsTo);
  if (!superior)
    return err(
      new DomainError('not-found', 'The superior is not on the production', { reportsTo }),
    );
  if (superior.productionId !== assignment.productionId) {
    return err(
      new DomainError('validation', 'A reporting line must stay within one production', {
        assignmentId,
        reportsTo,
      }),
    );
  }
  if (superior.id === assignment.id || superior.personId === assignment.personId) {
    return err(
      new DomainError('validation', 'Nobody can report to themselves', { assignmentId, reportsTo }),
    );
  }
  // Walk up from the new superior: reaching the assignment again means the line would close a loop.
  const seen = new Set<AssignmentId>();
  for (
    let at: Assignment | undefined = superior;
    at !== undefined;
    at = at.reportsTo === null ? undefined : byId.get(at.reportsTo)
  ) {
    if (at.id === assignment.id) {
      return err(
        new DomainError('validation', 'This reporting line would make a loop in the org chart', {
          assignmentId,
          reportsTo,
        }),
      );
    }
    if (seen.has(at.id)) break; // an existing loop above, not through this assignment
    seen.add(at.id);
  }
  return ok({ ...assignment, reportsTo });
};
