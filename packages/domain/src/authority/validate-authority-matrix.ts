import { ROLES, type Role } from '../production/roles.js';
import { DomainError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { DECISION_AREAS } from './action-areas.js';
import { ACTION_IDS, isActionId } from './action-catalog.js';
import type { AuthorityMatrix } from './authority-matrix.js';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

const isLimit = (value: unknown): boolean =>
  value === null || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);

const describe = (value: unknown): string =>
  typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));

/**
 * Checks a matrix from anywhere (the database, an import, an edit in the UI) before it is used: a rule for
 * every action in the catalog and none for unknown ones, known roles only, limits that are whole non-negative
 * minor units or null, and a known final-say role in every decision area. The message lists every problem
 * found (the first few in the text, all of them in `details.problems`).
 */
export const validateAuthorityMatrix = (matrix: unknown): Result<AuthorityMatrix, DomainError> => {
  const problems: string[] = [];
  if (!isRecord(matrix))
    return err(
      new DomainError('validation', 'The authority matrix must be an object', {
        problems: ['not an object'],
      }),
    );

  const { rules, roleLimits, personLimits, finalSay } = matrix;
  if (!isRecord(rules)) problems.push('rules must be an object keyed by action');
  else {
    for (const action of ACTION_IDS)
      if (!Object.hasOwn(rules, action)) problems.push(`no rule for ${action}`);
    for (const [action, rule] of Object.entries(rules)) {
      if (!isActionId(action)) {
        problems.push(`rule for unknown action ${describe(action)}`);
        continue;
      }
      if (!isRecord(rule)) {
        problems.push(`rule for ${action} must be an object`);
        continue;
      }
      for (const list of ['perform', 'request', 'approve'] as const) {
        const roles = rule[list];
        if (!Array.isArray(roles)) problems.push(`${action}.${list} must be a list of roles`);
        else
          for (const role of roles as unknown[])
            if (!isRole(role))
              problems.push(`${action}.${list} names unknown role ${describe(role)}`);
      }
    }
  }

  if (!isRecord(roleLimits)) problems.push('roleLimits must be an object keyed by role');
  else
    for (const [role, limit] of Object.entries(roleLimits)) {
      if (!isRole(role)) problems.push(`roleLimits names unknown role ${describe(role)}`);
      else if (!isLimit(limit))
        problems.push(
          `signing limit of ${role} must be a whole number of minor units ≥ 0, or null for no limit; got ${describe(limit)}`,
        );
    }

  if (!isRecord(personLimits)) problems.push('personLimits must be an object keyed by person');
  else
    for (const [person, limit] of Object.entries(personLimits)) {
      if (!isLimit(limit))
        problems.push(
          `signing limit of person ${person} must be a whole number of minor units ≥ 0, or null for no limit; got ${describe(limit)}`,
        );
    }

  if (!isRecord(finalSay)) problems.push('finalSay must be an object keyed by decision area');
  else {
    for (const area of DECISION_AREAS)
      if (!isRole(finalSay[area]))
        problems.push(`finalSay.${area} must be a known role; got ${describe(finalSay[area])}`);
    for (const area of Object.keys(finalSay))
      if (!(DECISION_AREAS as readonly string[]).includes(area))
        problems.push(`finalSay names unknown decision area ${describe(area)}`);
  }

  if (problems.length === 0) return ok(matrix as AuthorityMatrix);
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return err(
    new DomainError('validation', `The authority matrix is invalid: ${shown}${more}`, { problems }),
  );
};
