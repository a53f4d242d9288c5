import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalRequestDto } from '@greenlight/contract';
import type { Department, Role } from '@greenlight/domain';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';
import {
  auditOfRequest,
  decideRequest,
  requestSpending as demoRequestSpending,
  type Verb,
} from './testing/demo-requests.js';

describe('changing the authority matrix over HTTP, on the demo production', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });
  const requestSpending = (
    role: Role,
    dollars: number,
    description: string,
    department?: Department,
  ) => demoRequestSpending(t, role, dollars, description, department);
  const decide = (
    verb: Verb,
    request: Pick<ApprovalRequestDto, 'id'>,
    role: Role,
    body?: Record<string, string>,
  ) => decideRequest(t, verb, request, role, body);
  const auditOf = (requestId: string) => auditOfRequest(t, requestId);

  describe('signing limits set through the authority matrix', () => {
    it('change where a new request is routed; a stale version is a conflict', async () => {
      const ep = await t.as('executive-producer');
      const before = await requestSpending(
        'department-head',
        3_000,
        'Follow-focus motor',
        'camera',
      );
      expect(before.routedTo.map((r) => r.personId)).toEqual([
        await t.personOf('unit-production-manager'),
      ]);

      const loaded = (await t.call('authorityMatrix', { params: production() }, ep)).ok();
      expect(loaded).toMatchObject({ canEdit: true, canSetLimits: true, currency: 'USD' });
      const matrix = {
        ...loaded.matrix,
        roleLimits: { ...loaded.matrix.roleLimits, 'unit-production-manager': 250_000 },
      };
      const saved = await t.call(
        'updateAuthorityMatrix',
        { params: production(), body: { matrix, version: loaded.version } },
        ep,
      );
      expect(saved.ok()).toMatchObject({
        outcome: 'allowed',
        result: { version: loaded.version + 1 },
      });

      // The UPM may now sign for only $2,500: the same request goes past them, to the producer.
      const after = await requestSpending(
        'department-head',
        3_000,
        'Second follow-focus motor',
        'camera',
      );
      expect(after.routedTo.map((r) => r.personId)).toEqual([await t.personOf('producer')]);
      // A request made before the change keeps its routing, but the UPM can no longer approve it.
      expect(
        (await decide('approve', before, 'unit-production-manager')).error(403).message,
      ).toMatch(/^\$3,000\.00 is above/);

      const stale = await t.call(
        'updateAuthorityMatrix',
        { params: production(), body: { matrix: loaded.matrix, version: loaded.version } },
        ep,
      );
      expect(stale.error(409)).toMatchObject({
        code: 'conflict',
        details: { currentVersion: loaded.version + 1 },
      });
      const current = (await t.call('authorityMatrix', { params: production() }, ep)).ok();
      expect(current.version).toBe(loaded.version + 1);
      expect(current.matrix.roleLimits['unit-production-manager']).toBe(250_000);
    });

    it('tells a change of limits from a change of rules once the matrix has been saved', async () => {
      const upm = await t.as('unit-production-manager');
      const loaded = (await t.call('authorityMatrix', { params: production() }, upm)).ok();
      expect(loaded.version).toBeGreaterThan(0); // saved above: it now comes back from the database

      // Sending back exactly what was loaded changes nothing, so there is nothing to decide.
      const unchanged = await t.call(
        'updateAuthorityMatrix',
        { params: production(), body: { matrix: loaded.matrix, version: loaded.version } },
        upm,
      );
      expect(unchanged.error(400)).toEqual({
        code: 'validation',
        message: 'The matrix is unchanged',
      });

      // The UPM may ask for a change of limits (set-signing-limits), not of rules (edit-matrix).
      const limits = {
        ...loaded.matrix,
        roleLimits: { ...loaded.matrix.roleLimits, 'production-manager': 1_500_000 },
      };
      const asked = (
        await t.call(
          'updateAuthorityMatrix',
          { params: production(), body: { matrix: limits, version: loaded.version } },
          upm,
        )
      ).ok();
      expect(asked).toMatchObject({
        outcome: 'approval-requested',
        request: { action: 'authority.set-signing-limits', status: 'pending' },
      });
      const rules = {
        ...loaded.matrix,
        finalSay: { ...loaded.matrix.finalSay, operational: 'unit-production-manager' as const },
      };
      const refused = await t.call(
        'updateAuthorityMatrix',
        { params: production(), body: { matrix: rules, version: loaded.version } },
        upm,
      );
      expect(refused.error(403)).toMatchObject({
        code: 'forbidden',
        details: { action: 'authority.edit-matrix' },
      });
      if (asked.outcome === 'approval-requested')
        (await decide('withdraw', asked.request, 'unit-production-manager')).ok();
      expect((await t.call('authorityMatrix', { params: production() }, upm)).ok().version).toBe(
        loaded.version,
      );
    });

    it('routes a producer’s change of limits to the executive producer, and an approval on a stale matrix changes nothing', async () => {
      const ep = await t.as('executive-producer');
      const producer = await t.as('producer');
      const loaded = (await t.call('authorityMatrix', { params: production() }, producer)).ok();
      expect(loaded).toMatchObject({ canEdit: false, canSetLimits: false });
      const proposal = {
        ...loaded.matrix,
        roleLimits: { ...loaded.matrix.roleLimits, producer: 50_000_000 },
      };
      const asked = (
        await t.call(
          'updateAuthorityMatrix',
          { params: production(), body: { matrix: proposal, version: loaded.version } },
          producer,
        )
      ).ok();
      if (asked.outcome !== 'approval-requested') throw new Error('Expected a request');
      expect(asked.request).toMatchObject({ action: 'authority.set-signing-limits' });
      expect(asked.request.routedTo.map((r) => r.personId)).toEqual([
        await t.personOf('executive-producer'),
      ]);

      // Meanwhile the executive producer changes the matrix directly.
      const direct = {
        ...loaded.matrix,
        roleLimits: { ...loaded.matrix.roleLimits, 'line-producer': 3_000_000 },
      };
      (
        await t.call(
          'updateAuthorityMatrix',
          { params: production(), body: { matrix: direct, version: loaded.version } },
          ep,
        )
      ).ok();

      // Approving the producer's request now would overwrite that change: refused, and nothing is written.
      const auditBefore = (await auditOf(asked.request.id)).length;
      const refused = await decide('approve', asked.request, 'executive-producer');
      expect(refused.error(409).code).toBe('conflict');
      const still = (
        await t.call('approval', { params: { requestId: asked.request.id } }, ep)
      ).ok();
      expect(still).toMatchObject({ status: 'pending', decidedBy: null });
      expect(await auditOf(asked.request.id)).toHaveLength(auditBefore);
      const current = (await t.call('authorityMatrix', { params: production() }, ep)).ok();
      expect(current.version).toBe(loaded.version + 1);
      expect(current.matrix.roleLimits).toMatchObject({
        producer: 10_000_000,
        'line-producer': 3_000_000,
      });
    });
  });
});
