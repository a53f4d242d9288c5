import {
  computeBudget,
  instant,
  minorUnits,
  quantity,
  type Budget,
  type DetailLine,
} from '@greenlight/domain';
import { budgetLine, randomBudget, SMALL_BUDGET } from '@greenlight/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const NOW = instant('2027-01-04T09:00:00Z');
const LATER = instant('2027-01-05T09:00:00Z');

const setupOf = (budget: Budget) => {
  const { lines: _lines, ...setup } = budget;
  return setup;
};

const grandTotalOf = (budget: Budget) => {
  const computed = computeBudget(budget);
  if (!computed.ok) throw computed.error;
  return computed.value.grandTotal;
};

describe(`budgets repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  const newVersion = async (budget: Budget = SMALL_BUDGET) => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const record = await repos.budgets.create({
      productionId: production.id,
      name: 'Production budget',
      templateId: 'feature-film',
      createdBy: person.id,
      now: NOW,
    });
    const version = await repos.budgets.createVersion({
      budgetId: record.id,
      number: 1,
      name: 'First draft',
      setup: setupOf(budget),
      accountDepartments: { '3300': 'camera' },
      lines: budget.lines,
      grandTotal: grandTotalOf(budget),
      revisionOf: null,
      createdBy: person.id,
      now: NOW,
    });
    return { production, person, record, version };
  };

  it('makes the first budget of a production its main budget, and refuses a second of the same name', async () => {
    const { production, record } = await newVersion();
    expect(record).toMatchObject({
      name: 'Production budget',
      main: true,
      templateId: 'feature-film',
    });
    const alternative = await repos.budgets.create({
      productionId: production.id,
      name: 'Low-budget scenario',
      templateId: null,
      createdBy: null,
      now: LATER,
    });
    expect(alternative.main).toBe(false);
    expect((await repos.budgets.findMain(production.id))?.id).toBe(record.id);
    expect((await repos.budgets.list(production.id)).map((b) => b.name)).toEqual([
      'Production budget',
      'Low-budget scenario',
    ]);
    await expect(
      repos.budgets.create({
        productionId: production.id,
        name: 'production BUDGET',
        templateId: null,
        createdBy: null,
        now: LATER,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('stores a version with its setup and lines and reads them back as they were', async () => {
    const { production, version } = await newVersion();
    expect(version).toMatchObject({
      number: 1,
      name: 'First draft',
      status: 'draft',
      revision: 1,
      lineCount: SMALL_BUDGET.lines.length,
      grandTotal: grandTotalOf(SMALL_BUDGET),
      accountDepartments: { '3300': 'camera' },
      revisionOf: null,
    });
    expect(version.setup).toEqual(setupOf(SMALL_BUDGET));
    expect(await repos.budgets.lines(version.id)).toEqual(SMALL_BUDGET.lines);
    expect(await repos.budgets.getVersion(production.id, version.id)).toEqual(version);
    expect(await repos.budgets.getVersion(production.id, 'not-a-uuid')).toBeNull();
    const other = await seedProduction(repos);
    expect(await repos.budgets.getVersion(other.id, version.id)).toBeNull();
  });

  it('saves the net effect of line edits, keeps the order, and refuses a stale revision', async () => {
    const { version } = await newVersion();
    const [first, second] = SMALL_BUDGET.lines as [DetailLine, DetailLine];
    const added = budgetLine('extra', '3300', { description: 'Second unit camera', rate: 50_000 });
    const changed = {
      ...second,
      description: 'Lead actor (renegotiated)',
      rate: minorUnits(210_000),
    };
    const saved = await repos.budgets.saveChanges(version.id, {
      expectedRevision: 1,
      lines: { added: [added], updated: [changed], removed: [first.id] },
      grandTotal: minorUnits(123),
      lineCount: SMALL_BUDGET.lines.length,
      now: LATER,
    });
    expect(saved).toMatchObject({ revision: 2, grandTotal: 123, updatedAt: LATER });
    const lines = await repos.budgets.lines(version.id);
    expect(lines.map((l) => l.id)).toEqual([
      ...SMALL_BUDGET.lines.slice(1).map((l) => l.id),
      'extra',
    ]);
    expect(lines[0]).toEqual(changed);
    expect(lines.at(-1)).toEqual(added);

    await expect(
      repos.budgets.saveChanges(version.id, {
        expectedRevision: 1,
        lines: { added: [], updated: [changed], removed: [] },
        grandTotal: minorUnits(0),
        lineCount: 0,
        now: LATER,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    // Updating a line that is not there is a conflict too, and nothing of the save is kept by the caller's
    // transaction (here there is none, so only the revision moved).
    await expect(
      repos.budgets.saveChanges(version.id, {
        expectedRevision: 2,
        lines: { added: [], updated: [first], removed: [] },
        grandTotal: minorUnits(0),
        lineCount: 0,
        now: LATER,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('saves a new setup with the next revision', async () => {
    const { version } = await newVersion();
    const setup = {
      ...version.setup,
      globals: version.setup.globals.map((g) =>
        g.name === 'SHOOT_DAYS'
          ? { ...g, value: { kind: 'quantity' as const, quantity: quantity(22) } }
          : g,
      ),
    };
    const saved = await repos.budgets.saveChanges(version.id, {
      expectedRevision: 1,
      setup,
      accountDepartments: { '3300': 'camera', '3400': 'sound' },
      grandTotal: minorUnits(5),
      lineCount: version.lineCount,
      now: LATER,
    });
    expect(saved.setup).toEqual(setup);
    expect(saved.accountDepartments).toEqual({ '3300': 'camera', '3400': 'sound' });
    expect(saved.revision).toBe(2);
  });

  it('moves the status with who and when, refusing a move from a status it is no longer in', async () => {
    const { person, version } = await newVersion();
    const submitted = await repos.budgets.setStatus(version.id, {
      expectedStatus: 'draft',
      status: 'submitted',
      personId: person.id,
      now: LATER,
    });
    expect(submitted).toMatchObject({
      status: 'submitted',
      submittedBy: person.id,
      submittedAt: LATER,
    });
    await expect(
      repos.budgets.setStatus(version.id, {
        expectedStatus: 'draft',
        status: 'submitted',
        personId: person.id,
        now: LATER,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const approved = await repos.budgets.setStatus(version.id, {
      expectedStatus: 'submitted',
      status: 'approved',
      personId: person.id,
      now: LATER,
    });
    expect(approved).toMatchObject({
      status: 'approved',
      approvedBy: person.id,
      approvedAt: LATER,
    });
  });

  it('copies a version for a revision inside the database, and keeps one approved version per budget', async () => {
    const { production, person, record, version } = await newVersion();
    for (const [expectedStatus, status] of [
      ['draft', 'submitted'],
      ['submitted', 'approved'],
    ] as const) {
      await repos.budgets.setStatus(version.id, {
        expectedStatus,
        status,
        personId: person.id,
        now: NOW,
      });
    }
    const copy = await repos.budgets.copyVersion(version.id, {
      budgetId: record.id,
      number: 2,
      name: 'Revision 1',
      revisionOf: version.id,
      createdBy: person.id,
      now: LATER,
    });
    expect(copy).toMatchObject({
      number: 2,
      status: 'draft',
      revision: 1,
      revisionOf: version.id,
      grandTotal: version.grandTotal,
      lineCount: version.lineCount,
      setup: version.setup,
      accountDepartments: version.accountDepartments,
    });
    expect(await repos.budgets.lines(copy.id)).toEqual(await repos.budgets.lines(version.id));
    await repos.budgets.setStatus(copy.id, {
      expectedStatus: 'draft',
      status: 'submitted',
      personId: person.id,
      now: LATER,
    });
    // Approving the revision while the first is still approved breaks the one-approved rule.
    await expect(
      repos.budgets.setStatus(copy.id, {
        expectedStatus: 'submitted',
        status: 'approved',
        personId: person.id,
        now: LATER,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await repos.budgets.listVersions(production.id)).map((v) => v.number)).toEqual([1, 2]);
  });

  it('loads and saves a budget of 10,000 lines in batches', async ({ annotate }) => {
    const budget = randomBudget(7, 10_000);
    const started = performance.now();
    const { version } = await newVersion(budget);
    const saved = performance.now();
    const lines = await repos.budgets.lines(version.id);
    const loaded = performance.now();
    expect(lines).toHaveLength(10_000);
    expect(lines).toEqual(budget.lines);
    // An edit of one line is one row, whatever the size of the budget.
    const edited = { ...budget.lines[5_000], description: 'Edited' } as DetailLine;
    await repos.budgets.saveChanges(version.id, {
      expectedRevision: 1,
      lines: { added: [], updated: [edited], removed: [] },
      grandTotal: version.grandTotal,
      lineCount: 10_000,
      now: LATER,
    });
    const edit = performance.now();
    expect((await repos.budgets.lines(version.id))[5_000]).toEqual(edited);
    // Many lines at once go in one statement per batch.
    const many = budget.lines.slice(0, 50).map((l) => ({ ...l, description: `${l.description}!` }));
    await repos.budgets.saveChanges(version.id, {
      expectedRevision: 2,
      lines: { added: [], updated: many, removed: [] },
      grandTotal: version.grandTotal,
      lineCount: 10_000,
      now: LATER,
    });
    expect((await repos.budgets.lines(version.id)).slice(0, 50)).toEqual(many);
    await annotate(
      `10,000 lines on ${testDatabaseKind()}: saved in ${Math.round(saved - started)} ms, loaded in ${Math.round(loaded - saved)} ms, one line edited in ${Math.round(edit - loaded)} ms`,
    );
  });
});
