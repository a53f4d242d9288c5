// `npm run bench:cost-report` (tsx bench/cost-report-db.ts [LINES] [DOCUMENTS]): the cost report end to end
// on a database, as the server builds it (`buildProductionCostReport`: the approved budget, 100,000 spending
// documents with their lines, estimates, the previous report, accepted overages, then the domain), on PGlite
// in memory and, when GREENLIGHT_TEST_DATABASE_URL or DATABASE_URL names a server, on PostgreSQL in a
// throwaway database (`bash scripts/with-postgres.sh npm run bench:cost-report`). Target: under 500 ms.
//
// The database keeps the ledger (migration 0013: each group of documents' share, and per account and day
// totals), kept in step by every write to a document. Figures per engine:
//   ledger    working it out once from every document and storing it (after a bulk load, or the first
//             report of a production whose ledger was never kept): not a report's cost, shown for scale;
//   first     the production's first report ever: the approved budget's 10,000 lines loaded and worked
//             out, its top-sheet totals kept for the version's revision;
//   cold      a new server process (no in-memory state): the budget's kept totals read, the ledger summed
//             by the database as of the report date;
//   warm      the report read again, nothing changed (the worked-out budget is kept in memory);
//   approve   approving one submitted document, with the upkeep of its group's share, in one transaction;
//   changed   the report after that approval.
import { randomUUID } from 'node:crypto';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { createRepositories, openDatabase, type Database } from '@greenlight/db';
import {
  calendarDate,
  computeBudget,
  currencyCode,
  instant,
  type MinorUnits,
  type PersonId,
  type Production,
  type SpendingDocument,
  type SpendingDocumentId,
  type VendorId,
} from '@greenlight/domain';
import { randomBudget, randomSpendingDocuments } from '@greenlight/domain/testing';
import { buildProductionCostReport, type ServerDeps } from '@greenlight/server';
import { decimal, formatTable, integer } from './format-table.js';
import { createThrowawayDatabase, describeServer } from './throwaway-postgres.js';

const LINES = Number(process.argv[2] ?? 10_000);
const DOCUMENTS = Number(process.argv[3] ?? 100_000);
const TARGET_MS = 500;
const RUNS = 15;
const AS_OF = calendarDate('2026-04-30');
const NOW = instant('2026-04-30T18:00:00.000Z');

const say = (text = ''): void => console.log(text);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

type Seeded = {
  production: Production;
  person: PersonId;
  seedMs: number;
  ledgerMs: number;
  lines: number;
};

const seed = async (database: Database): Promise<Seeded> => {
  const started = performance.now();
  const repos = createRepositories(database.kysely);
  const person = await repos.people.create({ name: 'Bench Accountant', email: null });
  const production = await repos.productions.create({
    title: 'Cost report bench',
    kind: 'feature-film',
    currency: currencyCode('USD'),
    timeZone: 'UTC',
  });
  const budget = randomBudget(1, LINES);
  const computed = computeBudget(budget);
  if (!computed.ok) throw computed.error;
  const { lines, ...setup } = budget;
  const record = await repos.budgets.create({
    productionId: production.id,
    name: 'Production budget',
    templateId: null,
    createdBy: person.id,
    now: NOW,
  });
  const version = await repos.budgets.createVersion({
    budgetId: record.id,
    number: 1,
    name: 'Approved',
    setup,
    accountDepartments: {},
    lines,
    grandTotal: computed.value.grandTotal,
    revisionOf: null,
    createdBy: person.id,
    now: NOW,
  });
  await repos.budgets.setStatus(version.id, {
    expectedStatus: 'draft',
    status: 'approved',
    personId: person.id,
    now: NOW,
  });
  const vendors: VendorId[] = [];
  for (let i = 0; i < 200; i += 1) {
    const vendor = await repos.cost.createVendor({
      productionId: production.id,
      name: `Vendor ${i}`,
      kind: 'company',
      taxId: null,
      contact: '',
      currency: currencyCode('USD'),
    });
    vendors.push(vendor.id);
  }
  const accounts = computed.value.topSheet.sections.flatMap((s) =>
    s.rows.map((r) => r.accountNumber),
  );
  const ids = new Map<string, SpendingDocumentId>();
  const idOf = (key: string): SpendingDocumentId => {
    let id = ids.get(key);
    if (id === undefined) {
      id = randomUUID() as SpendingDocumentId;
      ids.set(key, id);
    }
    return id;
  };
  const documents: SpendingDocument[] = randomSpendingDocuments(2, accounts, DOCUMENTS).map(
    (d) => ({
      ...d,
      id: idOf(d.id),
      productionId: production.id,
      number: `${d.kind} ${d.number}`,
      vendorId: d.vendorId === null ? null : (vendors[Number(d.vendorId.split('-')[1])] ?? null),
      purchaseOrderId: d.purchaseOrderId === null ? null : idOf(d.purchaseOrderId),
      requestedBy: person.id,
    }),
  );
  await database.transaction(async (tx) => createRepositories(tx).cost.insertDocuments(documents));
  const estimates = accounts
    .filter((_, i) => i % 3 === 0)
    .map((key, i) => ({ target: 'account' as const, key, amount: (i * 1_000_000) as MinorUnits }));
  await repos.cost.saveEstimates(production.id, estimates, person.id, NOW);
  // The ledger, worked out once from the bulk-loaded documents (as the first report after a bulk load does).
  const ledgerStarted = performance.now();
  const budgetRecord = (await repos.budgets.listVersions(production.id)).find(
    (v) => v.status === 'approved',
  );
  if (budgetRecord === undefined) throw new Error('no approved budget');
  await database.transaction((tx) =>
    createRepositories(tx).cost.rebuildLedger(production.id, {
      currency: budgetRecord.currency,
      exchangeRates: budgetRecord.setup.exchangeRates,
    }),
  );
  const ledgerMs = performance.now() - ledgerStarted;
  // Last week's report, for the change column.
  const previous = await buildProductionCostReport(
    repos,
    production,
    calendarDate('2026-04-23'),
    null,
  );
  await repos.cost.issueReport(
    production.id,
    {
      asOf: calendarDate('2026-04-23'),
      accounts: previous.report.sections
        .flatMap((s) => s.rows)
        .map((r) => ({
          key: r.accountNumber,
          actualsToDate: r.actualsToDate,
          commitments: r.commitments,
          estimatedFinalCost: r.estimatedFinalCost,
        })),
      items: [],
    },
    person.id,
    NOW,
  );
  return {
    production,
    person: person.id,
    seedMs: performance.now() - started - ledgerMs,
    ledgerMs,
    lines: documents.reduce((sum, d) => sum + d.lines.length, 0),
  };
};

type Figures = {
  firstEver: number[];
  cold: number[];
  warm: number[];
  approve: number[];
  changed: number[];
  grandEfc: number;
};

const measure = async (database: Database, seeded: Seeded): Promise<Figures> => {
  const repos = createRepositories(database.kysely);
  const build = async (deps: ServerDeps) => {
    const started = performance.now();
    const built = await buildProductionCostReport(repos, seeded.production, AS_OF, deps);
    return { ms: performance.now() - started, built };
  };
  // A stand-in for the server's dependencies: the caches are keyed by this object, as by a running app's, so
  // a new one has nothing in memory, as a new process.
  const newDeps = (): ServerDeps => ({ database }) as ServerDeps;
  // The production's first report ever works the approved budget out from its lines and keeps its totals.
  const firstEver = [(await build(newDeps())).ms];
  const cold: number[] = [];
  for (let i = 0; i < 5; i += 1) cold.push((await build(newDeps())).ms);
  const deps = newDeps();
  const first = await build(deps);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i += 1) warm.push((await build(deps)).ms);
  // One change per run: a submitted document approved (status and version move, updated now).
  const submitted = await repos.cost.listStoredDocuments(seeded.production.id, {
    status: 'submitted',
  });
  const approve: number[] = [];
  const changed: number[] = [];
  for (const stored of submitted.slice(0, RUNS)) {
    const started = performance.now();
    await database.transaction((tx) =>
      createRepositories(tx).cost.setStatus(
        stored.document.id,
        stored.document.kind === 'purchase-order' ? 'committed' : 'approved',
        stored.version,
      ),
    );
    approve.push(performance.now() - started);
    changed.push((await build(deps)).ms);
  }
  return {
    firstEver,
    cold,
    warm,
    approve,
    changed,
    grandEfc: first.built.report.grandTotal.estimatedFinalCost,
  };
};

const runOn = async (label: string, database: Database): Promise<string[][]> => {
  const seeded = await seed(database);
  say(
    `  ${label}: seeded ${integer(LINES)} budget lines, ${integer(DOCUMENTS)} documents with ${integer(seeded.lines)} coding lines in ${decimal(seeded.seedMs / 1000, 1)} s; ledger worked out and stored in ${decimal(seeded.ledgerMs / 1000, 1)} s`,
  );
  const f = await measure(database, seeded);
  const row = (step: string, values: number[]): string[] => [
    label,
    step,
    integer(values.length),
    decimal(median(values), 1),
    decimal(Math.max(...values), 1),
    median(values) < TARGET_MS ? 'met' : 'MISSED',
  ];
  return [
    row('first report ever', f.firstEver),
    row('cold (new process)', f.cold),
    row('warm (unchanged)', f.warm),
    row('approve one document', f.approve),
    row('after one change', f.changed),
  ];
};

say('Greenlight cost report benchmark (database, end to end)');
say(
  `  command   npm run bench:cost-report${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}   (tsx bench/cost-report-db.ts)`,
);
say(
  `  machine   node ${process.version}, ${availableParallelism()} CPU(s): ${cpus()[0]?.model ?? 'unknown'}; load average ${loadavg()
    .map((l) => decimal(l, 2))
    .join(' ')}`,
);
const rows: string[][] = [];
{
  const database = await openDatabase({ memory: true });
  try {
    rows.push(...(await runOn('PGlite (memory)', database)));
  } finally {
    await database.close();
  }
}
const serverUrl = process.env['GREENLIGHT_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
if (serverUrl) {
  const throwaway = await createThrowawayDatabase(serverUrl);
  try {
    const database = await openDatabase({ databaseUrl: throwaway.url });
    try {
      rows.push(...(await runOn(`PostgreSQL (${describeServer(serverUrl)})`, database)));
    } finally {
      await database.close();
    }
  } finally {
    await throwaway.drop();
  }
} else {
  say(
    '  PostgreSQL: skipped (no GREENLIGHT_TEST_DATABASE_URL or DATABASE_URL). Run it with a throwaway server:',
  );
  say('    bash scripts/with-postgres.sh npm run bench:cost-report');
}
say();
say(
  formatTable(
    ['database', 'build the cost report', 'runs', 'median ms', 'max ms', `< ${TARGET_MS} ms`],
    rows,
  ),
);
