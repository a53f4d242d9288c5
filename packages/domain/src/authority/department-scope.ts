import type { Assignment } from '../production/assignment.js';
import type { Department } from '../production/departments.js';
import type { Role } from '../production/roles.js';
import type { ActionDefinition } from './action-catalog.js';

// Roles that belong to one department; their grants for department-scoped actions stop at its border.
const DEPARTMENT_BOUND: ReadonlySet<Role> = new Set<Role>(['department-head', 'crew']);

export const isDepartmentBound = (role: Role): boolean => DEPARTMENT_BOUND.has(role);

/**
 * Whether what `assignment` grants for `definition` applies to an action concerning `department`. A
 * department head (or crew member) holds a department-scoped action only for their own department, so an
 * action naming no department is outside it too.
 */
export const grantAppliesInDepartment = (
  definition: ActionDefinition,
  assignment: Assignment,
  department: Department | null,
): boolean =>
  !definition.departmentScoped ||
  !isDepartmentBound(assignment.role) ||
  (department !== null && assignment.department === department);
