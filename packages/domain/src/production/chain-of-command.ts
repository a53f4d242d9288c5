import type { AssignmentId, PersonId } from '../shared/ids.js';
import type { Assignment } from './assignment.js';

/**
 * The assignments above a person, level by level, nearest first: level 0 holds the assignments that any of
 * the person's own assignments report to, level 1 the ones those report to, and so on. Reporting lines are
 * edited by people, so the walk is cycle-safe: each assignment appears once, at the nearest level it is
 * reached, and the person's own assignments never appear. A line pointing at an unknown assignment ends there.
 */
export const chainOfCommand = (
  assignments: readonly Assignment[],
  personId: PersonId,
): readonly (readonly Assignment[])[] => {
  const byId = new Map<AssignmentId, Assignment>(assignments.map((a) => [a.id, a]));
  let frontier = assignments.filter((a) => a.personId === personId);
  const seen = new Set<AssignmentId>(frontier.map((a) => a.id));
  const levels: Assignment[][] = [];
  while (frontier.length > 0) {
    const next: Assignment[] = [];
    for (const assignment of frontier) {
      if (assignment.reportsTo === null || seen.has(assignment.reportsTo)) continue;
      const superior = byId.get(assignment.reportsTo);
      if (!superior) continue;
      seen.add(superior.id);
      next.push(superior);
    }
    if (next.length > 0) levels.push(next);
    frontier = next;
  }
  return levels;
};
