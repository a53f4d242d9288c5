import { calendarDate, instant, type DraftScene, type ScriptDocument } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const DOCUMENT: ScriptDocument = {
  titlePage: [{ key: 'Title', values: ['Low Tide'] }],
  elements: [
    { type: 'scene-heading', text: 'INT. BOATHOUSE - NIGHT', sceneNumber: '1', line: 1 },
    { type: 'action', text: 'A LANTERN swings.', centered: false, line: 3 },
    { type: 'scene-heading', text: 'EXT. JETTY - DAY', sceneNumber: '2A', line: 5 },
    { type: 'character', name: 'RUTH', text: 'RUTH (O.S.)', extensions: ['O.S.'], dual: null },
    { type: 'dialogue', text: 'Tide’s turning.', line: 8 },
  ],
};

const sceneOf = (id: string, number: string, overrides: Partial<DraftScene> = {}): DraftScene => ({
  id,
  number,
  heading: 'INT. BOATHOUSE - NIGHT',
  intExt: 'INT',
  location: 'BOATHOUSE',
  time: 'NIGHT',
  pageStart: 1,
  eighths: 3,
  characters: [],
  synopsis: null,
  elementIndex: 0,
  status: 'added',
  previousNumber: null,
  ...overrides,
});

describe(`scripts and breakdown repositories on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  const draftInput = async (scriptId: string) => ({
    scriptId,
    title: 'Low Tide',
    revisionColour: 'white',
    draftDate: calendarDate('2026-11-02'),
    fileName: 'low-tide.fountain',
    format: 'fountain' as const,
    document: DOCUMENT,
    diagnostics: [{ severity: 'warning' as const, message: 'odd', line: 4 }],
    omitted: [],
    importedBy: (await seedPerson(repos)).id,
    importedAt: instant('2026-11-02T10:00:00Z'),
  });

  it('keeps one script per production, numbers its drafts, and reads them back whole', async () => {
    const production = await seedProduction(repos);
    expect(await repos.scripts.findScriptId(production.id)).toBeNull();
    const scriptId = await repos.scripts.ensureScript(production.id);
    expect(await repos.scripts.ensureScript(production.id)).toBe(scriptId);

    const first = await repos.scripts.createDraft(await draftInput(scriptId));
    const second = await repos.scripts.createDraft({
      ...(await draftInput(scriptId)),
      revisionColour: 'blue',
      omitted: [{ sceneId: '00000000-0000-4000-8000-000000000001', number: '3', heading: 'X' }],
    });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(await repos.scripts.latestDraft(scriptId)).toMatchObject({
      id: second.id,
      revisionColour: 'blue',
      document: DOCUMENT,
      draftDate: '2026-11-02',
      importedAt: '2026-11-02T10:00:00.000Z',
      diagnostics: [{ severity: 'warning', message: 'odd', line: 4 }],
      omitted: [{ number: '3' }],
    });
    expect((await repos.scripts.listDrafts(scriptId)).map((d) => d.number)).toEqual([2, 1]);
    expect(await repos.scripts.getDraft(first.id)).toMatchObject({ number: 1, document: DOCUMENT });
    expect(await repos.scripts.getDraft('not-a-uuid')).toBeNull();
  });

  it('saves a draft’s scenes in order with their identities, and counts their statuses', async () => {
    const production = await seedProduction(repos);
    const scriptId = await repos.scripts.ensureScript(production.id);
    const draft = await repos.scripts.createDraft(await draftInput(scriptId));
    const [a, b] = await repos.scripts.createSceneIds(scriptId, 2);
    if (!a || !b) throw new Error('no scene ids');
    const scenes = [
      sceneOf(a, '1', { characters: ['RUTH'], status: 'unchanged' }),
      sceneOf(b, '2A', {
        heading: 'EXT. JETTY - DAY',
        intExt: 'EXT',
        location: 'JETTY',
        time: 'DAY',
        elementIndex: 2,
        status: 'changed',
        previousNumber: '2',
        synopsis: 'Ruth waits.',
      }),
    ];
    await repos.scripts.saveDraftScenes(draft.id, scenes);
    expect(await repos.scripts.listDraftScenes(draft.id)).toEqual(scenes);
    expect(await repos.scripts.countSceneStatuses(scriptId)).toEqual(
      new Map([[draft.id, { added: 0, changed: 1, unchanged: 1 }]]),
    );
  });

  it('names elements once per category regardless of case, keeps cast numbers unique, and anchors tags', async () => {
    const production = await seedProduction(repos);
    const scriptId = await repos.scripts.ensureScript(production.id);
    const draft = await repos.scripts.createDraft(await draftInput(scriptId));
    const [sceneId] = await repos.scripts.createSceneIds(scriptId, 1);
    if (!sceneId) throw new Error('no scene id');

    const lantern = await repos.breakdown.createElement(scriptId, {
      category: 'props',
      name: ' Lantern ',
    });
    expect(lantern).toEqual({
      id: expect.any(String),
      category: 'props',
      name: 'Lantern',
      castNumber: null,
    });
    expect(await repos.breakdown.findElement(scriptId, 'props', 'LANTERN')).toEqual(lantern);
    expect(await repos.breakdown.findElement(scriptId, 'set-dressing', 'Lantern')).toBeNull();
    await expect(
      repos.breakdown.createElement(scriptId, { category: 'props', name: 'lantern' }),
    ).rejects.toMatchObject({ code: 'conflict' });

    const ruth = await repos.breakdown.createElement(scriptId, { category: 'cast', name: 'RUTH' });
    const olaf = await repos.breakdown.createElement(scriptId, { category: 'cast', name: 'OLAF' });
    await repos.breakdown.updateElement(scriptId, ruth.id, { castNumber: 1 });
    await expect(
      repos.breakdown.updateElement(scriptId, olaf.id, { castNumber: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });

    const anchor = { elementIndex: 1, start: 2, end: 9, text: 'LANTERN' };
    const tag = await repos.breakdown.createTag({
      elementId: lantern.id,
      sceneId,
      draftId: draft.id,
      anchor,
    });
    const onSheet = await repos.breakdown.createTag({
      elementId: ruth.id,
      sceneId,
      draftId: null,
      anchor: null,
    });
    expect(await repos.breakdown.listTags(scriptId)).toEqual([
      { id: tag.id, elementId: lantern.id, sceneId, draftId: draft.id, anchor, review: null },
      { id: onSheet.id, elementId: ruth.id, sceneId, draftId: null, anchor: null, review: null },
    ]);
    await repos.breakdown.markForReview(tag.id, 'text-not-found');
    expect(await repos.breakdown.getTag(scriptId, tag.id)).toMatchObject({
      review: 'text-not-found',
    });
    await repos.breakdown.reanchorTag(tag.id, { sceneId, draftId: null, anchor: null });
    expect(await repos.breakdown.getTag(scriptId, tag.id)).toMatchObject({
      review: null,
      anchor: null,
      draftId: null,
    });
    await repos.breakdown.deleteElement(scriptId, lantern.id);
    expect((await repos.breakdown.listTags(scriptId)).map((t) => t.id)).toEqual([onSheet.id]);
  });

  it('maps sets to shooting locations, replaces and clears them', async () => {
    const production = await seedProduction(repos);
    const scriptId = await repos.scripts.ensureScript(production.id);
    await repos.breakdown.setShootingLocation(scriptId, 'JETTY', 'Pier 4');
    await repos.breakdown.setShootingLocation(scriptId, 'JETTY', ' Pier 5 ');
    await repos.breakdown.setShootingLocation(scriptId, 'BOATHOUSE', 'Stage 2');
    expect(await repos.breakdown.listShootingLocations(scriptId)).toEqual(
      new Map([
        ['BOATHOUSE', 'Stage 2'],
        ['JETTY', 'Pier 5'],
      ]),
    );
    await repos.breakdown.setShootingLocation(scriptId, 'JETTY', null);
    expect([...(await repos.breakdown.listShootingLocations(scriptId)).keys()]).toEqual([
      'BOATHOUSE',
    ]);
  });
});
