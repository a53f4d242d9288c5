import { instant, minorUnits, type ApprovalRequestId, type ProductionId } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import type { CreateApprovalRequestInput } from './approval-requests-repository.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`approval requests repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  const newRequest = async (overrides: Partial<CreateApprovalRequestInput> = {}) => {
    const production = await seedProduction(repos);
    const requester = await seedPerson(repos, 'Requester');
    const approver = await seedPerson(repos, 'Approver');
    const request = await repos.approvalRequests.create({
      productionId: production.id,
      action: 'expenditure.commit',
      requestedBy: requester.id,
      amount: minorUnits(1_250_000),
      department: 'camera',
      summary: 'Crane and remote head, 2 weeks',
      payload: {
        vendor: 'Cranes R Us',
        lines: [{ item: 'crane', days: 10 }],
        approvedBudget: null,
      },
      routedTo: [approver.id],
      ...overrides,
    });
    return { production, requester, approver, request };
  };

  it('creates a pending request at level 0 and reads it back', async () => {
    const { production, requester, approver, request } = await newRequest({
      createdAt: instant('2026-05-01T09:00:00Z'),
    });
    expect(request).toEqual({
      id: expect.any(String),
      productionId: production.id,
      action: 'expenditure.commit',
      requestedBy: requester.id,
      amount: 1_250_000,
      department: 'camera',
      summary: 'Crane and remote head, 2 weeks',
      payload: {
        vendor: 'Cranes R Us',
        lines: [{ item: 'crane', days: 10 }],
        approvedBudget: null,
      },
      status: 'pending',
      routedTo: [approver.id],
      level: 0,
      createdAt: '2026-05-01T09:00:00.000Z',
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
    });
    expect(await repos.approvalRequests.get(request.id)).toEqual(request);
    expect(await repos.approvalRequests.get('bad' as ApprovalRequestId)).toBeNull();
  });

  it('decides a pending request once: a second decision on the old status is a conflict', async () => {
    const { approver, request } = await newRequest();
    const decision = {
      status: 'approved',
      decidedAt: instant('2026-05-02T10:00:00Z'),
      decidedBy: approver.id,
      decisionReason: 'Within budget',
    } as const;
    const approved = await repos.approvalRequests.update(request.id, decision, {
      expectedStatus: 'pending',
    });
    expect(approved).toEqual({ ...request, ...decision, decidedAt: '2026-05-02T10:00:00.000Z' });
    await expect(
      repos.approvalRequests.update(
        request.id,
        {
          status: 'rejected',
          decidedAt: instant('2026-05-02T10:00:01Z'),
          decidedBy: approver.id,
          decisionReason: 'No',
        },
        { expectedStatus: 'pending' },
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'The request is already approved.',
      details: { status: 'approved' },
    });
    expect(await repos.approvalRequests.get(request.id)).toEqual(approved);
    await expect(
      repos.approvalRequests.update(
        '7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f' as ApprovalRequestId,
        { level: 1 },
        { expectedStatus: 'pending' },
      ),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lets exactly one of two concurrent decisions through', async () => {
    const { approver, request } = await newRequest();
    const decide = (status: 'approved' | 'rejected') =>
      database.transaction((tx) =>
        createRepositories(tx).approvalRequests.update(
          request.id,
          {
            status,
            decidedAt: instant('2026-05-02T10:00:00Z'),
            decidedBy: approver.id,
            decisionReason: status,
          },
          { expectedStatus: 'pending' },
        ),
      );
    const outcomes = await Promise.allSettled([decide('approved'), decide('rejected')]);
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const rejected = outcomes.filter((o) => o.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ reason: { code: 'conflict' } });
    const winner = fulfilled[0]?.value.status;
    expect((await repos.approvalRequests.get(request.id))?.status).toBe(winner);
  });

  it('escalates with a level guard so two escalations cannot both apply', async () => {
    const { request } = await newRequest();
    const boss = await seedPerson(repos, 'Boss');
    const escalated = await repos.approvalRequests.update(
      request.id,
      { routedTo: [boss.id], level: 1 },
      { expectedStatus: 'pending', expectedLevel: 0 },
    );
    expect(escalated).toMatchObject({ status: 'pending', level: 1, routedTo: [boss.id] });
    await expect(
      repos.approvalRequests.update(
        request.id,
        { routedTo: [boss.id], level: 1 },
        { expectedStatus: 'pending', expectedLevel: 0 },
      ),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('escalated') });
  });

  it('keeps decided_at consistent with the status', async () => {
    const { request } = await newRequest();
    await expect(
      repos.approvalRequests.update(
        request.id,
        { status: 'approved' },
        { expectedStatus: 'pending' },
      ),
    ).rejects.toMatchObject({ code: 'validation' });
  });

  it("lists pending requests of several productions oldest first, and a production's requests newest first", async () => {
    const one = await newRequest({ createdAt: instant('2026-05-01T09:00:00Z') });
    const two = await newRequest({ createdAt: instant('2026-05-01T08:00:00Z') });
    const third = await repos.approvalRequests.create({
      productionId: one.production.id,
      action: 'hiring.crew',
      requestedBy: one.requester.id,
      amount: null,
      department: null,
      summary: 'Second AC',
      payload: null,
      routedTo: [],
      createdAt: instant('2026-05-03T09:00:00Z'),
    });
    await repos.approvalRequests.update(
      third.id,
      {
        status: 'withdrawn',
        decidedAt: instant('2026-05-04T09:00:00Z'),
        decidedBy: one.requester.id,
      },
      { expectedStatus: 'pending' },
    );
    const pending = await repos.approvalRequests.listPending([
      one.production.id,
      two.production.id,
      'bad' as ProductionId,
    ]);
    expect(pending.map((r) => r.id)).toEqual([two.request.id, one.request.id]);
    expect(await repos.approvalRequests.listPending([])).toEqual([]);

    const all = await repos.approvalRequests.listByProduction(one.production.id);
    expect(all.map((r) => r.id)).toEqual([third.id, one.request.id]);
    expect(all[0]).toMatchObject({
      status: 'withdrawn',
      payload: null,
      amount: null,
      department: null,
    });
    const withdrawn = await repos.approvalRequests.listByProduction(one.production.id, {
      status: 'withdrawn',
    });
    expect(withdrawn.map((r) => r.id)).toEqual([third.id]);
  });
});
