import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '@greenlight/contract';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';
import type { TestSession } from './testing/create-test-app.js';
import { createUser } from './services/session-service.js';

describe('input validation and all-or-nothing writes, on the demo production', () => {
  let t: DemoTestApp;
  let producer: TestSession;
  beforeAll(async () => {
    t = await createDemoTestApp();
    producer = await t.as('producer');
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });
  const expenditureCount = async () =>
    (await t.repos.expenditures.listByProduction(t.productionId)).length;
  const auditCount = () => t.repos.auditLog.count(t.productionId);
  const post = (path: string, session: TestSession, payload: string, contentType: string) =>
    t.app.inject({
      method: 'POST',
      url: `${API_PREFIX}${path}`,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': contentType,
      },
      payload,
    });

  describe('malformed requests', () => {
    it('answers a malformed JSON body with 400 validation and writes nothing', async () => {
      const [expenditures, audit] = [await expenditureCount(), await auditCount()];
      const response = await post(
        `/productions/${t.productionId}/expenditures`,
        producer,
        '{"description": "Crane", "amount": }',
        'application/json',
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: { code: 'validation', message: expect.any(String) },
      });
      expect(await expenditureCount()).toBe(expenditures);
      expect(await auditCount()).toBe(audit);
    });

    it('answers a body that is not JSON, or too large, with 400 validation', async () => {
      const path = `/productions/${t.productionId}/expenditures`;
      const text = await post(path, producer, 'description=Crane&amount=100', 'text/plain');
      expect(text.statusCode).toBe(400);
      expect(text.json()).toMatchObject({ error: { code: 'validation' } });
      const huge = await post(
        path,
        producer,
        JSON.stringify({ description: 'x'.repeat(1024 * 1024 + 1), amount: 100 }),
        'application/json',
      );
      expect(huge.statusCode).toBe(400);
      expect(huge.json()).toMatchObject({ error: { code: 'validation' } });
    });

    it('answers a JSON body of the wrong type with 400 and the failing field', async () => {
      for (const payload of ['[]', '"text"', '{"description": 5, "amount": 100}']) {
        const response = await post(
          `/productions/${t.productionId}/expenditures`,
          producer,
          payload,
          'application/json',
        );
        expect(response.statusCode, payload).toBe(400);
        expect(response.json()).toMatchObject({
          error: { code: 'validation', message: expect.stringMatching(/^Invalid body: /) },
        });
      }
    });

    it('answers a path id that is not a uuid, or a bad query, with 400 validation', async () => {
      const badId = await t.call(
        'getProduction',
        { params: { productionId: 'not-a-uuid' } },
        producer,
      );
      expect(badId.error(400)).toMatchObject({
        code: 'validation',
        message: expect.stringMatching(/^Invalid path: productionId/),
      });
      const badScope = await t.call(
        'approvals',
        { query: { scope: 'everyone' as 'all' } },
        producer,
      );
      expect(badScope.error(400).code).toBe('validation');
      const badLimit = await t.call(
        'auditLog',
        { params: production(), query: { limit: 0 } },
        producer,
      );
      expect(badLimit.error(400).message).toMatch(/limit/);
    });
  });

  describe('amounts', () => {
    it.each([
      ['negative', -100],
      ['a fraction of a cent', 10.5],
      ['zero', 0],
      ['beyond a safe integer', 2 ** 60],
    ])('refuses an expenditure of %s (400, amount named)', async (_what, amount) => {
      const [expenditures, audit] = [await expenditureCount(), await auditCount()];
      const response = await t.call(
        'createExpenditure',
        { params: production(), body: { description: 'Gaffer tape', amount } },
        producer,
      );
      const error = response.error(400);
      expect(error).toMatchObject({
        code: 'validation',
        details: {
          issues: expect.arrayContaining([expect.objectContaining({ path: ['amount'] })]),
        },
      });
      expect(await expenditureCount()).toBe(expenditures);
      expect(await auditCount()).toBe(audit);
    });

    it('refuses an amount sent as a string', async () => {
      const response = await post(
        `/productions/${t.productionId}/expenditures`,
        producer,
        JSON.stringify({ description: 'Gaffer tape', amount: '100' }),
        'application/json',
      );
      expect(response.statusCode).toBe(400);
    });

    it('refuses negative and fractional amounts on decisions, actions and hires alike', async () => {
      for (const amount of [-1, 0.5]) {
        const decision = await t.call(
          'decide',
          { params: production(), body: { action: 'expenditure.commit', amount } },
          producer,
        );
        expect(decision.error(400).code, `decide ${amount}`).toBe('validation');
        const action = await t.call(
          'performAction',
          {
            params: production(),
            body: { action: 'post.engage-vendor', amount, summary: 'Sound mix' },
          },
          producer,
        );
        expect(action.error(400).code, `perform ${amount}`).toBe('validation');
        const hire = await t.call(
          'addTeamMember',
          { params: production(), body: { name: 'Sam Sound', role: 'cast', fee: amount } },
          producer,
        );
        expect(hire.error(400).code, `hire ${amount}`).toBe('validation');
      }
    });
  });

  describe('unknown fields', () => {
    it('are dropped, never applied: a caller cannot set what the server decides', async () => {
      const ep = await t.personOf('executive-producer');
      const created = (
        await t.call(
          'createExpenditure',
          {
            params: production(),
            body: {
              description: 'Underwater housing',
              amount: 15_000_000,
              status: 'committed',
              requestedBy: ep,
              approvalRequestId: null,
            } as { description: string; amount: number },
          },
          producer,
        )
      ).ok();
      expect(created.outcome).toBe('approval-requested');
      expect(created.expenditure).toMatchObject({
        status: 'pending-approval',
        requestedBy: producer.user.personId,
      });
      expect(created.expenditure.approvalRequestId).toBe(created.request?.id);
    });

    it('are dropped the same way on every kind of route', async () => {
      const id = randomUUID();
      const made = (
        await t.call(
          'createProduction',
          {
            body: { title: 'Low Tide', kind: 'short', stage: 'wrapped', id } as {
              title: string;
              kind: 'short';
            },
          },
          producer,
        )
      ).ok();
      expect(made).toMatchObject({ title: 'Low Tide', stage: 'development' });
      expect(made.id).not.toBe(id);

      const decision = (
        await t.call(
          'decide',
          {
            params: production(),
            body: { action: 'distribution.sign-deal', amount: 0, asPersonId: randomUUID() } as {
              action: 'distribution.sign-deal';
              amount: number;
            },
          },
          producer,
        )
      ).ok();
      // The producer may only request it, whoever the body claims to be.
      expect(decision.outcome).toBe('requires-approval');

      const action = (
        await t.call(
          'performAction',
          {
            params: production(),
            body: {
              action: 'distribution.sign-deal',
              amount: 0,
              summary: 'Festival sales deal',
              outcome: 'allowed',
            } as { action: 'distribution.sign-deal'; amount: number; summary: string },
          },
          producer,
        )
      ).ok();
      expect(action.outcome).toBe('approval-requested');
      if (action.outcome === 'approval-requested')
        expect(action.request).not.toHaveProperty('outcome');
    });
  });

  describe('a refused action', () => {
    it('leaves no expenditure behind, only one denied audit entry', async () => {
      const cast = await t.as('cast');
      const [expenditures, audit] = [await expenditureCount(), await auditCount()];
      const response = await t.call(
        'createExpenditure',
        { params: production(), body: { description: 'Trailer upgrade', amount: 50_000 } },
        cast,
      );
      expect(response.error(403)).toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/^The cast may not commit an expenditure/),
        details: { code: 'no-authority', action: 'expenditure.commit' },
      });
      expect(await expenditureCount()).toBe(expenditures);
      expect(await auditCount()).toBe(audit + 1);
      const [entry] = await t.repos.auditLog.list(t.productionId, { limit: 1 });
      expect(entry).toMatchObject({
        action: 'expenditure.commit',
        outcome: 'denied',
        actorPersonId: cast.user.personId,
        amount: 50_000,
        approvalRequestId: null,
        details: { summary: 'Trailer upgrade', authority: { code: 'no-authority' } },
      });
    });

    // Someone with a login who holds no role on the demo production.
    let strangerSession: Promise<TestSession> | undefined;
    const stranger = (): Promise<TestSession> =>
      (strangerSession ??= createUser(t.deps, {
        email: 'outsider@elsewhere.example',
        name: 'Olive Outsider',
        password: 'a long enough password',
        isAdmin: false,
      }).then(() => t.signIn('outsider@elsewhere.example', 'a long enough password')));

    it('by someone not on the production reveals nothing: 404 as for no production', async () => {
      const crew = await stranger();
      const [expenditures, audit] = [await expenditureCount(), await auditCount()];
      const body = { description: 'Batteries', amount: 5_000 };
      const here = await t.call('createExpenditure', { params: production(), body }, crew);
      const nowhere = await t.call(
        'createExpenditure',
        { params: { productionId: randomUUID() }, body },
        crew,
      );
      expect(here.error(404)).toEqual(nowhere.error(404));
      expect(await expenditureCount()).toBe(expenditures);
      // The attempt itself is still on the record.
      expect(await auditCount()).toBe(audit + 1);
      const [entry] = await t.repos.auditLog.list(t.productionId, { limit: 1 });
      expect(entry).toMatchObject({
        outcome: 'denied',
        actorPersonId: crew.user.personId,
        details: { authority: { code: 'not-on-production' } },
      });
      // Reads answer the same.
      expect((await t.call('getProduction', { params: production() }, crew)).error(404)).toEqual(
        nowhere.error(404),
      );
    });

    it('refuses a stranger before validating the body, so no error reveals the stage or the team', async () => {
      const crew = await stranger();
      // A move the stage machine refuses, and a delegation to nobody: both would be 400 for a member.
      const stage = await t.call(
        'changeStage',
        { params: production(), body: { to: 'completed' } },
        crew,
      );
      expect(stage.error(404).code).toBe('not-found');
      const delegation = await t.call(
        'createDelegation',
        {
          params: production(),
          body: {
            toPersonId: randomUUID(),
            actions: ['expenditure.commit'],
            startsOn: '2026-01-10',
            endsOn: '2026-01-01',
          },
        },
        crew,
      );
      expect(delegation.error(404).code).toBe('not-found');
    });
  });
});
