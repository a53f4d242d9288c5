import type { User } from '@greenlight/domain';

/** The signed-in caller of a request. */
export type Actor = {
  readonly user: User;
  readonly sessionId: string;
  readonly csrfToken: string;
};
