import type { ComputedBudget } from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';

// Worked-out budget versions kept in memory, so that a grid editing a 10,000-line budget line by line does
// not reload and recompute every line on each edit. An entry is keyed by the version and its revision, and a
// version's content at a revision never changes (every write moves the revision), so an entry is either
// right or never found. Only committed content is remembered: what a read found, or what an edit produced
// once its transaction has committed. A handful of versions is enough for the budgets being worked on.
const MAX_ENTRIES = 8;

type Entry = { readonly revision: number; readonly computed: ComputedBudget };

// One cache per running app (per set of dependencies), never shared between databases.
const caches = new WeakMap<ServerDeps, Map<string, Entry>>();

const cacheOf = (deps: ServerDeps): Map<string, Entry> => {
  let cache = caches.get(deps);
  if (cache === undefined) {
    cache = new Map();
    caches.set(deps, cache);
  }
  return cache;
};

export const cachedBudget = (
  deps: ServerDeps,
  versionId: string,
  revision: number,
): ComputedBudget | null => {
  const cache = cacheOf(deps);
  const entry = cache.get(versionId);
  if (entry === undefined || entry.revision !== revision) return null;
  // Most recently used last.
  cache.delete(versionId);
  cache.set(versionId, entry);
  return entry.computed;
};

export const rememberBudget = (
  deps: ServerDeps,
  versionId: string,
  revision: number,
  computed: ComputedBudget,
): void => {
  const cache = cacheOf(deps);
  cache.delete(versionId);
  cache.set(versionId, { revision, computed });
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
};

// Budgets handed between a service and the effect it builds, keyed by the effect object itself: the service
// notes the budget the effect starts from (so applying it in the same transaction computes nothing again),
// and the effect notes what it produced, remembered once the transaction has committed. An effect read back
// from an approval request is a new object with nothing noted: it loads from the database.
type Noted = {
  base?: Entry & { versionId: string; tried: ComputedBudget | null };
  produced?: Entry & { versionId: string };
};
const noted = new WeakMap<object, Noted>();

export const noteBaseBudget = (
  effect: object,
  versionId: string,
  revision: number,
  computed: ComputedBudget,
  /** The effect already worked out on `computed` (the service tried it to check it). */
  tried: ComputedBudget | null = null,
): void => {
  noted.set(effect, { ...noted.get(effect), base: { versionId, revision, computed, tried } });
};

/** What the effect comes to on its base, when the service already worked it out. */
export const triedBudgetOf = (
  effect: object,
  versionId: string,
  revision: number,
): ComputedBudget | null => {
  const base = noted.get(effect)?.base;
  return base !== undefined && base.versionId === versionId && base.revision === revision
    ? base.tried
    : null;
};

/** The budget the effect was built on, if it is still the version's content at `revision`. */
export const baseBudgetOf = (
  effect: object,
  versionId: string,
  revision: number,
): ComputedBudget | null => {
  const base = noted.get(effect)?.base;
  return base !== undefined && base.versionId === versionId && base.revision === revision
    ? base.computed
    : null;
};

export const noteProducedBudget = (
  effect: object,
  versionId: string,
  revision: number,
  computed: ComputedBudget,
): void => {
  noted.set(effect, { ...noted.get(effect), produced: { versionId, revision, computed } });
};

/** Call once the transaction that applied `effect` has committed. */
export const rememberProducedBudget = (deps: ServerDeps, effect: object): void => {
  const entry = noted.get(effect)?.produced;
  noted.delete(effect);
  if (entry !== undefined) rememberBudget(deps, entry.versionId, entry.revision, entry.computed);
};

/** Forgets every worked-out budget of this app (tests measuring a cold read). */
export const forgetBudgets = (deps: ServerDeps): void => {
  caches.delete(deps);
};
