import type { ServerDeps } from '../server-deps.js';
import type { Actor } from '../http/actor.js';
import { hashToken } from '../auth/session-token.js';
import { readOnly } from './service-context.js';

/** The caller behind a session cookie, or null when the token is unknown or expired. */
export const resolveSession = async (deps: ServerDeps, token: string): Promise<Actor | null> => {
  const found = await readOnly(deps).sessions.findValid(hashToken(token), deps.clock.now());
  if (!found) return null;
  return {
    user: found.user,
    sessionId: found.session.tokenHash,
    csrfToken: found.session.csrfToken,
  };
};
