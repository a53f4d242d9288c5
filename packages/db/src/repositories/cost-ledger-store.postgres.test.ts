import {
  calendarDate,
  currencyCode,
  postSpendingDocuments,
  type MinorUnits,
  type SpendingDocument,
  type SpendingDocumentId,
} from '@greenlight/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, TEST_DATABASE_URL_ENV } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories } from './create-repositories.js';

// PostgreSQL only (the db-postgres project): two transactions really run at once. Two invoices against one
// purchase order are approved at the same moment; each replaces the order's group share, so the second must
// work it out after the first committed (the production's ledger row is locked before any document write).
describe('the stored cost ledger under writes at once, on PostgreSQL', () => {
  let database: Database;
  beforeAll(async () => {
    expect(process.env[TEST_DATABASE_URL_ENV] ?? '').toMatch(/^postgres(ql)?:\/\//);
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const basis = { currency: currencyCode('USD'), exchangeRates: [] };
  const asOf = calendarDate('2026-03-31');

  it('stays equal to the walk over the documents when two invoices of one order are approved at once', async () => {
    const repos = createRepositories(database.kysely);
    for (let round = 0; round < 5; round += 1) {
      const production = await seedProduction(repos);
      const person = await seedPerson(repos);
      const document = (
        kind: SpendingDocument['kind'],
        amount: number,
        fields: Partial<SpendingDocument> = {},
      ): SpendingDocument => ({
        id: randomUUID() as SpendingDocumentId,
        productionId: production.id,
        kind,
        number: randomUUID().slice(0, 8),
        vendorId: null,
        date: calendarDate('2026-03-02'),
        currency: currencyCode('USD'),
        description: '',
        lines: [
          {
            id: 'l1',
            accountNumber: '3300',
            episode: null,
            set: null,
            description: '',
            amount: amount as MinorUnits,
            liquidates: null,
          },
        ],
        purchaseOrderId: null,
        status: 'committed',
        requestedBy: person.id,
        approvals: [],
        ...fields,
      });
      const order = document('purchase-order', 10_000);
      // Together the invoices bill more than the order: the share is not the sum of each one's effect alone.
      const invoices = [7_000, 6_000].map((amount) =>
        document('invoice', amount, {
          status: 'submitted',
          purchaseOrderId: order.id,
          lines: [
            {
              id: 'l1',
              accountNumber: '3300',
              episode: null,
              set: null,
              description: '',
              amount: amount as MinorUnits,
              liquidates: { purchaseOrderLineId: 'l1', amount: amount as MinorUnits },
            },
          ],
        }),
      );
      await repos.cost.insertDocuments([order, ...invoices]);
      await database.transaction((tx) =>
        createRepositories(tx).cost.rebuildLedger(production.id, basis),
      );
      let arrived = 0;
      let release: () => void = () => undefined;
      const bothStarted = new Promise<void>((resolve) => {
        release = resolve;
      });
      await Promise.all(
        invoices.map((invoice) =>
          database.transaction(async (tx) => {
            const cost = createRepositories(tx).cost;
            const stored = await cost.getDocument(production.id, invoice.id);
            arrived += 1;
            if (arrived === 2) release();
            await bothStarted;
            await cost.setStatus(invoice.id, 'approved', stored?.version ?? 0);
          }),
        ),
      );
      const kept = await repos.cost.ledgerAsOf(production.id, basis, asOf);
      const walked = postSpendingDocuments(await repos.cost.listDocuments(production.id), {
        ...basis,
        asOf,
      });
      expect(kept?.accounts.get('3300')).toEqual({ actuals: 13_000, commitments: 0 });
      expect(kept?.accounts).toEqual(walked.accounts);
      expect([...(kept?.purchaseOrders.values() ?? [])]).toEqual([
        ...walked.purchaseOrders.values(),
      ]);
    }
  });
});
