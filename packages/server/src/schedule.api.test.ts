import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardDto, StripDto } from '@greenlight/contract';
import { createUser } from './services/session-service.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

describe('stripboards, the shoot calendar, the optimizer and the day out of days over HTTP', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });
  const boards = async () =>
    (await t.call('boards', { params: production() }, await t.as('line-producer'))).ok().boards;
  const board = async (boardId: string): Promise<BoardDto> =>
    (
      await t.call('board', { params: { ...production(), boardId } }, await t.as('line-producer'))
    ).ok();
  const sceneOrder = (strips: readonly StripDto[]) =>
    strips.flatMap((s) => (s.kind === 'scene' ? [s.sceneId] : []));

  it('shows the demo: a locked shooting board on the January calendar, priced by the cast’s rates', async () => {
    const list = await boards();
    expect(list.map((b) => [b.name, b.kind, b.locked])).toEqual([
      ['Shooting board', 'shooting', true],
      ['What-if: sea scenes first', 'what-if', false],
    ]);
    const shooting = await board(list[0]?.id ?? '');
    expect(shooting.days[0]).toMatchObject({ kind: 'shoot', dayNumber: 1, date: '2027-01-14' });
    // Monday the 18th is a holiday: no shoot day falls on it.
    expect(shooting.days.map((d) => d.date)).not.toContain('2027-01-18');
    expect(shooting.missingSceneIds).toEqual([]);
    // Elena is available from the 19th and plays on the 20th; the harbour office closes on the 22nd. The
    // one thing to look at: the night at sea on Tuesday, and the day scene in the office on Wednesday.
    expect(shooting.conflicts.map((c) => [c.kind, c.date])).toEqual([['turnaround', '2027-01-20']]);
    for (const day of shooting.days) {
      if (day.kind === 'shoot' && day.sceneIds.length > 1) expect(day.overLimit).toBe(false);
    }
    const margot = shooting.explanation.cast.find((c) => c.name === 'MARGOT');
    expect(margot).toMatchObject({ castNumber: 1, dailyRate: 150_000, firstDay: 1 });
    expect(margot?.cost).toBe(((margot?.workDays ?? 0) + (margot?.holdDays ?? 0)) * 150_000);
    expect(shooting.scenes.find((s) => s.number === '1')?.stripColour).toEqual({
      label: 'Night interior',
      colour: '#7FA7E0',
    });
  });

  it('reorders a what-if board at once, refuses a stale version and a scene twice', async () => {
    const lp = await t.as('line-producer');
    const whatIf = (await boards()).find((b) => b.kind === 'what-if');
    const before = await board(whatIf?.id ?? '');
    const scenes = before.strips.filter((s) => s.kind === 'scene');
    const reversed: StripDto[] = [...scenes]
      .reverse()
      .flatMap((s, i) => (i % 2 === 1 ? [s, { kind: 'day-break', id: `b${i}` }] : [s]));
    const saved = await t.call(
      'updateBoard',
      {
        params: { ...production(), boardId: before.id },
        body: { version: before.version, strips: reversed },
      },
      lp,
    );
    expect(saved.ok()).toMatchObject({
      outcome: 'allowed',
      result: { version: before.version + 1 },
    });
    expect(sceneOrder((await board(before.id)).strips)).toEqual(sceneOrder(reversed));

    const stale = await t.call(
      'updateBoard',
      {
        params: { ...production(), boardId: before.id },
        body: { version: before.version, strips: reversed },
      },
      lp,
    );
    expect(stale.error(409).message).toMatch(/changed this board/);
    const first = scenes[0];
    const twice = await t.call(
      'updateBoard',
      {
        params: { ...production(), boardId: before.id },
        body: {
          version: before.version + 1,
          strips: first ? [first, { ...first, id: 'copy' }] : [],
        },
      },
      lp,
    );
    expect(twice.error(400).message).toMatch(/twice/);
  });

  it('routes a change to the locked shooting board to the UPM, who may change it outright', async () => {
    const shooting = (await boards()).find((b) => b.kind === 'shooting');
    const current = await board(shooting?.id ?? '');
    // The first two scenes swap places; the day breaks stay where they are.
    const sceneAt = current.strips.flatMap((s, i) => (s.kind === 'scene' ? [i] : []));
    const strips = [...current.strips];
    const [a, b] = [sceneAt[0] ?? 0, sceneAt[1] ?? 0];
    [strips[a], strips[b]] = [current.strips[b] as StripDto, current.strips[a] as StripDto];
    const asked = await t.call(
      'updateBoard',
      {
        params: { ...production(), boardId: current.id },
        body: { version: current.version, strips },
      },
      await t.as('line-producer'),
    );
    const result = asked.ok();
    if (result.outcome !== 'approval-requested') throw new Error('expected a request');
    expect(result.request.routedTo.map((r) => r.personId)).toEqual([
      await t.personOf('unit-production-manager'),
    ]);
    expect(sceneOrder((await board(current.id)).strips)).toEqual(sceneOrder(current.strips));
    const approved = await t.call(
      'approve',
      { params: { requestId: result.request.id }, body: {} },
      await t.as('unit-production-manager'),
    );
    expect(approved.status).toBe(200);
    expect(sceneOrder((await board(current.id)).strips)).toEqual(sceneOrder(strips));
  });

  it('optimizes a board into a proposal that is never worse, and accepting it saves it', async () => {
    const lp = await t.as('line-producer');
    const whatIf = (await boards()).find((b) => b.kind === 'what-if');
    const before = await board(whatIf?.id ?? '');
    const proposal = (
      await t.call(
        'optimizeBoard',
        { params: { ...production(), boardId: before.id }, body: { timeLimitSeconds: 1, seed: 7 } },
        lp,
      )
    ).ok();
    expect(proposal.before.castCost).toBe(before.explanation.castCost);
    expect(proposal.conflicts.before).toBe(before.conflicts.length);
    // Rules first, then money: fewer conflicts, or as many and no dearer.
    expect(proposal.conflicts.after).toBeLessThanOrEqual(proposal.conflicts.before);
    if (proposal.conflicts.after === proposal.conflicts.before) {
      expect(proposal.costSaved).toBeGreaterThanOrEqual(0);
    }
    expect(proposal.castCostSaved).toBe(proposal.before.castCost - proposal.after.castCost);
    expect([...sceneOrder(proposal.strips)].sort()).toEqual([...sceneOrder(before.strips)].sort());
    const accepted = await t.call(
      'updateBoard',
      {
        params: { ...production(), boardId: before.id },
        body: { version: proposal.version, strips: proposal.strips },
      },
      lp,
    );
    expect(accepted.ok()).toMatchObject({ outcome: 'allowed' });
    const saved = await board(before.id);
    expect(saved.explanation.castCost).toBe(proposal.after.castCost);
    expect(saved.conflicts).toHaveLength(proposal.conflicts.after);
  });

  it('gives the day out of days with start, work, hold and finish codes, as JSON, CSV, XLSX and PDF', async () => {
    const lp = await t.as('line-producer');
    const shooting = (await boards()).find((b) => b.kind === 'shooting');
    const dood = (
      await t.call('dayOutOfDays', { params: { ...production(), boardId: shooting?.id ?? '' } }, lp)
    ).ok();
    const margot = dood.rows.find((r) => r.name === 'MARGOT');
    const worked =
      margot?.cells.filter((c) => ['SW', 'W', 'WF', 'SWF', 'PW', 'PWF'].includes(c)) ?? [];
    expect(worked.length).toBe(margot?.totals.work);
    expect(worked[0]).toMatch(/^SW/);
    expect(dood.days.find((d) => d.date === '2027-01-18')?.kind).toBe('holiday');
    for (const [suffix, magic] of [
      ['day-out-of-days.csv', '\uFEFF'],
      ['day-out-of-days.xlsx', 'PK'],
      ['day-out-of-days.pdf', '%PDF'],
    ] as const) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/productions/${t.productionId}/boards/${shooting?.id ?? ''}/${suffix}`,
        headers: { cookie: lp.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.toString('utf8').startsWith(magic)).toBe(true);
    }
  });

  it('gives calendar files: the shoot days for everyone, a cast member’s own work days', async () => {
    const lp = await t.as('line-producer');
    const all = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/schedule/calendar.ics`,
      headers: { cookie: lp.cookie },
    });
    expect(all.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(all.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const shootDays = (all.body.match(/BEGIN:VEVENT/g) ?? []).length;
    expect(all.body).toContain(`Day 1 of ${shootDays}`);

    const lists = (await t.call('elementLists', { params: production() }, lp)).ok();
    const kai = lists.cast.find((c) => c.name === 'KAI');
    const linked = await t.call(
      'updateCastDetails',
      {
        params: { ...production(), elementId: kai?.elementId ?? '' },
        body: { personId: await t.personOf('cast') },
      },
      lp,
    );
    expect(linked.ok()).toMatchObject({ outcome: 'allowed' });
    const mine = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/schedule/my-calendar.ics`,
      headers: { cookie: (await t.as('cast')).cookie },
    });
    expect(mine.statusCode).toBe(200);
    expect((mine.body.match(/BEGIN:VEVENT/g) ?? []).length).toBe(1);
  });

  it('flags the days that break the rules: a cast member blocked, a location closed, the page limit', async () => {
    const upm = await t.as('unit-production-manager');
    const shooting = (await boards()).find((b) => b.kind === 'shooting');
    const before = await board(shooting?.id ?? '');
    const settings = (await t.call('scheduleSettings', { params: production() }, upm)).ok();
    const day1 = before.days.find((d) => d.kind === 'shoot' && d.dayNumber === 1);
    const saved = await t.call(
      'updateScheduleSettings',
      {
        params: production(),
        body: {
          calendar: settings.calendar,
          maxEighthsPerDay: 2,
          companyMoveCost: settings.companyMoveCost,
          dropPickupAfterDays: settings.dropPickupAfterDays,
          sceneOrder: settings.sceneOrder,
          castAvailability: [
            {
              castNumber: 1,
              availableFrom: null,
              availableUntil: null,
              unavailable: [day1?.date ?? ''],
            },
          ],
          locationAvailability: [
            { set: 'harbour office', availableFrom: '2027-02-01', availableUntil: null },
          ],
          version: settings.version,
        },
      },
      upm,
    );
    expect(saved.ok()).toMatchObject({ outcome: 'allowed' });
    const after = await board(shooting?.id ?? '');
    const kinds = new Set(after.conflicts.map((c) => c.kind));
    expect(kinds).toContain('over-limit');
    expect(kinds).toContain('location-unavailable');
    expect(
      after.conflicts.some((c) => c.kind === 'cast-unavailable' && c.message.startsWith('MARGOT')),
    ).toBe(day1?.kind === 'shoot' && day1.castNumbers.includes(1));
  });

  it('checks the calendar, and hides boards from strangers', async () => {
    const bad = await t.call(
      'updateScheduleSettings',
      {
        params: production(),
        body: {
          calendar: { firstShootDay: '2027-02-01', workingWeekdays: [], holidays: [], daysOff: [] },
          maxEighthsPerDay: 40,
          companyMoveCost: 0,
          dropPickupAfterDays: 10,
          sceneOrder: [],
          castAvailability: [],
          locationAvailability: [],
        },
      },
      await t.as('unit-production-manager'),
    );
    expect(bad.status).toBe(400);
    await createUser(t.deps, {
      email: 'board-stranger@elsewhere.example',
      name: 'Bo Stranger',
      password: 'a long enough password',
      isAdmin: false,
    });
    const stranger = await t.signIn('board-stranger@elsewhere.example', 'a long enough password');
    expect((await t.call('boards', { params: production() }, stranger)).status).toBe(404);
  });
});
