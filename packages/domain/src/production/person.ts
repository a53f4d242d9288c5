import type { PersonId } from '../shared/ids.js';

/** A person may hold roles on many productions; their assignments say which. */
export type Person = {
  readonly id: PersonId;
  readonly name: string;
  readonly email: string | null;
};
