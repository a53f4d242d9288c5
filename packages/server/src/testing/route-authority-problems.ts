import { isActionId } from '@greenlight/domain';

const KINDS = [
  'public',
  'signed-in',
  'admin',
  'action',
  'one-of',
  'action-in-body',
  'token',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/**
 * Everything wrong with the authority declarations of a route table, one line per problem: a route without an
 * authority, an unknown kind, an action that is not in the catalog, a public/signed-in/admin route without a
 * reason, a one-of without actions or without saying how it chooses, a token route without an action or a
 * reason, or one that is not a GET (anyone holding the URL may call it). Takes `unknown` so that it also judges
 * tables that slipped past the compiler (casts, JavaScript).
 */
export const routeAuthorityProblems = (table: Readonly<Record<string, unknown>>): string[] => {
  const problems: string[] = [];
  for (const [id, route] of Object.entries(table)) {
    const authority = isRecord(route) ? route['authority'] : undefined;
    if (!isRecord(authority)) {
      problems.push(`${id}: no authority`);
      continue;
    }
    const kind = authority['kind'];
    switch (kind) {
      case 'public':
      case 'signed-in':
      case 'admin':
        if (blank(authority['reason'])) problems.push(`${id}: ${kind} without a reason`);
        break;
      case 'action': {
        const action = authority['action'];
        if (typeof action !== 'string' || !isActionId(action))
          problems.push(`${id}: action ${String(action)} is not in the catalog`);
        break;
      }
      case 'one-of': {
        const actions = authority['actions'];
        if (!Array.isArray(actions) || actions.length === 0) {
          problems.push(`${id}: one-of without actions`);
          break;
        }
        for (const action of actions as unknown[]) {
          if (typeof action !== 'string' || !isActionId(action))
            problems.push(`${id}: one-of names ${String(action)}, which is not in the catalog`);
        }
        if (blank(authority['how'])) problems.push(`${id}: one-of without saying how it chooses`);
        break;
      }
      case 'action-in-body':
        break;
      case 'token': {
        const action = authority['action'];
        if (typeof action !== 'string' || !isActionId(action))
          problems.push(`${id}: token route action ${String(action)} is not in the catalog`);
        if (blank(authority['reason'])) problems.push(`${id}: token without a reason`);
        if (isRecord(route) && route['method'] !== 'GET')
          problems.push(`${id}: token route that is not a GET`);
        break;
      }
      default:
        problems.push(`${id}: unknown authority kind ${String(kind)} (known: ${KINDS.join(', ')})`);
    }
  }
  return problems;
};
