import type { AssignmentId, PersonId } from '../shared/ids.js';
import type { Assignment } from './assignment.js';
import type { Person } from './person.js';
import { ROLES } from './roles.js';

export type OrgChartNode = {
  readonly assignment: Assignment;
  /** Null only when the person was not passed in; callers load the people of every assignment. */
  readonly person: Person | null;
  readonly reports: readonly OrgChartNode[];
};

/**
 * The org chart as a forest: each assignment under the one it reports to, siblings by role seniority (the
 * order of ROLES) and then by name. An assignment whose superior is missing is a root. Reporting lines are
 * edited by people, so a loop is broken at its most senior member rather than dropping it from the chart.
 */
export const buildOrgChart = (
  assignments: readonly Assignment[],
  people: readonly Person[],
): readonly OrgChartNode[] => {
  const personById = new Map<PersonId, Person>(people.map((p) => [p.id, p]));
  const byId = new Map<AssignmentId, Assignment>(assignments.map((a) => [a.id, a]));
  const name = (a: Assignment): string => personById.get(a.personId)?.name ?? '';
  const order = (a: Assignment, b: Assignment): number =>
    ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
    name(a).localeCompare(name(b), 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  const sorted = [...assignments].sort(order);
  const children = new Map<AssignmentId, Assignment[]>();
  const roots: Assignment[] = [];
  for (const a of sorted) {
    const superior = a.reportsTo === null ? undefined : byId.get(a.reportsTo);
    if (superior === undefined || superior.id === a.id) roots.push(a);
    else children.set(superior.id, [...(children.get(superior.id) ?? []), a]);
  }

  const placed = new Set<AssignmentId>();
  const build = (a: Assignment): OrgChartNode => {
    placed.add(a.id);
    const reports = (children.get(a.id) ?? []).filter((c) => !placed.has(c.id)).map(build);
    return { assignment: a, person: personById.get(a.personId) ?? null, reports };
  };
  const forest = roots.map(build);
  // Whatever is left sits on a loop with no way up to a root.
  for (const a of sorted) if (!placed.has(a.id)) forest.push(build(a));
  return forest.sort((x, y) => order(x.assignment, y.assignment));
};
