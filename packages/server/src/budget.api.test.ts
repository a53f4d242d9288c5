import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResultDto, BudgetVersionDto, RouteInput, StripDto } from '@greenlight/contract';
import type { Role } from '@greenlight/domain';
import { editResult, line, plain } from './testing/budget-lines.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

const resultField = (result: ActionResultDto, key: string): string => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  const value = (result.result as Record<string, unknown>)[key];
  if (typeof value !== 'string') throw new Error(`No ${key} in ${JSON.stringify(result.result)}`);
  return value;
};

describe('budgets over HTTP: templates, line edits, approval, revisions and the schedule feed', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });
  const version = async (versionId: string, as: Role = 'producer'): Promise<BudgetVersionDto> =>
    (
      await t.call(
        'budgetVersion',
        { params: { ...production(), versionId }, query: {} },
        await t.as(as),
      )
    ).ok();
  const demoBudget = async () => {
    const list = (await t.call('budgets', { params: production() }, await t.as('producer'))).ok();
    const main = list.budgets.find((b) => b.main);
    if (main === undefined) throw new Error('The demo has no production budget');
    return main;
  };
  const edit = async (
    as: Role,
    versionId: string,
    revision: number,
    edits: RouteInput<'editBudgetLines'>['body']['edits'],
  ) =>
    t.call(
      'editBudgetLines',
      { params: { ...production(), versionId }, body: { revision, edits } },
      await t.as(as),
    );

  // Made by one test and used by the next: the tests tell one story in order.
  let scenarioVersionId = '';
  let revisionId = '';

  it('shows the demo’s approved production budget, worked out from its lines and the schedule', async () => {
    const main = await demoBudget();
    expect(main).toMatchObject({ name: 'Production budget', templateId: 'feature-film' });
    expect(main.versions.map((v) => [v.number, v.status])).toEqual([[1, 'approved']]);
    const approved = await version(main.versions[0]?.id ?? '');
    expect(approved.editable).toBe(false);
    expect(approved.transitions).toEqual([]);
    expect(approved.lines.length).toBeGreaterThan(40);
    expect(approved.page.total).toBe(approved.lines.length);
    // The grand total is the subtotal plus contingency and bond; the subtotal is the four sections.
    const { figures, topSheet } = approved;
    expect(figures.grandTotal).toBe(
      figures.subtotal + figures.contingency + figures.completionBond,
    );
    expect(topSheet.sections.reduce((sum, s) => sum + s.total, 0)).toBe(figures.subtotal);
    expect(approved.version.grandTotal).toBe(figures.grandTotal);
    // Cast on their work days at the schedule's rates, crew on the shoot days, a euro camera package.
    const margot = approved.lines.find((l) => l.id === 'cast-1');
    expect(margot).toMatchObject({
      scheduleLink: { kind: 'cast-work-days', castNumber: 1 },
      rate: 150_000,
      total: margot === undefined ? 0 : (margot.quantity / 1000) * 150_000,
    });
    expect(margot?.fringeTotal).toBeGreaterThan(0);
    expect(approved.lines.find((l) => l.id === 'gaffer')?.amount).toEqual({
      kind: 'global',
      name: 'SHOOT_DAYS',
    });
    const euros = approved.lines.find((l) => l.id === 'camera-package');
    expect(euros).toMatchObject({ currency: 'EUR', totalInLineCurrency: 3_600_000 });
    expect(euros?.total).toBe(3_906_000);
    // The camera department's accounts are marked as theirs.
    expect(approved.setup.accounts.find((a) => a.number === '3300')?.department).toBe('camera');
    // One account's lines, or a page.
    const camera = (
      await t.call(
        'budgetVersion',
        {
          params: { ...production(), versionId: approved.version.id },
          query: { account: '3300', limit: 2 },
        },
        await t.as('line-producer'),
      )
    ).ok();
    expect(camera.lines.map((l) => l.accountNumber)).toEqual(['3300', '3300']);
    expect(camera.page.total).toBe(approved.lines.filter((l) => l.accountNumber === '3300').length);
  });

  it('makes a budget from a template, and line edits move the totals at once', async () => {
    const created = (
      await t.call(
        'createBudget',
        {
          params: production(),
          body: { name: 'Low-budget scenario', template: 'feature-film' },
        },
        await t.as('producer'),
      )
    ).ok();
    scenarioVersionId = resultField(created, 'versionId');
    expect(created).toMatchObject({ outcome: 'allowed', result: { main: false } });
    const empty = await version(scenarioVersionId);
    expect(empty.version).toMatchObject({ number: 1, status: 'draft', revision: 1, lineCount: 0 });
    expect(empty.setup.fringes.map((f) => f.id)).toContain('payroll-taxes');
    expect(empty.figures.grandTotal).toBe(0);
    expect(empty.transitions).toEqual(['submit']);

    // 10 days × $650 with payroll taxes (7.65 %) and health & welfare ($45 a day); a $10,000 flat fee.
    const added = editResult(
      (
        await edit('line-producer', scenarioVersionId, 1, [
          {
            kind: 'add',
            line: line('gaffer', '3100', {
              days: 10,
              dollars: 650,
              fringeIds: ['payroll-taxes', 'health-welfare-day'],
            }),
          },
          {
            kind: 'add',
            line: { ...line('', '5300', { dollars: 10_000, unit: 'flat' }), id: undefined },
          },
        ])
      ).ok(),
    );
    expect(added.revision).toBe(2);
    const gaffer = added.lines.find((l) => l.id === 'gaffer');
    expect(gaffer).toMatchObject({ total: 650_000, fringeTotal: 49_725 + 45_000 });
    const legal = added.lines.find((l) => l.accountNumber === '5300');
    expect(legal?.id).toMatch(/^[0-9a-f-]{36}$/);
    // BTL fringes are totalled in 3900; contingency is 10 % of the sections ($1,744.725 rounds half to
    // even), and the bond 2 % of the sections plus contingency.
    const subtotal = 650_000 + 94_725 + 1_000_000;
    expect(added.topSheet.subtotal).toBe(subtotal);
    expect(added.topSheet.items.map((i) => [i.id, i.amount])).toEqual([
      ['contingency', 174_472],
      ['completion-bond', 38_384],
    ]);
    expect(added.topSheet.grandTotal).toBe(subtotal + 174_472 + 38_384);
    const btl = added.topSheet.sections.find((s) => s.section === 'below-the-line');
    expect(btl?.rows.find((r) => r.accountNumber === '3900')?.total).toBe(94_725);

    // Change one, remove the other; the version's list entry follows.
    const changed = editResult(
      (
        await edit('line-producer', scenarioVersionId, 2, [
          { kind: 'update', line: { ...line('gaffer', '3100', { days: 12, dollars: 650 }) } },
          { kind: 'remove', lineId: legal?.id ?? '' },
        ])
      ).ok(),
    );
    expect(changed.removedLineIds).toEqual([legal?.id]);
    expect(changed.lines).toMatchObject([{ id: 'gaffer', total: 780_000, fringeTotal: 0 }]);
    const after = await version(scenarioVersionId);
    expect(after.version).toMatchObject({ revision: 3, lineCount: 1 });
    expect(after.version.grandTotal).toBe(changed.topSheet.grandTotal);

    // A stale revision is a conflict; a line the engine refuses is a 400 naming every problem.
    const stale = await edit('line-producer', scenarioVersionId, 2, [
      { kind: 'remove', lineId: 'gaffer' },
    ]);
    expect(stale.error(409).message).toMatch(/changed this budget/);
    const bad = await edit('line-producer', scenarioVersionId, 3, [
      {
        kind: 'add',
        line: line('x', '3100', { dollars: 1, amount: { kind: 'global', name: 'NOPE' } }),
      },
      { kind: 'add', line: line('y', '9999', { dollars: 1 }) },
    ]);
    const error = bad.error(400);
    expect(error.code).toBe('validation');
    expect((error.details?.['problems'] as { code: string }[]).map((p) => p.code)).toEqual([
      'unknown-global',
    ]);
    expect((await version(scenarioVersionId)).version.revision).toBe(3);
  });

  it('refuses an edit of the approved budget: it is read-only', async () => {
    const main = await demoBudget();
    const approved = main.versions[0];
    const refused = await edit('line-producer', approved?.id ?? '', approved?.revision ?? 0, [
      { kind: 'remove', lineId: 'gaffer' },
    ]);
    expect(refused.error(409).message).toMatch(/approved and read-only: start a revision/);
    const setup = await t.call(
      'updateBudgetSetup',
      {
        params: { ...production(), versionId: approved?.id ?? '' },
        body: {
          revision: approved?.revision ?? 0,
          setup: (await version(approved?.id ?? '')).setup,
        },
      },
      await t.as('producer'),
    );
    expect(setup.error(409).code).toBe('conflict');
  });

  it('keeps department heads to their own accounts, and routes their edits for approval', async () => {
    // The demo's department head runs the camera department.
    const current = await version(scenarioVersionId);
    const camera = await edit('department-head', scenarioVersionId, current.version.revision, [
      { kind: 'add', line: line('lenses', '3300', { dollars: 2_400, unit: 'allow' }) },
    ]);
    const routed = camera.ok();
    expect(routed.outcome).toBe('approval-requested');
    const grip = await edit('department-head', scenarioVersionId, current.version.revision, [
      { kind: 'add', line: line('dolly', '3200', { dollars: 900, unit: 'allow' }) },
    ]);
    expect(grip.error(403).code).toBe('forbidden');
    // Someone else edits another line meanwhile; the camera request still applies, untouched by it.
    await edit('line-producer', scenarioVersionId, current.version.revision, [
      { kind: 'update', line: line('gaffer', '3100', { days: 11, dollars: 650 }) },
    ]);
    if (routed.outcome !== 'approval-requested') throw new Error('not routed');
    // The department head reports to the UPM, who budgets in detail: the request goes to them.
    const upm = await t.as('unit-production-manager');
    expect(routed.request.routedTo.map((r) => r.personId)).toEqual([upm.user.personId]);
    const decided = await t.call(
      'approve',
      { params: { requestId: routed.request.id }, body: {} },
      upm,
    );
    expect(decided.ok().status).toBe('approved');
    const after = await version(scenarioVersionId);
    expect(after.lines.map((l) => l.id)).toEqual(['gaffer', 'lenses']);
    expect(after.lines[0]?.quantity).toBe(11_000);
  });

  it('submits, routes a producer’s approval to the executive producer, who approves', async () => {
    const current = await version(scenarioVersionId);
    const transition = async (as: Role, body: { transition: 'submit' | 'approve' | 'withdraw' }) =>
      t.call(
        'budgetTransition',
        { params: { ...production(), versionId: scenarioVersionId }, body },
        await t.as(as),
      );
    expect((await transition('producer', { transition: 'approve' })).error(409).message).toMatch(
      /draft cannot be approved; it can be submitted/,
    );
    expect((await transition('producer', { transition: 'submit' })).ok().outcome).toBe('allowed');
    // Submitted: no longer editable.
    const locked = await edit('line-producer', scenarioVersionId, current.version.revision, [
      { kind: 'remove', lineId: 'gaffer' },
    ]);
    expect(locked.error(409).message).toMatch(/submitted for approval/);
    const asked = (await transition('producer', { transition: 'approve' })).ok();
    if (asked.outcome !== 'approval-requested') throw new Error('not routed');
    const ep = await t.as('executive-producer');
    expect(asked.request.routedTo.map((r) => r.personId)).toEqual([ep.user.personId]);
    expect((await version(scenarioVersionId)).version.status).toBe('submitted');
    const approved = await t.call(
      'approve',
      { params: { requestId: asked.request.id }, body: { note: 'Fine as a fallback' } },
      ep,
    );
    expect(approved.ok().status).toBe('approved');
    const after = await version(scenarioVersionId);
    expect(after.version).toMatchObject({ status: 'approved', approvedBy: ep.user.personId });
    expect(after.editable).toBe(false);
  });

  it('revises the approved budget: a new draft, compared line by line, approved in its place', async () => {
    const main = await demoBudget();
    const first = main.versions[0];
    const started = (
      await t.call(
        'startBudgetRevision',
        { params: { ...production(), versionId: first?.id ?? '' }, body: { name: 'Revision 1' } },
        await t.as('producer'),
      )
    ).ok();
    revisionId = resultField(started, 'versionId');
    const draft = await version(revisionId);
    expect(draft.version).toMatchObject({ number: 2, status: 'draft', revisionOf: first?.id });
    expect(draft.lines.map((l) => l.id)).toEqual(
      (await version(first?.id ?? '')).lines.map((l) => l.id),
    );
    const gaffer = draft.lines.find((l) => l.id === 'gaffer');
    if (gaffer === undefined) throw new Error('no gaffer');
    await edit('line-producer', revisionId, draft.version.revision, [
      { kind: 'update', line: { ...plain(gaffer), rate: 80_000 } },
    ]);
    const compared = (
      await t.call(
        'compareBudgets',
        { params: production(), query: { from: first?.id ?? '', to: revisionId } },
        await t.as('executive-producer'),
      )
    ).ok();
    expect(compared.lines).toMatchObject([{ kind: 'changed', lineId: 'gaffer', fields: ['rate'] }]);
    expect(compared.lines[0]?.delta).toBeGreaterThan(0);
    expect(compared.grandTotal.delta).toBeGreaterThan(compared.lines[0]?.delta ?? 0);
    expect(compared.unchangedLines).toBe(draft.lines.length - 1);
  });

  it('shows what a shoot day added to the shooting board changes, and applies it', async () => {
    const upm = await t.as('unit-production-manager');
    const boards = (await t.call('boards', { params: production() }, upm)).ok().boards;
    const shootingId = boards.find((b) => b.kind === 'shooting')?.id ?? '';
    const board = (
      await t.call('board', { params: { ...production(), boardId: shootingId } }, upm)
    ).ok();
    // Split the first day that has two scenes: one shoot day more.
    const day = board.days.find((d) => d.kind === 'shoot' && d.sceneIds.length > 1);
    if (day?.kind !== 'shoot') throw new Error('No day to split');
    const firstScene = day.sceneIds[0];
    const strips: StripDto[] = board.strips.flatMap((s) =>
      s.kind === 'scene' && s.sceneId === firstScene
        ? [s, { kind: 'day-break', id: 'extra-day' }]
        : [s],
    );
    const saved = await t.call(
      'updateBoard',
      {
        params: { ...production(), boardId: shootingId },
        body: { version: board.version, strips },
      },
      upm,
    );
    expect(saved.ok().outcome).toBe('allowed');

    const lp = await t.as('line-producer');
    const feed = (
      await t.call('budgetScheduleFeed', { params: { ...production(), versionId: revisionId } }, lp)
    ).ok();
    const days = board.days.filter((d) => d.kind === 'shoot').length;
    expect(feed.facts.shootDays).toBe(days + 1);
    expect(feed.globals).toEqual([
      {
        name: 'SHOOT_DAYS',
        link: { kind: 'shoot-days' },
        before: days * 1000,
        after: (days + 1) * 1000,
      },
    ]);
    const background = feed.lines.find((l) => l.lineId === 'background');
    expect(background).toMatchObject({
      link: { kind: 'shoot-days' },
      quantityBefore: days * 1000,
      quantityAfter: (days + 1) * 1000,
    });
    expect(background?.delta).toBeGreaterThan(0);
    expect(feed.lines.find((l) => l.lineId === 'first-ad')).toMatchObject({ global: 'SHOOT_DAYS' });
    expect(feed.grandTotal.delta).toBeGreaterThan(0);

    // Applying it to the approved version is refused; to the revision it changes the total as shown.
    const main = await demoBudget();
    const onApproved = await t.call(
      'applyBudgetScheduleFeed',
      {
        params: { ...production(), versionId: main.versions[0]?.id ?? '' },
        body: { revision: main.versions[0]?.revision ?? 0 },
      },
      lp,
    );
    expect(onApproved.error(409).code).toBe('conflict');
    const applied = await t.call(
      'applyBudgetScheduleFeed',
      { params: { ...production(), versionId: revisionId }, body: { revision: feed.revision } },
      lp,
    );
    expect(editResult(applied.ok()).topSheet.grandTotal).toBe(feed.grandTotal.after);
    const after = await version(revisionId);
    expect(after.version.grandTotal).toBe(feed.grandTotal.after);
    expect(after.globals.find((g) => g.name === 'SHOOT_DAYS')?.value).toBe((days + 1) * 1000);
    const again = (
      await t.call('budgetScheduleFeed', { params: { ...production(), versionId: revisionId } }, lp)
    ).ok();
    expect(again.globals).toEqual([]);
    expect(again.lines).toEqual([]);
  });

  it('approves the revision in place of the first, which is locked', async () => {
    const producer = await t.as('producer');
    const ep = await t.as('executive-producer');
    const call = (as: typeof producer, transition: 'submit' | 'approve') =>
      t.call(
        'budgetTransition',
        { params: { ...production(), versionId: revisionId }, body: { transition } },
        as,
      );
    expect((await call(producer, 'submit')).ok().outcome).toBe('allowed');
    expect((await call(ep, 'approve')).ok()).toMatchObject({ outcome: 'allowed' });
    const main = await demoBudget();
    expect(main.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'locked'],
      [2, 'approved'],
    ]);
  });

  it('lets the team read the budget but not strangers or the crew', async () => {
    const main = await demoBudget();
    const read = (as: Role) =>
      t
        .as(as)
        .then((session) =>
          t.call(
            'budgetTopSheet',
            { params: { ...production(), versionId: main.versions[0]?.id ?? '' } },
            session,
          ),
        );
    expect((await read('department-head')).status).toBe(200);
    expect((await read('financier-representative')).status).toBe(200);
    expect((await read('crew')).error(403).code).toBe('forbidden');
  });
});
