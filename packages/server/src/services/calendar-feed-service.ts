import {
  buildPath,
  routes,
  type CalendarFeedDto,
  type CalendarFeedListDto,
  type CreatedCalendarFeedDto,
} from '@greenlight/contract';
import type { DbExecutor, Repositories } from '@greenlight/db';
import {
  auditEventForDecision,
  decide,
  DomainError,
  type ActionId,
  type AuditEvent,
  type CalendarFeed,
  type CalendarFeedScope,
  type DenyDecision,
  type JsonValue,
  type PersonId,
  type ProductionId,
  type RequiresApprovalDecision,
} from '@greenlight/domain';
import { hashToken, newToken } from '../auth/session-token.js';
import type { ServerDeps } from '../server-deps.js';
import {
  inTransaction,
  mustFind,
  personOf,
  readOnly,
  snapshotOf,
  todayFor,
  type ServiceContext,
} from './service-context.js';
import {
  loadShootCalendar,
  personCalendarIcs,
  productionCalendarIcs,
} from './shoot-calendar-ics.js';

/** What every feed route performs: reading the schedule, as the signed-in member or as the feed's owner. */
const VIEW: ActionId = 'schedule.view';

const SCOPE_WORDS: Readonly<Record<CalendarFeedScope, string>> = {
  production: 'the shoot days',
  person: 'their own days',
};

type Declare = (action: ActionId) => ActionId;

const toDto = (feed: CalendarFeed): CalendarFeedDto => ({
  id: feed.id,
  scope: feed.scope,
  createdAt: feed.createdAt,
});

/** The feed's URL over http(s) and as webcal://, which calendar apps open as a subscription. */
const feedUrls = (origin: string, token: string): { url: string; webcalUrl: string } => {
  const url = origin + buildPath(routes.calendarFeedIcs, { token });
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
};

/**
 * Decides `schedule.view` for `personId` on the production, inside the caller's transaction, and the audit
 * line of a feed change (`calendar-feed.create`, `calendar-feed.revoke`) made under that decision.
 */
const decideView = async (
  deps: ServerDeps,
  repos: Repositories,
  tx: DbExecutor,
  productionId: ProductionId,
  personId: PersonId,
  declare: Declare,
) => {
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const snapshot = await snapshotOf(tx, productionId);
  const decision = decide(snapshot, personId, declare(VIEW), {
    today: todayFor(deps, production),
  });
  const audit = (event: string, details: JsonValue): AuditEvent => ({
    ...auditEventForDecision(snapshot, personId, decision, { now: deps.clock.now(), details }),
    action: event,
  });
  return { decision, audit };
};

/** A refusal is audited in a transaction of its own (the change's was rolled back), then answered. */
const refuse = async (
  deps: ServerDeps,
  event: AuditEvent,
  decision: DenyDecision | RequiresApprovalDecision,
): Promise<never> => {
  await inTransaction(deps, (repos) => repos.auditLog.append([event]));
  if (decision.outcome === 'deny' && decision.code === 'not-on-production')
    throw new DomainError('not-found', 'No such production');
  throw new DomainError('forbidden', decision.reason, { action: VIEW });
};

/**
 * Makes a subscription link for the caller: a 32-byte random token, of which only the SHA-256 is stored,
 * so this answer is the only place the link ever appears. A live link of the same scope is revoked in the
 * same transaction (a "reset link"). The change is audited, and so is a refusal.
 */
export const createCalendarFeed = async (
  context: ServiceContext,
  productionId: ProductionId,
  scope: CalendarFeedScope,
  origin: string,
  declare: Declare,
): Promise<CreatedCalendarFeedDto> => {
  const { deps } = context;
  const personId = personOf(context);
  const token = newToken();
  const outcome = await inTransaction(deps, async (repos, tx) => {
    const { decision, audit } = await decideView(deps, repos, tx, productionId, personId, declare);
    const summary = `Shared ${SCOPE_WORDS[scope]} as a calendar subscription`;
    if (decision.outcome !== 'allow')
      return {
        kind: 'refused' as const,
        decision,
        event: audit('calendar-feed.create', { summary }),
      };
    const created = await repos.calendarFeeds.create({
      productionId,
      personId,
      scope,
      tokenHash: hashToken(token),
      now: deps.clock.now(),
    });
    await repos.auditLog.append([
      audit('calendar-feed.create', {
        summary,
        feedId: created.feed.id,
        scope,
        replacedFeedId: created.revoked?.id ?? null,
      }),
    ]);
    return { kind: 'created' as const, created };
  });
  if (outcome.kind === 'refused') return refuse(deps, outcome.event, outcome.decision);
  return {
    feed: toDto(outcome.created.feed),
    ...feedUrls(origin, token),
    replacedFeedId: outcome.created.revoked?.id ?? null,
  };
};

/** The caller's live feeds on the production; the tokens are not kept, so none is shown again. */
export const listCalendarFeeds = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<CalendarFeedListDto> => ({
  feeds: (await readOnly(context.deps).calendarFeeds.listLive(productionId, personOf(context))).map(
    toDto,
  ),
});

/** Stops one of the caller's links at once; someone else's feed is the same 404 as an unknown one. */
export const revokeCalendarFeed = async (
  context: ServiceContext,
  productionId: ProductionId,
  feedId: string,
  declare: Declare,
): Promise<{ ok: true }> => {
  const { deps } = context;
  const personId = personOf(context);
  const outcome = await inTransaction(deps, async (repos, tx) => {
    const { decision, audit } = await decideView(deps, repos, tx, productionId, personId, declare);
    const summary = 'Stopped sharing a calendar subscription';
    if (decision.outcome !== 'allow')
      return {
        kind: 'refused' as const,
        decision,
        event: audit('calendar-feed.revoke', { summary }),
      };
    const revoked = await repos.calendarFeeds.revoke(
      productionId,
      personId,
      feedId,
      deps.clock.now(),
    );
    if (revoked === null) throw new DomainError('not-found', 'No such calendar feed');
    await repos.auditLog.append([
      audit('calendar-feed.revoke', { summary, feedId, scope: revoked.scope }),
    ]);
    return { kind: 'revoked' as const };
  });
  if (outcome.kind === 'refused') return refuse(deps, outcome.event, outcome.decision);
  return { ok: true };
};

/**
 * The feed itself, for a calendar app with no cookie: the token names a live feed, whose owner must still be
 * allowed `schedule.view` on its production, decided now, on every fetch. An unknown token, a revoked
 * feed and an owner who left the production or lost the right are one and the same 404, so a URL reveals
 * nothing about why it stopped working. Reads are not audited: nothing happened.
 */
export const calendarFeedIcs = async (
  deps: ServerDeps,
  token: string,
  declare: Declare,
): Promise<Uint8Array> => {
  const noSuchFeed = new DomainError('not-found', 'No such calendar feed');
  const repos = readOnly(deps);
  const feed = await repos.calendarFeeds.findLive(hashToken(token));
  if (feed === null) throw noSuchFeed;
  const production = await repos.productions.get(feed.productionId);
  if (production === null) throw noSuchFeed;
  const snapshot = await snapshotOf(deps.database.kysely, production.id);
  const decision = decide(snapshot, feed.personId, declare(VIEW), {
    today: todayFor(deps, production),
  });
  if (decision.outcome !== 'allow') throw noSuchFeed;
  const calendar = await loadShootCalendar(deps, production.id);
  return feed.scope === 'production'
    ? productionCalendarIcs(deps, calendar)
    : personCalendarIcs(deps, calendar, feed.personId);
};
