import type { PersonId, UserId } from '../shared/ids.js';

/** Someone who can sign in. Every user is a person; not every person (cast, crew) has a login. */
export type User = {
  readonly id: UserId;
  readonly email: string;
  readonly personId: PersonId;
  readonly name: string;
  /** May create productions and users on this installation (the first user, from `greenlight init`). */
  readonly isAdmin: boolean;
};
