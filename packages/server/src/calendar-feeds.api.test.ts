import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedCalendarFeedDto } from '@greenlight/contract';
import type { Role } from '@greenlight/domain';
import { createUser } from './services/session-service.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

describe('calendar subscriptions: feeds read with a secret link, no cookie', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });
  const subscribe = async (role: Role, scope: 'production' | 'person') =>
    (
      await t.call(
        'createCalendarFeed',
        { params: production(), body: { scope } },
        await t.as(role),
      )
    ).ok();
  /** Reads a feed the way a calendar server does: the URL alone, no cookie. */
  const fetchFeed = (feed: Pick<CreatedCalendarFeedDto, 'url'>) =>
    t.app.inject({ method: 'GET', url: new URL(feed.url).pathname });
  /** Content lines unfolded (RFC 5545 folds them at 75 octets). */
  const unfolded = (ics: string) => ics.replace(/\r\n /g, '');
  const events = (ics: string) => (ics.match(/BEGIN:VEVENT/g) ?? []).length;
  /** The calendar without its DTSTAMPs, which say when it was made. */
  const withoutStamps = (ics: string) => ics.replace(/^DTSTAMP:.*\r\n/gm, '');

  it('makes a link shown once and serves the shoot days to anyone holding it', async () => {
    const created = await subscribe('line-producer', 'production');
    expect(created.url).toMatch(
      /^http:\/\/localhost(:80)?\/api\/v1\/calendar-feeds\/[\w-]{43}\/calendar\.ics$/,
    );
    expect(created.webcalUrl).toBe(created.url.replace(/^http:\/\//, 'webcal://'));
    expect(created.replacedFeedId).toBeNull();

    const feed = await fetchFeed(created);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('private, max-age=900');
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.body).toContain('X-WR-CALNAME:The Harbour Light: shoot days');
    const shootDays = events(feed.body);
    expect(shootDays).toBeGreaterThan(1);
    expect(feed.body).toContain(`SUMMARY:Day 1 of ${shootDays}`);

    // The same events as the download on the Calendar view.
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/schedule/calendar.ics`,
      headers: { cookie: (await t.as('line-producer')).cookie },
    });
    expect(withoutStamps(feed.body)).toBe(withoutStamps(download.body));

    // The list names the feed but never its link: only the hash of the token is kept.
    const token = new URL(created.url).pathname.split('/').at(-2) ?? '';
    const list = await t.call(
      'calendarFeeds',
      { params: production() },
      await t.as('line-producer'),
    );
    expect(list.ok().feeds).toEqual([
      { id: created.feed.id, scope: 'production', createdAt: created.feed.createdAt },
    ]);
    expect(JSON.stringify(list.json)).not.toContain(token);
    const log = (
      await t.call(
        'auditLog',
        { params: production(), query: { limit: 20 } },
        await t.as('executive-producer'),
      )
    ).ok();
    const entry = log.entries.find((e) => e.action === 'calendar-feed.create');
    expect(entry).toMatchObject({ outcome: 'allowed' });
    expect(JSON.stringify(log)).not.toContain(token);
  });

  it('resets a link: the new one works, the old one is a 404 at once', async () => {
    const first = await subscribe('unit-production-manager', 'production');
    const second = await subscribe('unit-production-manager', 'production');
    expect(second.replacedFeedId).toBe(first.feed.id);
    expect(second.url).not.toBe(first.url);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const list = await t.call(
      'calendarFeeds',
      { params: production() },
      await t.as('unit-production-manager'),
    );
    expect(list.ok().feeds.map((f) => f.id)).toEqual([second.feed.id]);
  });

  it('stops sharing: a revoked link is a 404, also for a signed-in member, and only once', async () => {
    const upm = await t.as('production-manager');
    const created = await subscribe('production-manager', 'person');
    const revoke = () =>
      t.call('revokeCalendarFeed', { params: { ...production(), feedId: created.feed.id } }, upm);
    expect((await revoke()).ok()).toEqual({ ok: true });
    const gone = await fetchFeed(created);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({
      error: { code: 'not-found', message: 'No such calendar feed' },
    });
    // A cookie does not bring it back: the link acts for its owner or not at all.
    const withCookie = await t.app.inject({
      method: 'GET',
      url: new URL(created.url).pathname,
      headers: { cookie: upm.cookie },
    });
    expect(withCookie.statusCode).toBe(404);
    expect((await revoke()).error(404).code).toBe('not-found');
    expect((await t.call('calendarFeeds', { params: production() }, upm)).ok().feeds).toEqual([]);
  });

  it('answers 404 once the owner is no longer on the production, the same as for a revoked link', async () => {
    const created = await subscribe('crew', 'person');
    expect((await fetchFeed(created)).statusCode).toBe(200);
    const crew = await t.personOf('crew');
    for (const assignment of await t.repos.assignments.listByPerson(crew)) {
      if (assignment.productionId === t.productionId)
        await t.repos.assignments.delete(assignment.id);
    }
    const gone = await fetchFeed(created);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({
      error: { code: 'not-found', message: 'No such calendar feed' },
    });
  });

  it('serves a person only their own work days', async () => {
    const lp = await t.as('line-producer');
    const lists = (await t.call('elementLists', { params: production() }, lp)).ok();
    const kai = lists.cast.find((c) => c.name === 'KAI');
    const margot = await t.personOf('cast');
    const linked = await t.call(
      'updateCastDetails',
      { params: { ...production(), elementId: kai?.elementId ?? '' }, body: { personId: margot } },
      lp,
    );
    expect(linked.ok()).toMatchObject({ outcome: 'allowed' });

    const created = await subscribe('cast', 'person');
    const feed = await fetchFeed(created);
    expect(feed.statusCode).toBe(200);
    const all = await fetchFeed(await subscribe('line-producer', 'production'));
    const kaiDays = events(feed.body);
    expect(kaiDays).toBeGreaterThan(0);
    expect(kaiDays).toBeLessThan(events(all.body));
    expect(feed.body).toContain('X-WR-CALNAME:The Harbour Light: my days');
    expect(unfolded(feed.body)).toContain(`.${margot}.${t.productionId}@greenlight`);
    for (const summary of unfolded(feed.body).match(/^SUMMARY:.*$/gm) ?? [])
      expect(summary).toMatch(/^SUMMARY:The Harbour Light: Day \d+ of \d+/);

    // The same days as the cast member's own download.
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/schedule/my-calendar.ics`,
      headers: { cookie: (await t.as('cast')).cookie },
    });
    expect(withoutStamps(feed.body)).toBe(withoutStamps(download.body));
  });

  it('keeps a feed to its own production, and feeds away from who may not view the schedule', async () => {
    // A production of the executive producer's own, with no board yet: its feed is an empty calendar.
    const ep = await t.as('executive-producer');
    const other = (
      await t.call('createProduction', { body: { title: 'Night Ferry', kind: 'short' } }, ep)
    ).ok();
    const elsewhere = (
      await t.call(
        'createCalendarFeed',
        { params: { productionId: other.id }, body: { scope: 'production' } },
        ep,
      )
    ).ok();
    const body = (await fetchFeed(elsewhere)).body;
    expect(body).toContain('X-WR-CALNAME:Night Ferry: shoot days');
    expect(events(body)).toBe(0);
    // Its id is no feed of the demo production's, and the demo's list does not show it.
    const crossed = await t.call(
      'revokeCalendarFeed',
      { params: { ...production(), feedId: elsewhere.feed.id } },
      ep,
    );
    expect(crossed.error(404).code).toBe('not-found');
    expect(
      (await t.call('calendarFeeds', { params: production() }, ep)).ok().feeds.map((f) => f.id),
    ).not.toContain(elsewhere.feed.id);
    expect((await fetchFeed(elsewhere)).statusCode).toBe(200);

    // The financier's representative holds no schedule.view: refused, and the refusal is audited.
    const refused = await t.call(
      'createCalendarFeed',
      { params: production(), body: { scope: 'production' } },
      await t.as('financier-representative'),
    );
    expect(refused.error(403).code).toBe('forbidden');
    const log = (await t.call('auditLog', { params: production(), query: { limit: 50 } }, ep)).ok();
    expect(
      log.entries.some((e) => e.action === 'calendar-feed.create' && e.outcome === 'denied'),
    ).toBe(true);

    // A stranger learns nothing, not even that the production exists.
    await createUser(t.deps, {
      email: 'feed-stranger@elsewhere.example',
      name: 'Fay Stranger',
      password: 'a long enough password',
      isAdmin: false,
    });
    const stranger = await t.signIn('feed-stranger@elsewhere.example', 'a long enough password');
    const strange = await t.call(
      'createCalendarFeed',
      { params: production(), body: { scope: 'person' } },
      stranger,
    );
    expect(strange.error(404).code).toBe('not-found');
    expect((await t.call('calendarFeeds', { params: production() }, stranger)).status).toBe(404);
  });

  it('names the https link from the browser’s Origin, which a TLS-terminating proxy keeps', async () => {
    const lp = await t.as('line-producer');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/productions/${t.productionId}/calendar-feeds`,
      headers: {
        cookie: lp.cookie,
        'x-csrf-token': lp.csrfToken,
        'content-type': 'application/json',
        origin: 'https://office.harbourlight.example',
      },
      payload: JSON.stringify({ scope: 'person' }),
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<CreatedCalendarFeedDto>();
    expect(created.url).toMatch(
      /^https:\/\/office\.harbourlight\.example\/api\/v1\/calendar-feeds\//,
    );
    expect(created.webcalUrl).toMatch(/^webcal:\/\/office\.harbourlight\.example\//);
  });
});
