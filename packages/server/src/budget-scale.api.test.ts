import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BudgetEditResultSchema,
  type ActionResultDto,
  type DetailLineDto,
} from '@greenlight/contract';
import { forgetBudgets } from './services/budget-cache.js';
import { createUser } from './services/session-service.js';
import { createTestApp, type TestApp, type TestSession } from './testing/create-test-app.js';

const ACCOUNTS = ['2100', '2300', '2900', '3100', '3200', '3300', '3400', '3500', '3600', '4100'];

/** Line `i` of a made-up budget: ten accounts, a third on the shoot days, fringes on every line. */
const lineNumber = (i: number): DetailLineDto => ({
  id: `line-${i}`,
  accountNumber: ACCOUNTS[i % ACCOUNTS.length] ?? '3300',
  description: `Line ${i}`,
  amount:
    i % 3 === 0
      ? { kind: 'global', name: 'SHOOT_DAYS' }
      : { kind: 'quantity', quantity: ((i % 20) + 1) * 1000 },
  unit: 'days',
  multiplier: 1000,
  rate: (100 + (i % 900)) * 100,
  currency: 'USD',
  fringeIds: i % 2 === 0 ? ['payroll-taxes', 'health-welfare-day'] : ['workers-comp'],
  scheduleLink: null,
});

const allowed = (result: ActionResultDto) => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  return result.result as Record<string, unknown>;
};

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await run();
  return [value, Math.round(performance.now() - started)];
};

describe('a budget of 10,000 lines over HTTP', () => {
  let t: TestApp;
  let producer: TestSession;
  let productionId: string;
  beforeAll(async () => {
    t = await createTestApp();
    for (const [email, name] of [
      ['ep@scale.example', 'Eve Producer'],
      ['p@scale.example', 'Pat Producer'],
    ] as const) {
      await createUser(t.deps, { email, name, password: 'long enough password', isAdmin: false });
    }
    const ep = await t.signIn('ep@scale.example', 'long enough password');
    producer = await t.signIn('p@scale.example', 'long enough password');
    productionId = (
      await t.call('createProduction', { body: { title: 'Epic', kind: 'feature-film' } }, ep)
    ).ok().id;
    const hired = await t.call(
      'addTeamMember',
      { params: { productionId }, body: { personId: producer.user.personId, role: 'producer' } },
      ep,
    );
    expect(hired.ok().outcome).toBe('allowed');
  });
  afterAll(() => t.close());

  it('saves them in one request, reads them back whole or by account, and edits one line fast', async ({
    annotate,
  }) => {
    const created = allowed(
      (
        await t.call(
          'createBudget',
          { params: { productionId }, body: { name: 'Epic budget', template: 'feature-film' } },
          producer,
        )
      ).ok(),
    );
    const versionId = String(created['versionId']);
    const params = { productionId, versionId };
    const lines = Array.from({ length: 10_000 }, (_, i) => lineNumber(i));
    const [saved, saveMs] = await timed(() =>
      t.call(
        'editBudgetLines',
        { params, body: { revision: 1, edits: lines.map((line) => ({ kind: 'add', line })) } },
        producer,
      ),
    );
    expect(BudgetEditResultSchema.parse(allowed(saved.ok())).lines).toHaveLength(10_000);

    forgetBudgets(t.deps);
    const [cold, coldMs] = await timed(() =>
      t.call('budgetVersion', { params, query: {} }, producer),
    );
    const loaded = cold.ok();
    expect(loaded.lines).toHaveLength(10_000);
    expect(loaded.lines.reduce((sum, l) => sum + l.total + l.fringeTotal, 0)).toBe(
      loaded.figures.subtotal,
    );
    const [, warmMs] = await timed(() => t.call('budgetVersion', { params, query: {} }, producer));
    const [account, accountMs] = await timed(() =>
      t.call('budgetVersion', { params, query: { account: '3300' } }, producer),
    );
    expect(account.ok().page.total).toBe(1_000);
    const [one, editMs] = await timed(() =>
      t.call(
        'editBudgetLines',
        {
          params,
          body: {
            revision: 2,
            edits: [{ kind: 'update', line: { ...lineNumber(5_000), rate: 99_900 } }],
          },
        },
        producer,
      ),
    );
    const edited = BudgetEditResultSchema.parse(allowed(one.ok()));
    expect(edited.lines.map((l) => [l.id, l.total])).toEqual([['line-5000', 99_900 * 1 * 1]]);
    expect(edited.topSheet.grandTotal).toBeGreaterThan(loaded.figures.grandTotal);

    await annotate(
      `10,000 lines on ${t.database.kind}: saved in one PATCH in ${saveMs} ms; read whole (${Math.round(JSON.stringify(cold.json).length / 1024)} KiB) in ${coldMs} ms cold, ${warmMs} ms from the cache; one account (1,000 lines) in ${accountMs} ms; one line edited in ${editMs} ms`,
    );
  });
});
