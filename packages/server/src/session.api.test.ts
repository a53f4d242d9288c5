import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '@greenlight/contract';
import { createApp } from './create-app.js';
import { createUser } from './services/session-service.js';
import { createTestApp, sessionCookieFrom, type TestApp } from './testing/create-test-app.js';

const PASSWORD = 'correct horse battery';
const ADMIN = 'ada@studio.example';
const MEMBER = 'max@studio.example';
const LIMITED = 'lou@studio.example';
const SESSION_SECONDS = 14 * 24 * 3600;

describe('sessions over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.deps, {
      email: ADMIN,
      name: 'Ada Admin',
      password: PASSWORD,
      isAdmin: true,
    });
    await createUser(t.deps, {
      email: MEMBER,
      name: 'Max Member',
      password: PASSWORD,
      isAdmin: false,
    });
    await createUser(t.deps, {
      email: LIMITED,
      name: 'Lou Limited',
      password: PASSWORD,
      isAdmin: false,
    });
  });
  afterAll(() => t.close());

  describe('signing in', () => {
    it('sets an HttpOnly, SameSite=Lax session cookie and returns the user with a CSRF token', async () => {
      const response = await t.call('signIn', { body: { email: MEMBER, password: PASSWORD } });
      const session = response.ok();
      expect(session.user).toMatchObject({ email: MEMBER, name: 'Max Member', isAdmin: false });
      expect(session.csrfToken.length).toBeGreaterThanOrEqual(32);
      const setCookie = String(response.headers['set-cookie']);
      expect(setCookie).toMatch(/^greenlight_session=[A-Za-z0-9_-]{32,};/);
      const attributes = setCookie.split(';').map((a) => a.trim());
      expect(attributes).toEqual(
        expect.arrayContaining([
          'HttpOnly',
          'SameSite=Lax',
          'Path=/',
          `Max-Age=${SESSION_SECONDS}`,
        ]),
      );
      expect(attributes).not.toContain('Secure');
      // The cookie carries an opaque token, never the CSRF token or the user id.
      expect(setCookie).not.toContain(session.csrfToken);
      expect(setCookie).not.toContain(session.user.id);
    });

    it('marks the cookie Secure when the server runs behind HTTPS', async () => {
      const secureApp = await createApp({ ...t.deps, secureCookies: true }, { logger: false });
      try {
        const response = await secureApp.inject({
          method: 'POST',
          url: `${API_PREFIX}/session`,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ email: MEMBER, password: PASSWORD }),
        });
        expect(response.statusCode).toBe(200);
        expect(String(response.headers['set-cookie']).split('; ')).toEqual(
          expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Secure']),
        );
      } finally {
        await secureApp.close();
      }
    });

    it('normalises the email: case and surrounding spaces do not matter', async () => {
      const session = await t.signIn(`  ${MEMBER.toUpperCase()} `, PASSWORD);
      expect(session.user.email).toBe(MEMBER);
    });

    it('answers a wrong password and an unknown email with the same 401 and the same words', async () => {
      const wrong = await t.call('signIn', { body: { email: MEMBER, password: 'not it at all' } });
      const unknown = await t.call('signIn', {
        body: { email: 'nobody@studio.example', password: PASSWORD },
      });
      expect(wrong.error(401)).toEqual({
        code: 'unauthenticated',
        message: 'Wrong email or password',
      });
      expect(unknown.json).toEqual(wrong.json);
      expect(unknown.status).toBe(401);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      expect(unknown.headers['set-cookie']).toBeUndefined();
    });

    it('records each successful sign-in in the installation audit log', async () => {
      const before = await t.repos.auditLog.count(null, { action: 'session.sign-in' });
      const session = await t.signIn(ADMIN, PASSWORD);
      const [latest] = await t.repos.auditLog.list(null, { limit: 1, action: 'session.sign-in' });
      expect(await t.repos.auditLog.count(null, { action: 'session.sign-in' })).toBe(before + 1);
      expect(latest).toMatchObject({
        productionId: null,
        actorPersonId: session.user.personId,
        outcome: 'allowed',
        details: { email: ADMIN },
      });
    });
  });

  describe('throttling failed sign-ins', () => {
    it('refuses the 11th failed attempt for one email with 429 and retry-after, whatever the address', async () => {
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        const response = await t.call(
          'signIn',
          { body: { email: LIMITED, password: `guess ${attempt}` } },
          null,
          { remoteAddress: `10.0.1.${attempt}` },
        );
        expect(response.status, `attempt ${attempt}`).toBe(401);
      }
      const eleventh = await t.call(
        'signIn',
        { body: { email: LIMITED, password: 'guess 11' } },
        null,
        { remoteAddress: '10.0.1.11' },
      );
      expect(eleventh.error(429)).toMatchObject({
        code: 'rate-limited',
        message: expect.stringMatching(/^Too many failed sign-ins; try again in \d+ seconds$/),
        details: { retryAfterSeconds: expect.any(Number) },
      });
      const retryAfter = Number(eleventh.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);

      // While throttled even the right password is refused, so guessing cannot continue.
      const right = await t.call('signIn', { body: { email: LIMITED, password: PASSWORD } }, null, {
        remoteAddress: '10.0.1.12',
      });
      expect(right.status).toBe(429);
      expect(right.headers['set-cookie']).toBeUndefined();

      // Other accounts are not locked out by it.
      expect((await t.signIn(MEMBER, PASSWORD, { remoteAddress: '10.0.1.13' })).user.email).toBe(
        MEMBER,
      );

      // After the window the right password works again.
      t.clock.advance(retryAfter * 1000 + 1000);
      const later = await t.signIn(LIMITED, PASSWORD, { remoteAddress: '10.0.1.14' });
      expect(later.user.email).toBe(LIMITED);
    });

    it('also throttles one address trying many emails', async () => {
      const address = '10.0.2.1';
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        const response = await t.call(
          'signIn',
          { body: { email: `guess${attempt}@studio.example`, password: 'wrong password' } },
          null,
          { remoteAddress: address },
        );
        expect(response.status).toBe(401);
      }
      const next = await t.call('signIn', { body: { email: ADMIN, password: PASSWORD } }, null, {
        remoteAddress: address,
      });
      expect(next.error(429).code).toBe('rate-limited');
      expect(Number(next.headers['retry-after'])).toBeGreaterThan(0);
    });
  });

  describe('the session', () => {
    it('GET /me returns the signed-in user and the same CSRF token', async () => {
      const session = await t.signIn(MEMBER, PASSWORD);
      const me = (await t.call('me', {}, session)).ok();
      expect(me).toEqual({ user: session.user, csrfToken: session.csrfToken });
    });

    it('refuses cookie-authenticated writes without the right x-csrf-token (403), and allows reads', async () => {
      const session = await t.signIn(MEMBER, PASSWORD);
      const body = { title: 'Night Ferry', kind: 'feature-film' as const };
      for (const csrfToken of [null, '', 'forged-token']) {
        const refused = await t.call('createProduction', { body }, session, { csrfToken });
        expect(refused.error(403), String(csrfToken)).toMatchObject({
          code: 'forbidden',
          details: { reason: 'csrf' },
        });
      }
      const noCsrfSignOut = await t.call('signOut', {}, session, { csrfToken: null });
      expect(noCsrfSignOut.status).toBe(403);
      // Nothing was created by the refused writes.
      expect((await t.call('portfolio', {}, session)).ok().productions).toEqual([]);
      // Another session's token does not fit this one.
      const other = await t.signIn(MEMBER, PASSWORD);
      expect(
        (await t.call('createProduction', { body }, session, { csrfToken: other.csrfToken }))
          .status,
      ).toBe(403);
      const created = await t.call('createProduction', { body }, session);
      expect(created.ok()).toMatchObject({ title: 'Night Ferry', stage: 'development' });
    });

    it('signing out clears the cookie and invalidates the session server-side', async () => {
      const session = await t.signIn(MEMBER, PASSWORD);
      const out = await t.call('signOut', {}, session);
      expect(out.ok()).toEqual({ ok: true });
      const cleared = String(out.headers['set-cookie']);
      expect(cleared).toMatch(/^greenlight_session=;/);
      expect(cleared).toContain('Max-Age=0');
      // Replaying the old cookie does not work any more.
      expect((await t.call('me', {}, session)).error(401).code).toBe('unauthenticated');
      expect((await t.call('portfolio', {}, session)).status).toBe(401);
      // Other sessions of the same user are untouched.
      const other = await t.signIn(MEMBER, PASSWORD);
      expect((await t.call('me', {}, other)).status).toBe(200);
    });

    it('expires after fourteen days', async () => {
      const session = await t.signIn(MEMBER, PASSWORD);
      expect((await t.call('me', {}, session)).status).toBe(200);
      t.clock.advance(SESSION_SECONDS * 1000 + 60_000);
      expect((await t.call('me', {}, session)).error(401).code).toBe('unauthenticated');
    });

    it('reads the cookie by name among others', async () => {
      const session = await t.signIn(MEMBER, PASSWORD);
      const response = await t.app.inject({
        method: 'GET',
        url: `${API_PREFIX}/me`,
        headers: { cookie: `theme=dark; ${session.cookie}; other=1` },
      });
      expect(response.statusCode).toBe(200);
      expect(sessionCookieFrom(`${session.cookie}; Path=/`)).toBe(session.cookie);
    });
  });

  describe('administration', () => {
    it('lets only administrators create users', async () => {
      const member = await t.signIn(MEMBER, PASSWORD);
      const admin = await t.signIn(ADMIN, PASSWORD);
      const body = {
        email: 'new.hire@studio.example',
        name: 'New Hire',
        password: 'long enough pw',
      };
      expect((await t.call('createUser', { body }, member)).error(403)).toMatchObject({
        code: 'forbidden',
        message: 'Only administrators may do this',
      });
      const created = (await t.call('createUser', { body }, admin)).ok();
      expect(created).toMatchObject({ email: 'new.hire@studio.example', isAdmin: false });
      expect((await t.call('createUser', { body }, admin)).error(409).code).toBe('conflict');
      const short = await t.call(
        'createUser',
        { body: { ...body, email: 'x@studio.example', password: 'short' } },
        admin,
      );
      expect(short.error(400).code).toBe('validation');
      // The new user can sign in with the password the administrator set.
      expect((await t.signIn('new.hire@studio.example', 'long enough pw')).user.name).toBe(
        'New Hire',
      );
    });
  });
});
