import {
  instant,
  minorUnits,
  type ApprovalRequestId,
  type ExpenditureId,
} from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`expenditures repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('records a committed expenditure and one waiting on its approval request', async () => {
    const production = await seedProduction(repos);
    const requester = await seedPerson(repos);
    const committed = await repos.expenditures.create({
      productionId: production.id,
      description: 'Gaffer tape',
      amount: minorUnits(12_000),
      status: 'committed',
      requestedBy: requester.id,
      createdAt: instant('2026-05-01T09:00:00Z'),
    });
    expect(committed).toEqual({
      id: expect.any(String),
      productionId: production.id,
      description: 'Gaffer tape',
      vendor: null,
      department: null,
      amount: 12_000,
      status: 'committed',
      requestedBy: requester.id,
      approvalRequestId: null,
      createdAt: '2026-05-01T09:00:00.000Z',
    });

    const request = await repos.approvalRequests.create({
      productionId: production.id,
      action: 'expenditure.commit',
      requestedBy: requester.id,
      amount: minorUnits(9_000_000_000_000),
      department: 'grip',
      summary: 'A very large crane',
      payload: {},
      routedTo: [],
    });
    const waiting = await repos.expenditures.create({
      productionId: production.id,
      description: 'A very large crane',
      vendor: 'Cranes R Us',
      department: 'grip',
      amount: minorUnits(9_000_000_000_000),
      status: 'pending-approval',
      requestedBy: requester.id,
      approvalRequestId: request.id,
      createdAt: instant('2026-05-02T09:00:00Z'),
    });
    expect(waiting).toMatchObject({
      amount: 9_000_000_000_000,
      approvalRequestId: request.id,
      department: 'grip',
    });
    expect(await repos.expenditures.findByApprovalRequest(request.id)).toEqual(waiting);
    expect(await repos.expenditures.findByApprovalRequest('bad' as ApprovalRequestId)).toBeNull();
    expect(await repos.expenditures.get(committed.id)).toEqual(committed);
    expect(await repos.expenditures.get('bad' as ExpenditureId)).toBeNull();

    expect(await repos.expenditures.listByProduction(production.id)).toEqual([waiting, committed]);
    expect(
      await repos.expenditures.listByProduction(production.id, { status: 'committed' }),
    ).toEqual([committed]);

    await expect(
      repos.expenditures.create({
        productionId: production.id,
        description: 'Second claim on the same request',
        amount: minorUnits(1),
        status: 'pending-approval',
        requestedBy: requester.id,
        approvalRequestId: request.id,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('changes status once when told what it expects', async () => {
    const production = await seedProduction(repos);
    const requester = await seedPerson(repos);
    const expenditure = await repos.expenditures.create({
      productionId: production.id,
      description: 'Location fee',
      amount: minorUnits(500_000),
      status: 'pending-approval',
      requestedBy: requester.id,
    });
    const committed = await repos.expenditures.updateStatus(expenditure.id, 'committed', {
      expectedStatus: 'pending-approval',
    });
    expect(committed).toEqual({ ...expenditure, status: 'committed' });
    await expect(
      repos.expenditures.updateStatus(expenditure.id, 'rejected', {
        expectedStatus: 'pending-approval',
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: 'The expenditure is already committed.' });
    await expect(
      repos.expenditures.updateStatus(
        '7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f' as ExpenditureId,
        'rejected',
      ),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses negative amounts and empty descriptions', async () => {
    const production = await seedProduction(repos);
    const requester = await seedPerson(repos);
    const base = {
      productionId: production.id,
      description: 'Refund',
      amount: minorUnits(-1),
      status: 'committed',
      requestedBy: requester.id,
    } as const;
    await expect(repos.expenditures.create(base)).rejects.toMatchObject({
      code: 'validation',
      details: { field: 'amount' },
    });
    await expect(
      repos.expenditures.create({ ...base, amount: minorUnits(1), description: ' ' }),
    ).rejects.toMatchObject({
      code: 'validation',
      details: { field: 'description' },
    });
  });
});
