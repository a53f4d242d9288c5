import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResultDto } from '@greenlight/contract';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

const created = (result: ActionResultDto): { budgetId: string; versionId: string } => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  return result.result as { budgetId: string; versionId: string };
};

describe('budget files over HTTP: download a version, bring it back as a new budget', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });
  const mainVersionId = async (): Promise<string> => {
    const list = (await t.call('budgets', { params: production() }, await t.as('producer'))).ok();
    const id = list.budgets.find((b) => b.main)?.versions[0]?.id;
    if (id === undefined) throw new Error('The demo has no production budget');
    return id;
  };
  const download = async (versionId: string, file: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/budget-versions/${versionId}/${file}`,
      headers: { cookie: (await t.as('line-producer')).cookie },
    });
  const importFile = async (name: string, fileName: string, bytes: Uint8Array) =>
    t.call(
      'importBudget',
      {
        params: production(),
        body: { name, fileName, content: Buffer.from(bytes).toString('base64') },
      },
      await t.as('producer'),
    );

  it('round-trips the demo budget through CSV and XLSX to the same lines and totals', async () => {
    const versionId = await mainVersionId();
    const original = (
      await t.call(
        'budgetVersion',
        { params: { ...production(), versionId }, query: {} },
        await t.as('producer'),
      )
    ).ok();

    for (const file of ['budget.csv', 'budget.xlsx']) {
      const response = await download(versionId, file);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${file}"`);
      const result = await importFile(`From ${file}`, file, response.rawPayload);
      expect(result.status).toBe(201);
      const { versionId: copyId } = created(result.ok());
      const copy = (
        await t.call(
          'budgetVersion',
          { params: { ...production(), versionId: copyId }, query: {} },
          await t.as('producer'),
        )
      ).ok();
      expect(copy.version).toMatchObject({ status: 'draft', number: 1 });
      expect(copy.figures).toEqual(original.figures);
      const strip = (lines: typeof copy.lines) =>
        lines.map(({ id, description, amount, rate, currency, fringeIds, total, fringeTotal }) => ({
          id,
          description,
          amount,
          rate,
          currency,
          fringeIds,
          total,
          fringeTotal,
        }));
      expect(strip(copy.lines)).toEqual(strip(original.lines));
      expect(copy.setup.fringes).toEqual(original.setup.fringes);
      // The file names no departments: the template's account numbers give them back.
      expect(copy.setup.accounts.map((a) => a.department)).toEqual(
        original.setup.accounts.map((a) => a.department),
      );
    }
  });

  it('prints the version as a PDF', async () => {
    const response = await download(await mainVersionId(), 'budget.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a file with errors, naming the row, and writes nothing', async () => {
    const before = (await t.call('budgets', { params: production() }, await t.as('producer'))).ok();
    const good = (await download(await mainVersionId(), 'budget.csv')).body;
    // A rate that is not money on the first detail line.
    const rows = good.split('\n');
    const index = rows.findIndex((row) => row.startsWith('line,'));
    expect(index).toBeGreaterThan(0);
    const broken = [...rows];
    broken[index] = (rows[index] ?? '').replace(/,(\d+\.\d\d),/, ',twelve,');
    expect(broken[index]).not.toBe(rows[index]);
    const result = await importFile(
      'Broken',
      'broken.csv',
      new TextEncoder().encode(broken.join('\n')),
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.json)).toContain(`row ${index + 1}`);
    const after = (await t.call('budgets', { params: production() }, await t.as('producer'))).ok();
    expect(after.budgets.length).toBe(before.budgets.length);
  });

  it('asks the authority matrix like any new budget: a line producer’s import waits for approval', async () => {
    const bytes = (await download(await mainVersionId(), 'budget.csv')).rawPayload;
    const count = async () =>
      (await t.call('budgets', { params: production() }, await t.as('producer'))).ok().budgets
        .length;
    const before = await count();
    const asked = (
      await t.call(
        'importBudget',
        {
          params: production(),
          body: { name: 'Unit two', fileName: 'budget.csv', content: bytes.toString('base64') },
        },
        await t.as('line-producer'),
      )
    ).ok();
    if (asked.outcome !== 'approval-requested') throw new Error(`not routed: ${asked.outcome}`);
    expect(await count()).toBe(before);
    // The line producer reports to the UPM, who holds the authority to make a budget.
    expect(asked.request.routedTo.map((r) => r.personId)).toEqual([
      await t.personOf('unit-production-manager'),
    ]);
    const decided = await t.call(
      'approve',
      { params: { requestId: asked.request.id }, body: {} },
      await t.as('unit-production-manager'),
    );
    expect(decided.ok().status).toBe('approved');
    const list = (await t.call('budgets', { params: production() }, await t.as('producer'))).ok();
    expect(list.budgets.map((b) => b.name)).toContain('Unit two');
    expect(list.budgets.length).toBe(before + 1);
  });
});
