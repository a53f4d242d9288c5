import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResultDto, ProductionReportEntryDto } from '@greenlight/contract';
import type { Role } from '@greenlight/domain';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

// As in the pdf package's tests: the text checks need pdftotext (poppler-utils), which CI installs.
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-production-reports-'));

const pdfText = (bytes: Uint8Array, name: string): string => {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};

const resultOf = (result: ActionResultDto): Record<string, unknown> => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  return result.result as Record<string, unknown>;
};

describe('production reports over HTTP: fill in, submit, sign (or ask the UPM), correct', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  const day = (date: string) => ({ productionId: t.productionId, date });
  const list = async (as: Role = 'crew') =>
    (
      await t.call(
        'productionReports',
        { params: { productionId: t.productionId } },
        await t.as(as),
      )
    ).ok();
  const view = async (date: string, as: Role = 'line-producer') =>
    (await t.call('productionReport', { params: day(date) }, await t.as(as))).ok();
  const save = async (as: Role, date: string, version: number, entry: ProductionReportEntryDto) =>
    t.call('saveProductionReport', { params: day(date), body: { version, entry } }, await t.as(as));
  const step = async (
    route: 'submitProductionReport' | 'signProductionReport' | 'correctProductionReport',
    as: Role,
    date: string,
    version: number,
  ) => t.call(route, { params: day(date), body: { version } }, await t.as(as));
  const pdf = async (date: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/production-reports/${date}.pdf`,
      headers: { cookie: (await t.as('crew')).cookie },
    });

  it('lists the days: the demo’s day 1 signed by the UPM, the rest not started', async () => {
    const { days } = await list();
    expect(days[0]).toMatchObject({ dayNumber: 1, status: 'signed', revision: 1 });
    expect(days[1]).toMatchObject({ dayNumber: 2, status: 'none', revision: 0 });
    const one = await view(days[0]?.date ?? '', 'cast');
    expect(one.signedBy).toBe('Ursula Grant');
    expect(one.callSheetRevision).toBe(1);
    expect(one.report.today.partShot).toBe(1);
    expect(one.report.schedule.verdict).toBe('behind');
    expect(one.report.delayMinutes).toBe(25);
    expect(one.report.totals.toDate.eighths + one.report.totals.remaining.eighths).toBe(
      one.report.totals.script.eighths,
    );
  });

  it('starts day 2 from its call sheet and refuses entries that do not hold together, by field', async () => {
    const date = (await list()).days[1]?.date ?? '';
    const fresh = await view(date);
    expect(fresh).toMatchObject({ version: 0, status: 'none', callSheetRevision: null });
    expect(fresh.entry.scenes.every((s) => s.status === 'not-shot')).toBe(true);
    expect(fresh.entry.times.crewCall).toBe('07:00');
    // Day 1's totals carry into day 2 as "previously".
    const dayOne = await view((await list()).days[0]?.date ?? '');
    expect(fresh.report.totals.previously).toEqual(dayOne.report.totals.toDate);

    const badTime = await save('line-producer', date, 0, {
      ...fresh.entry,
      times: { ...fresh.entry.times, firstShot: '8am' },
    });
    expect(badTime.error(400).message).toContain('entry.times.firstShot');
    const outOfOrder = await save('line-producer', date, 0, {
      ...fresh.entry,
      times: { ...fresh.entry.times, firstShot: '06:00' },
    });
    const ordered = outOfOrder.error(400);
    expect(ordered.details).toMatchObject({ field: 'times.firstShot' });
    expect(ordered.message).toContain('before the crew call');
    const [first] = fresh.entry.scenes;
    const tooMuch = await save('line-producer', date, 0, {
      ...fresh.entry,
      scenes: [{ ...first!, status: 'completed', eighthsShot: 999 }],
    });
    expect(tooMuch.error(400).details).toMatchObject({ field: 'scenes.0.eighthsShot' });
    const saturday = await save('line-producer', '2027-01-16', 0, fresh.entry);
    expect(saturday.error(404).message).toContain('not a shoot day');
  });

  it('previews the totals live, saves, submits, routes a producer’s signature to the UPM, then is read-only', async () => {
    const date = (await list()).days[1]?.date ?? '';
    const fresh = await view(date);
    const entry: ProductionReportEntryDto = {
      ...fresh.entry,
      times: {
        ...fresh.entry.times,
        firstShot: '08:05',
        cameraWrap: '23:50',
        companyWrap: '24:40',
      },
      scenes: fresh.entry.scenes.map((s) => ({
        ...s,
        status: 'completed',
        eighthsShot: fresh.report.scenes.find((r) => r.sceneId === s.sceneId)?.eighths ?? 0,
        secondsShot: 60,
        setups: 4,
      })),
      delays: [{ minutes: 10, reason: 'Generator' }],
    };
    const preview = (
      await t.call(
        'previewProductionReport',
        { params: day(date), body: { entry } },
        await t.as('crew'),
      )
    ).ok();
    expect(preview.today.completed).toBe(fresh.report.today.scenesPlanned);
    expect(preview.today.eighthsShot).toBe(fresh.report.today.eighthsPlanned);
    expect(preview.totals.toDate.eighths).toBe(
      fresh.report.totals.previously.eighths + preview.today.eighthsShot,
    );
    expect((await view(date)).version).toBe(0); // a preview saves nothing

    expect((await save('crew', date, 0, entry)).ok().outcome).toBe('approval-requested');
    expect(resultOf((await save('line-producer', date, 0, entry)).ok())).toMatchObject({
      version: 1,
      status: 'draft',
    });
    expect((await save('line-producer', date, 0, entry)).error(409).message).toContain(
      'load it again',
    );
    expect(
      (await step('signProductionReport', 'unit-production-manager', date, 1)).error(409).message,
    ).toContain('submit it first');
    expect(
      resultOf((await step('submitProductionReport', 'line-producer', date, 1)).ok()),
    ).toMatchObject({ status: 'submitted', version: 2 });
    expect((await step('signProductionReport', 'crew', date, 2)).error(403).code).toBe('forbidden');

    const asked = (await step('signProductionReport', 'producer', date, 2)).ok();
    if (asked.outcome !== 'approval-requested') throw new Error('The producer should ask the UPM');
    expect(asked.request.routedTo.map((r) => r.name)).toEqual(['Ursula Grant']);
    const approved = await t.call(
      'approve',
      { params: { requestId: asked.request.id }, body: { note: 'Checked against the call sheet' } },
      await t.as('unit-production-manager'),
    );
    expect(approved.ok().status).toBe('approved');
    const signed = await view(date);
    expect(signed).toMatchObject({ status: 'signed', version: 3, signedBy: 'Ursula Grant' });
    expect(signed.report.times.companyWrap).toBe('24:40');
    expect((await list()).days[1]).toMatchObject({ status: 'signed' });

    // Signed: read-only, until a correction starts a new revision from what it said.
    expect((await save('line-producer', date, 3, entry)).error(409).message).toContain(
      'start a correction',
    );
    const file = await pdf(date);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (HAS_PDFTOTEXT) {
      const text = pdfText(file.rawPayload, 'signed');
      expect(text).toContain('DAILY PRODUCTION REPORT');
      expect(text).toContain('Signed by Ursula Grant');
      expect(text).toContain('Generator');
    }
    expect(
      resultOf((await step('correctProductionReport', 'line-producer', date, 3)).ok()),
    ).toMatchObject({ revision: 2, status: 'draft', version: 4 });
    const corrected = await view(date);
    expect(corrected).toMatchObject({ revision: 2, status: 'draft', signedBy: null });
    expect(corrected.entry.delays).toEqual([{ minutes: 10, reason: 'Generator' }]);
    if (HAS_PDFTOTEXT) {
      const text = pdfText((await pdf(date)).rawPayload, 'correction');
      expect(text).toContain('CORRECTION #1');
      expect(text).toContain('DRAFT, not signed');
    }
  });

  it('keeps the report from whoever may not see the schedule', async () => {
    const date = (await list()).days[0]?.date ?? '';
    const financier = await t.call(
      'productionReport',
      { params: day(date) },
      await t.as('financier-representative'),
    );
    expect(financier.error(403).code).toBe('forbidden');
    expect((await t.call('productionReport', { params: day(date) })).status).toBe(401);
  });
});
