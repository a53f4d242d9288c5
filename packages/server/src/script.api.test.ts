import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptOverviewDto } from '@greenlight/contract';
import { base64, PINK } from './testing/pink-revision.js';
import { createUser } from './services/session-service.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

describe('the script and its breakdown over HTTP, on the demo production', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });
  const overview = async (): Promise<ScriptOverviewDto> =>
    (await t.call('script', { params: production() }, await t.as('line-producer'))).ok();
  const elementOf = (o: ScriptOverviewDto, name: string) => {
    const element = o.elements.find((e) => e.name === name);
    if (!element) throw new Error(`no element ${name}`);
    return element;
  };
  const sceneNumbersOf = (o: ScriptOverviewDto, elementId: string) =>
    o.tags
      .filter((tag) => tag.elementId === elementId && tag.review === null)
      .map((tag) => o.scenes.find((s) => s.id === tag.sceneId)?.number)
      .sort();

  it('shows the demo: a blue revision over the white draft, its breakdown carried over, the cut scene’s tags for review', async () => {
    const o = await overview();
    expect(o.drafts.map((d) => [d.number, d.revisionLabel])).toEqual([
      [2, 'Blue revision'],
      [1, 'White draft'],
    ]);
    expect(o.draft?.title).toBe('The Harbour Light');
    expect(o.scenes.map((s) => [s.number, s.status])).toEqual([
      ['1', 'unchanged'],
      ['2', 'unchanged'],
      ['3', 'changed'],
      ['3A', 'added'],
      ['5', 'unchanged'],
      ['6', 'unchanged'],
    ]);
    expect(o.draft?.omitted.map((s) => s.number)).toEqual(['4']);
    expect(o.draft?.sceneCounts).toEqual({ added: 1, changed: 1, unchanged: 4, omitted: 1 });
    // The net is still in the rewritten scene 3, re-anchored on the blue draft's text.
    const net = elementOf(o, 'Net');
    const netTag = o.tags.find((tag) => tag.elementId === net.id);
    expect(netTag).toMatchObject({ current: true, review: null, anchor: { text: 'NET' } });
    const anchor = netTag?.anchor;
    const element = anchor ? o.document?.elements[anchor.elementIndex] : undefined;
    expect(element && 'text' in element ? element.text.slice(anchor?.start, anchor?.end) : '').toBe(
      'NET',
    );
    // The winch was rewritten out of scene 3, the lamp room cut: nothing is lost, all of it waits for review.
    expect(o.review.map((r) => [r.elementName, r.reason, r.sceneNumber]).sort()).toEqual(
      [
        ['Flickers', 'scene-omitted', '4'],
        ['Lens', 'scene-omitted', '4'],
        ['PIET', 'scene-omitted', '4'],
        ['Winch', 'text-not-found', '3'],
      ].sort(),
    );
    // Cast numbers by scene count: Margot is in the most scenes.
    expect(elementOf(o, 'MARGOT').castNumber).toBe(1);
    expect(o.scenes.find((s) => s.number === '2')).toMatchObject({
      set: 'HARBOUR QUAY',
      shootingLocation: 'Port of San Pedro, Berth 57',
      nonSpeaking: [],
    });
    expect(o.scenes.find((s) => s.number === '5')).toMatchObject({
      time: 'CONTINUOUS',
      dayNight: 'night', // carried on from scene 3A
      nonSpeaking: ['TOMAS'],
    });
    expect(o.scenes.find((s) => s.number === '6')?.characters).toEqual([
      'ELENA',
      'MARGOT',
      'TOMAS',
    ]);
  });

  it('keeps every tag that still applies across a revision that cuts, adds, renumbers and edits scenes', async () => {
    const before = await overview();
    const scene2 = before.scenes.find((s) => s.number === '2');
    const active = before.tags.filter((tag) => tag.review === null);
    const onScene2 = active.filter((tag) => tag.sceneId === scene2?.id);
    expect(onScene2.length).toBeGreaterThan(0);

    const imported = await t.call(
      'importDraft',
      {
        params: production(),
        body: {
          fileName: 'harbour-light-pink.fountain',
          content: base64(PINK),
          draftDate: '2026-10-20',
        },
      },
      await t.as('line-producer'),
    );
    expect(imported.ok()).toMatchObject({
      outcome: 'allowed',
      result: {
        number: 3,
        revisionColour: 'pink',
        omitted: 1,
        added: 1,
        tagsKept: active.length - onScene2.length,
        tagsForReview: onScene2.length,
      },
    });

    const after = await overview();
    expect(after.scenes.map((s) => [s.number, s.status, s.previousNumber])).toEqual([
      ['1', 'changed', null],
      ['3', 'unchanged', null],
      ['4', 'unchanged', '3A'],
      ['5', 'unchanged', null],
      ['7', 'unchanged', '6'],
      ['8', 'added', null],
    ]);
    // Same scene identities, so every kept tag is on the same scene, now under its new number.
    for (const tag of active.filter((t) => t.sceneId !== scene2?.id)) {
      const now = after.tags.find((t) => t.id === tag.id);
      expect(now).toMatchObject({ sceneId: tag.sceneId, review: null, current: true });
      expect(now?.anchor?.text ?? null).toBe(tag.anchor?.text ?? null);
    }
    expect(sceneNumbersOf(after, elementOf(after, 'Thermos').id)).toEqual(['7']);
    expect(sceneNumbersOf(after, elementOf(after, 'Radio set').id)).toEqual(['1']);
    for (const tag of onScene2) {
      expect(after.review.find((r) => r.tagId === tag.id)).toMatchObject({
        reason: 'scene-omitted',
        sceneNumber: '2',
      });
    }
  });

  it('settles review items: keep on the sheet, re-mark the text, or remove; a cut scene cannot keep its tag', async () => {
    const lp = await t.as('line-producer');
    const o = await overview();
    const winch = o.review.find((r) => r.elementName === 'Winch');
    const cut = o.review.find((r) => r.reason === 'scene-omitted');
    if (!winch || !cut || !o.draft || !o.document) throw new Error('expected review items');

    const refused = await t.call(
      'resolveTagReview',
      { params: { ...production(), tagId: cut.tagId }, body: { resolution: 'keep-on-sheet' } },
      lp,
    );
    expect(refused.error(409).message).toMatch(/not in the current draft/);

    const scene3 = o.scenes.find((s) => s.number === '3');
    if (!scene3) throw new Error('no scene 3');
    const index = o.document.elements.findIndex(
      (e, i) =>
        i >= scene3.elementStart &&
        i < scene3.elementEnd &&
        'text' in e &&
        e.text.includes('FILLETING KNIFE'),
    );
    const element = o.document.elements[index];
    const start = element && 'text' in element ? element.text.indexOf('NET') : -1;
    const remarked = await t.call(
      'resolveTagReview',
      {
        params: { ...production(), tagId: winch.tagId },
        body: {
          resolution: 'reanchor',
          draftId: o.draft.id,
          sceneId: scene3.id,
          anchor: { elementIndex: index, start, end: start + 3 },
        },
      },
      lp,
    );
    expect(remarked.ok()).toMatchObject({ outcome: 'allowed' });
    const removed = await t.call(
      'resolveTagReview',
      { params: { ...production(), tagId: cut.tagId }, body: { resolution: 'remove' } },
      lp,
    );
    expect(removed.ok()).toMatchObject({ outcome: 'allowed' });

    const after = await overview();
    expect(after.review.map((r) => r.tagId)).not.toContain(winch.tagId);
    expect(after.review.map((r) => r.tagId)).not.toContain(cut.tagId);
    expect(after.tags.find((tag) => tag.id === winch.tagId)).toMatchObject({
      review: null,
      current: true,
      anchor: { text: 'NET' },
    });
    expect(after.tags.find((tag) => tag.id === cut.tagId)).toBeUndefined();
  });

  it('tags a span as an element, refuses a span outside the scene and a stale draft, and untags', async () => {
    const lp = await t.as('line-producer');
    const o = await overview();
    const scene = o.scenes.find((s) => s.number === '8');
    if (!scene || !o.draft || !o.document) throw new Error('no scene 8');
    const index = o.document.elements.findIndex(
      (e, i) => i >= scene.elementStart && 'text' in e && e.text.includes('photographs'),
    );
    const element = o.document.elements[index];
    const start = element && 'text' in element ? element.text.indexOf('photographs') : -1;
    const tagged = await t.call(
      'tagElements',
      {
        params: production(),
        body: {
          draftId: o.draft.id,
          tags: [
            {
              sceneId: scene.id,
              anchor: { elementIndex: index, start, end: start + 'photographs'.length },
              category: 'camera',
              name: 'Stills camera',
            },
          ],
        },
      },
      lp,
    );
    const result = tagged.ok();
    expect(result.outcome).toBe('allowed');
    const after = await overview();
    const camera = elementOf(after, 'Stills camera');
    expect(camera.category).toBe('camera');
    expect(sceneNumbersOf(after, camera.id)).toEqual(['8']);

    const outside = await t.call(
      'tagElements',
      {
        params: production(),
        body: {
          draftId: o.draft.id,
          tags: [
            {
              sceneId: scene.id,
              anchor: { elementIndex: 0, start: 0, end: 3 },
              category: 'props',
              name: 'X',
            },
          ],
        },
      },
      lp,
    );
    expect(outside.error(400).message).toMatch(/not in scene 8/);
    const stale = await t.call(
      'tagElements',
      {
        params: production(),
        body: {
          draftId: o.drafts[1]?.id ?? '',
          tags: [{ sceneId: scene.id, category: 'props', name: 'Y' }],
        },
      },
      lp,
    );
    expect(stale.error(409).message).toMatch(/newer draft/);

    const tag = after.tags.find((tg) => tg.elementId === camera.id);
    const untagged = await t.call(
      'removeTag',
      { params: { ...production(), tagId: tag?.id ?? '' } },
      lp,
    );
    expect(untagged.ok()).toMatchObject({ outcome: 'allowed' });
    expect((await overview()).tags.find((tg) => tg.id === tag?.id)).toBeUndefined();
  });

  it('lets a department head tag only their own department’s categories', async () => {
    const dh = await t.as('department-head'); // camera
    const o = await overview();
    const scene = o.scenes[0];
    if (!scene || !o.draft) throw new Error('no scenes');
    const tag = (category: 'camera' | 'props', name: string) =>
      t.call(
        'tagElements',
        {
          params: production(),
          body: { draftId: o.draft?.id ?? '', tags: [{ sceneId: scene.id, category, name }] },
        },
        dh,
      );
    expect((await tag('camera', 'Rain deflector')).ok()).toMatchObject({ outcome: 'allowed' });
    expect((await tag('props', 'Umbrella')).error(403).message).toBeTruthy();
  });

  it('refuses a file it cannot read, with its diagnostics, and writes nothing', async () => {
    const before = await overview();
    const broken = await t.call(
      'importDraft',
      {
        params: production(),
        body: { fileName: 'draft.fdx', content: base64('<FinalDraft><Content><Paragraph') },
      },
      await t.as('line-producer'),
    );
    const error = broken.error(400);
    expect(error.message).toMatch(/draft\.fdx could not be read/);
    expect(error.details).toMatchObject({
      diagnostics: [expect.objectContaining({ severity: 'error' })],
    });
    const noScenes = await t.call(
      'importDraft',
      {
        params: production(),
        body: { fileName: 'notes.txt', content: base64('Just some notes.\n') },
      },
      await t.as('line-producer'),
    );
    expect(noScenes.error(400).message).toMatch(/no scene headings/);
    expect((await overview()).drafts).toHaveLength(before.drafts.length);
  });

  it('routes an import by the production manager to the producer, and imports on approval', async () => {
    const pm = await t.as('production-manager');
    const requested = await t.call(
      'importDraft',
      {
        params: production(),
        body: { fileName: 'pm-draft.fountain', content: base64(PINK), revisionColour: 'yellow' },
      },
      pm,
    );
    const result = requested.ok();
    if (result.outcome !== 'approval-requested') throw new Error('expected a request');
    const before = (await overview()).drafts.length;
    const approved = await t.call(
      'approve',
      { params: { requestId: result.request.id }, body: {} },
      await t.as('producer'),
    );
    expect(approved.status).toBe(200);
    const after = await overview();
    expect(after.drafts).toHaveLength(before + 1);
    expect(after.draft).toMatchObject({ revisionColour: 'yellow', fileName: 'pm-draft.fountain' });
    expect(after.draft?.sceneCounts).toMatchObject({ added: 0, changed: 0, omitted: 0 });
  });

  it('numbers the cast, maps sets, and gives sheets, element lists, CSV, XLSX and PDF', async () => {
    const lp = await t.as('line-producer');
    const sheets = (await t.call('breakdownSheets', { params: production() }, lp)).ok().sheets;
    const first = sheets[0];
    expect(first).toMatchObject({
      sceneNumber: '1',
      set: 'HARBOUR OFFICE',
      pages: expect.any(String),
    });
    expect(first?.categories.find((c) => c.category === 'cast')?.items.map((i) => i.label)).toEqual(
      ['1. MARGOT', expect.stringMatching(/^\d+\. TOMAS$/)],
    );
    const lists = (await t.call('elementLists', { params: production() }, lp)).ok();
    expect(lists.cast.map((c) => c.castNumber)).toEqual(
      [...lists.cast.map((c) => c.castNumber)].sort((a, b) => (a ?? 99) - (b ?? 99)),
    );
    expect(lists.sets.find((s) => s.name === 'HARBOUR OFFICE')).toMatchObject({
      shootingLocation: 'Port of San Pedro, Berth 57 office',
      sceneNumbers: ['1', '7'],
    });
    const mapped = await t.call(
      'setShootingLocation',
      { params: production(), body: { set: 'breakwater', shootingLocation: 'Cabrillo Beach' } },
      lp,
    );
    expect(mapped.ok()).toMatchObject({ outcome: 'allowed' });

    for (const [route, type, starts] of [
      ['sceneListCsv', 'text/csv; charset=utf-8', 'Scene'],
      ['elementListCsv', 'text/csv; charset=utf-8', 'Category'],
    ] as const) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/productions/${t.productionId}/${route === 'sceneListCsv' ? 'script/scenes.csv' : 'breakdown/elements.csv'}`,
        headers: { cookie: lp.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.body.replace(/^\uFEFF/, '').startsWith(starts)).toBe(true);
      if (route === 'sceneListCsv') expect(response.body).toContain('Cabrillo Beach');
    }
    for (const path of ['script/scenes.xlsx', 'breakdown/elements.xlsx', 'breakdown/sheets.pdf']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/productions/${t.productionId}/${path}`,
        headers: { cookie: lp.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.subarray(0, 4).toString('latin1')).toBe(
        path.endsWith('.pdf') ? '%PDF' : 'PK\u0003\u0004',
      );
    }
  });

  it('hides the script from strangers with a 404, and lets the cast read it', async () => {
    const cast = await t.as('cast');
    expect((await t.call('script', { params: production() }, cast)).status).toBe(200);
    await createUser(t.deps, {
      email: 'script-stranger@elsewhere.example',
      name: 'Sam Stranger',
      password: 'a long enough password',
      isAdmin: false,
    });
    const stranger = await t.signIn('script-stranger@elsewhere.example', 'a long enough password');
    expect((await t.call('script', { params: production() }, stranger)).error(404).code).toBe(
      'not-found',
    );
    const o = await overview();
    const imported = await t.call(
      'importDraft',
      { params: production(), body: { fileName: 'x.fountain', content: base64(PINK) } },
      stranger,
    );
    expect(imported.status).toBe(404);
    expect((await overview()).drafts).toHaveLength(o.drafts.length);
  });
});
