import {
  buildCostReport,
  calendarDate,
  costPostings,
  currencyCode,
  postSpendingDocuments,
  SPENDING_DOCUMENT_STATUSES,
  type CalendarDate,
  type CostLedger,
  type CostLedgerBasis,
  type CostReportBudget,
  type MinorUnits,
  type PersonId,
  type ProductionId,
  type SpendingDocument,
  type SpendingDocumentId,
} from '@greenlight/domain';
import { randomSpendingDocuments } from '@greenlight/domain/testing';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const USD = currencyCode('USD');
const ACCOUNTS = ['1100', '2300', '3300', '4100'];
const BUDGET: CostReportBudget = {
  currency: USD,
  exchangeRates: [{ currency: currencyCode('EUR'), perUnitMicros: 1_085_000 }],
  accounts: ACCOUNTS.slice(0, 3).map((accountNumber, i) => ({
    accountNumber,
    name: `Account ${accountNumber}`,
    section: i === 0 ? 'above-the-line' : 'below-the-line',
    budget: 5_000_000 as MinorUnits,
  })),
  items: [],
};
const WITH_EUROS: CostLedgerBasis = { currency: USD, exchangeRates: BUDGET.exchangeRates };
const WITHOUT_RATES: CostLedgerBasis = { currency: USD, exchangeRates: [] };
const DATES = ['2026-01-04', '2026-01-12', '2026-01-20', '2026-02-02', '2026-03-01'].map(
  calendarDate,
);

// Ledgers compared by content: the order of accounts, orders and problems is not part of a ledger.
const comparable = (ledger: CostLedger | null) =>
  ledger && {
    currency: ledger.currency,
    asOf: ledger.asOf,
    actuals: ledger.actuals,
    commitments: ledger.commitments,
    accounts: [...ledger.accounts].sort(([a], [b]) => (a < b ? -1 : 1)),
    purchaseOrders: [...ledger.purchaseOrders.values()].sort((a, b) =>
      a.purchaseOrderId < b.purchaseOrderId ? -1 : 1,
    ),
    problems: ledger.problems.map((p) => `${p.documentId} ${p.code} ${p.message}`).sort(),
  };

type Step =
  | { readonly kind: 'create'; readonly index: number }
  | { readonly kind: 'status'; readonly index: number; readonly status: number }
  | { readonly kind: 'edit'; readonly index: number; readonly order: number; readonly day: number };

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('status' as const), index: fc.nat(), status: fc.nat() }),
  fc.record({
    kind: fc.constant('edit' as const),
    index: fc.nat(),
    order: fc.nat(),
    day: fc.integer({ min: 0, max: 40 }),
  }),
);

describe(`the cost ledger kept in the database on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  // Seeded documents with database ids, for one production and requester.
  const documentsFor = (
    seed: number,
    count: number,
    productionId: ProductionId,
    requestedBy: PersonId,
  ): SpendingDocument[] => {
    const ids = new Map<string, SpendingDocumentId>();
    const idOf = (key: string): SpendingDocumentId => {
      const id = ids.get(key) ?? (randomUUID() as SpendingDocumentId);
      ids.set(key, id);
      return id;
    };
    return randomSpendingDocuments(seed, ACCOUNTS, count, { days: 40, foreignEvery: 4 }).map(
      (d) => ({
        ...d,
        id: idOf(d.id),
        productionId,
        vendorId: null,
        purchaseOrderId: d.purchaseOrderId === null ? null : idOf(d.purchaseOrderId),
        requestedBy,
      }),
    );
  };

  const expectSameAsTheWalk = async (
    productionId: ProductionId,
    basis: CostLedgerBasis,
  ): Promise<void> => {
    const documents = await repos.cost.listDocuments(productionId);
    for (const asOf of DATES) {
      const kept = await repos.cost.ledgerAsOf(productionId, basis, asOf);
      const walked = postSpendingDocuments(documents, { ...basis, asOf });
      expect(comparable(kept)).toEqual(comparable(walked));
      if (kept === null) continue;
      const budget = { ...BUDGET, exchangeRates: basis.exchangeRates };
      expect(buildCostReport({ budget, ledger: kept, asOf })).toEqual(
        buildCostReport({ budget, documents, asOf }),
      );
    }
    // The drill-down reads only the groups touching the account, and finds the same postings.
    const asOf = DATES.at(-1) as CalendarDate;
    const account = await repos.cost.listDocuments(productionId, { accountNumber: '3300' });
    const postings = (list: readonly SpendingDocument[]) =>
      costPostings(list, { ...basis, asOf }, '3300')
        .map((p) => `${p.document.id} ${p.line.id} ${p.kind} ${p.amount}`)
        .sort();
    expect(postings(account)).toEqual(postings(documents));
  };

  it('equals the walk over every document, as of any date, through creations, moves and edits (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.boolean(),
        fc.array(arbStep, { minLength: 1, maxLength: 25 }),
        async (seed, rates, steps) => {
          const basis = rates ? WITH_EUROS : WITHOUT_RATES;
          const production = await seedProduction(repos);
          const person = await seedPerson(repos);
          const documents = documentsFor(seed, 40, production.id, person.id);
          // Half loaded in bulk (around the ledger), then the ledger is built, then the rest go one by one.
          await repos.cost.insertDocuments(documents.slice(0, 20));
          expect(
            await repos.cost.ledgerAsOf(production.id, basis, DATES[0] as CalendarDate),
          ).toBeNull();
          await database.transaction((tx) =>
            createRepositories(tx).cost.rebuildLedger(production.id, basis),
          );
          let created = 20;
          for (const step of steps) {
            await database.transaction(async (tx) => {
              const cost = createRepositories(tx).cost;
              if (step.kind === 'create' && created < documents.length) {
                await cost.createDocument(documents[created] as SpendingDocument);
                created += 1;
                return;
              }
              const stored = await cost.listStoredDocuments(production.id);
              const target = stored[step.index % stored.length];
              if (target === undefined) return;
              if (step.kind === 'status') {
                const status =
                  SPENDING_DOCUMENT_STATUSES[step.status % SPENDING_DOCUMENT_STATUSES.length];
                if (status !== undefined)
                  await cost.setStatus(target.document.id, status, target.version);
                return;
              }
              if (step.kind === 'edit') {
                // Re-dated, and an invoice billed against another purchase order (or none).
                const orders = stored.filter((s) => s.document.kind === 'purchase-order');
                const order = orders[step.order % (orders.length + 1)];
                const d = target.document;
                await cost.replaceDocument(
                  {
                    ...d,
                    date: DATES[step.day % DATES.length] as CalendarDate,
                    purchaseOrderId:
                      d.kind === 'invoice' ? (order?.document.id ?? null) : d.purchaseOrderId,
                  },
                  target.version,
                );
              }
            });
          }
          await expectSameAsTheWalk(production.id, basis);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('is not used for another rate table, nor once a write went around it', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const documents = documentsFor(7, 30, production.id, person.id);
    await repos.cost.insertDocuments(documents.slice(0, 29));
    await database.transaction((tx) =>
      createRepositories(tx).cost.rebuildLedger(production.id, WITH_EUROS),
    );
    const asOf = DATES.at(-1) as CalendarDate;
    expect(await repos.cost.ledgerAsOf(production.id, WITH_EUROS, asOf)).not.toBeNull();
    expect(await repos.cost.ledgerAsOf(production.id, WITHOUT_RATES, asOf)).toBeNull();
    await repos.cost.insertDocuments(documents.slice(29));
    expect(await repos.cost.ledgerAsOf(production.id, WITH_EUROS, asOf)).toBeNull();
    await database.transaction((tx) =>
      createRepositories(tx).cost.rebuildLedger(production.id, WITHOUT_RATES),
    );
    await expectSameAsTheWalk(production.id, WITHOUT_RATES);
  });
});
