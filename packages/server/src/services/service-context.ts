import {
  dateInTimeZone,
  DomainError,
  type CalendarDate,
  type PersonId,
  type Production,
} from '@greenlight/domain';
import {
  createRepositories,
  loadAuthoritySnapshot,
  type DbExecutor,
  type Repositories,
} from '@greenlight/db';
import type { AuthoritySnapshot, ProductionId } from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import type { Actor } from '../http/actor.js';

/** What a use case runs with: the wired dependencies and the signed-in caller. */
export type ServiceContext = {
  readonly deps: ServerDeps;
  readonly actor: Actor;
};

export const personOf = (context: ServiceContext): PersonId => context.actor.user.personId;

/** Runs a use case in one transaction: everything it wrote is kept, or (on a throw) nothing is. */
export const inTransaction = <T>(
  deps: ServerDeps,
  fn: (repos: Repositories, tx: DbExecutor) => Promise<T>,
): Promise<T> => deps.database.transaction((tx) => fn(createRepositories(tx), tx));

/** Reads without a transaction (one statement at a time is enough for views). */
export const readOnly = (deps: ServerDeps): Repositories =>
  createRepositories(deps.database.kysely);

/** Today's date where the production is: delegations and shoot days are dated in its time zone. */
export const todayFor = (
  deps: ServerDeps,
  production: Pick<Production, 'timeZone'>,
): CalendarDate => dateInTimeZone(deps.clock.now(), production.timeZone);

export const mustFind = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new DomainError('not-found', `No such ${what}`);
  return value;
};

/** The authority snapshot of a production that must exist. */
export const snapshotOf = async (
  executor: DbExecutor,
  productionId: ProductionId,
): Promise<AuthoritySnapshot> =>
  mustFind(await loadAuthoritySnapshot(executor, productionId), 'production');
