import {
  calendarDate,
  currencyCode,
  DomainError,
  instant,
  type MinorUnits,
  type ProductionId,
  type SpendingDocument,
  type SpendingDocumentId,
} from '@greenlight/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { raceTwoApprovals } from './cost-approval-race.fixture.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`the cost repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  const document = (
    productionId: ProductionId,
    requestedBy: string,
    fields: Partial<SpendingDocument> = {},
  ): SpendingDocument => ({
    id: randomUUID() as SpendingDocumentId,
    productionId,
    kind: 'invoice',
    number: `INV ${randomUUID().slice(0, 6)}`,
    vendorId: null,
    date: calendarDate('2026-03-02'),
    currency: currencyCode('USD'),
    description: 'Gaffer tape',
    lines: [
      {
        id: 'a',
        accountNumber: '3300',
        episode: '101',
        set: 'Harbour',
        description: 'Tape',
        amount: 1_250 as MinorUnits,
        liquidates: null,
      },
      {
        id: 'b',
        accountNumber: '3500',
        episode: null,
        set: null,
        description: 'Gels',
        amount: 700 as MinorUnits,
        liquidates: null,
      },
    ],
    purchaseOrderId: null,
    status: 'draft',
    requestedBy: requestedBy as SpendingDocument['requestedBy'],
    approvals: [],
    ...fields,
  });

  it('keeps vendors and documents with their lines, in one object shape, and refuses duplicates', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const vendor = await repos.cost.createVendor({
      productionId: production.id,
      name: 'Pacific Camera Rental',
      kind: 'rental-house',
      taxId: '12-3456789',
      contact: 'desk@pcr.example',
      currency: currencyCode('USD'),
      w9OnFile: true,
    });
    expect(await repos.cost.listVendors(production.id)).toEqual([vendor]);
    await expect(
      repos.cost.createVendor({ ...vendor, id: undefined } as never),
    ).rejects.toMatchObject({ code: 'conflict' });

    const doc = document(production.id, person.id, { vendorId: vendor.id });
    const created = await repos.cost.createDocument(doc);
    expect(created.version).toBe(1);
    expect(created.document).toEqual(doc);
    expect(Object.keys(created.document)).toEqual(Object.keys(doc));
    await expect(
      repos.cost.createDocument({ ...doc, id: randomUUID() as SpendingDocumentId }),
    ).rejects.toMatchObject({ code: 'conflict' });

    const listed = await repos.cost.listDocuments(production.id);
    expect(listed).toEqual([doc]);
    expect(
      await repos.cost.listDocuments(production.id, { asOf: calendarDate('2026-03-01') }),
    ).toEqual([]);

    const edited = await repos.cost.replaceDocument(
      { ...doc, lines: [doc.lines[0] as SpendingDocument['lines'][number]] },
      1,
    );
    expect(edited.version).toBe(2);
    expect(edited.document.lines).toHaveLength(1);
    await expect(repos.cost.replaceDocument(doc, 1)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('moves the status only at the version read, and keeps sign-offs per submission', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const approver = await seedPerson(repos, 'Una Approver');
    const doc = document(production.id, person.id);
    await repos.cost.createDocument(doc);
    const submitted = await repos.cost.setStatus(doc.id, 'submitted', 1, { newSubmission: true });
    expect([submitted.version, submitted.submission]).toEqual([2, 1]);
    await repos.cost.addApproval(doc.id, 1, {
      personId: approver.id,
      at: instant('2026-03-02T18:00:00.000Z'),
      basis: { via: 'role', role: 'production-manager', limit: 1_000_000 as MinorUnits },
      covers: true,
    });
    const approved = await repos.cost.setStatus(doc.id, 'approved', 2);
    expect(approved.document.approvals.map((a) => a.personId)).toEqual([approver.id]);
    await expect(repos.cost.setStatus(doc.id, 'paid', 2)).rejects.toBeInstanceOf(DomainError);
    // A new submission starts without sign-offs.
    const back = await repos.cost.setStatus(doc.id, 'submitted', 3, { newSubmission: true });
    expect(back.document.approvals).toEqual([]);
  });

  it('keeps the stored ledger in step with each write, and forgets it after a bulk load', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const basis = { currency: currencyCode('USD'), exchangeRates: [] };
    const asOf = calendarDate('2026-03-31');
    await repos.cost.insertDocuments([document(production.id, person.id, { status: 'approved' })]);
    await database.transaction((tx) =>
      createRepositories(tx).cost.rebuildLedger(production.id, basis),
    );
    expect((await repos.cost.ledgerAsOf(production.id, basis, asOf))?.actuals).toBe(1_950);
    const doc = document(production.id, person.id);
    const created = await database.transaction((tx) =>
      createRepositories(tx).cost.createDocument(doc),
    );
    await database.transaction((tx) =>
      createRepositories(tx).cost.setStatus(doc.id, 'approved', created.version),
    );
    const ledger = await repos.cost.ledgerAsOf(production.id, basis, asOf);
    expect(ledger?.actuals).toBe(3_900);
    expect(ledger?.accounts.get('3500')).toEqual({ actuals: 1_400, commitments: 0 });
    expect(
      await repos.cost.ledgerAsOf(production.id, basis, calendarDate('2026-03-01')),
    ).toMatchObject({
      actuals: 0,
    });
    await repos.cost.insertDocuments([document(production.id, person.id)]);
    expect(await repos.cost.ledgerAsOf(production.id, basis, asOf)).toBeNull();
  });

  it('keeps estimates, issued reports and accepted overages', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const at = instant('2026-03-02T18:00:00.000Z');
    await repos.cost.saveEstimates(
      production.id,
      [
        { target: 'account', key: '3300', amount: 5_000 as MinorUnits },
        { target: 'item', key: 'contingency', amount: 0 as MinorUnits },
      ],
      person.id,
      at,
    );
    await repos.cost.saveEstimates(
      production.id,
      [{ target: 'item', key: 'contingency', amount: null }],
      person.id,
      at,
    );
    expect((await repos.cost.listEstimates(production.id)).map((e) => [e.key, e.amount])).toEqual([
      ['3300', 5_000],
    ]);
    const snapshot = { asOf: calendarDate('2026-02-27'), accounts: [], items: [] };
    await repos.cost.issueReport(production.id, snapshot, person.id, at);
    await expect(
      repos.cost.issueReport(production.id, snapshot, person.id, at),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(
      (await repos.cost.previousReport(production.id, calendarDate('2026-03-06')))?.snapshot,
    ).toEqual(snapshot);
    expect(await repos.cost.previousReport(production.id, calendarDate('2026-02-27'))).toBeNull();
    await repos.cost.addOverage(
      production.id,
      {
        accountNumber: '3300',
        amount: 9_000 as MinorUnits,
        reason: 'Reshoot',
        requestedBy: person.id,
      },
      at,
    );
    expect((await repos.cost.listOverages(production.id)).map((o) => o.amount)).toEqual([9_000]);
  });

  it('counts exactly one of two covering approvals made at once', async () => {
    const { outcomes, stored } = await raceTwoApprovals(database, { interleave: false });
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    expect(stored?.document.status).toBe('committed');
    expect(stored?.document.approvals.filter((a) => a.covers)).toHaveLength(1);
  });
});
