import type {
  ImportDraftRequest,
  ScriptDraftDto,
  ScriptOverviewDto,
  SuggestionDto,
} from '@greenlight/contract';
import {
  BREAKDOWN_CATEGORIES,
  BREAKDOWN_CATEGORY_INFO,
  dayOrNight,
  buildSceneListTable,
  DomainError,
  formatEighths,
  isRevisionColour,
  nextRevisionColour,
  nonSpeakingCharacters,
  REVISION_COLOUR_INFO,
  REVISION_COLOURS,
  sceneElementRange,
  setNameOf,
  suggestElements,
  totalEighths,
  type DraftScene,
  type ProductionId,
  type RevisionColour,
  type ScriptDocument,
  type ScriptDraftSummary,
} from '@greenlight/domain';
import { importScript } from '@greenlight/importers';
import { writeCsv, writeXlsx } from '@greenlight/spreadsheet';
import { activeTags, loadBreakdown, type LoadedBreakdown } from './load-breakdown.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, personOf, readOnly, todayFor, type ServiceContext } from './service-context.js';

/**
 * Imports a draft: the file is read here (a file that cannot be read is refused with its diagnostics and
 * nothing is written), then the import is an action like any other — done at once, or routed for approval
 * with the parsed draft in the request, so an approval days later imports exactly what was sent.
 */
export const importDraft = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: ImportDraftRequest,
): Promise<TakeActionResult> => {
  const bytes = new Uint8Array(Buffer.from(input.content, 'base64'));
  const imported = await importScript(bytes, input.fileName);
  const errors = imported.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new DomainError(
      'validation',
      `${input.fileName} could not be read: ${errors.map((d) => d.message).join(' ')}`,
      { diagnostics: imported.diagnostics },
    );
  }
  const scenes = imported.document.elements.filter((e) => e.type === 'scene-heading').length;
  if (scenes === 0) {
    throw new DomainError(
      'validation',
      `${input.fileName} has no scene headings (INT. / EXT.), so there is nothing to break down.`,
      { diagnostics: imported.diagnostics },
    );
  }
  if (input.revisionColour !== undefined && !isRevisionColour(input.revisionColour)) {
    throw new DomainError(
      'validation',
      `${input.revisionColour} is not a revision colour; use one of ${REVISION_COLOURS.join(', ')}`,
      { field: 'revisionColour' },
    );
  }
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const scriptId = await repos.scripts.findScriptId(productionId);
  const drafts = scriptId === null ? [] : await repos.scripts.listDrafts(scriptId);
  const colour = input.revisionColour ?? nextColour(drafts);
  const title = titleOf(imported.document);
  return takeAction(context, {
    productionId,
    action: 'script.import-draft',
    summary: `Import ${input.fileName} as the ${REVISION_COLOUR_INFO[colour].label.toLowerCase()} ${drafts.length === 0 ? 'draft' : 'revision'} (${scenes} scenes)`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'import-script-draft' as const,
        importedBy: personOf(context),
        fileName: input.fileName,
        format: imported.format,
        title,
        revisionColour: colour,
        draftDate: input.draftDate ?? todayFor(context.deps, production),
        document: imported.document,
        diagnostics: imported.diagnostics,
        importedTags: imported.tags,
      }),
  });
};

/** The colour after the newest draft's; white for the first. */
const nextColour = (drafts: readonly ScriptDraftSummary[]): RevisionColour =>
  nextRevisionColour(
    [...drafts]
      .sort((a, b) => a.number - b.number)
      .map((draft) => draft.revisionColour)
      .filter(isRevisionColour),
  );

const titleOf = (document: ScriptDocument): string | null => {
  const field = document.titlePage.find((f) => f.key.toLowerCase() === 'title');
  return field === undefined || field.values.length === 0 ? null : field.values.join(' ');
};

export const scriptOverview = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<ScriptOverviewDto> => {
  const repos = readOnly(context.deps);
  const loaded = await loadBreakdown(repos, productionId);
  const categories = BREAKDOWN_CATEGORIES.map((id) => {
    const info = BREAKDOWN_CATEGORY_INFO[id];
    return {
      id,
      label: info.label,
      colour: info.colour,
      mark: info.mark,
      department: info.department,
    };
  });
  if (loaded === null) {
    return {
      draft: null,
      drafts: [],
      document: null,
      scenes: [],
      totalEighths: 0,
      totalPages: formatEighths(0),
      elements: [],
      tags: [],
      review: [],
      categories,
      nextRevision: { colour: 'white', label: REVISION_COLOUR_INFO.white.label },
    };
  }
  const people = await repos.people.listByProduction(productionId);
  const names = new Map(people.map((p) => [p.id as string, p.name]));
  const scenes = sceneDtos(loaded);
  const active = activeTags(loaded);
  const sceneCount = new Map<string, Set<string>>();
  for (const tag of active) {
    const set = sceneCount.get(tag.elementId) ?? new Set<string>();
    set.add(tag.sceneId);
    sceneCount.set(tag.elementId, set);
  }
  const next = nextColour(loaded.drafts);
  const elementsById = new Map(loaded.elements.map((e) => [e.id, e]));
  const review = await reviewItems(repos, loaded);
  return {
    draft: draftDto(loaded.drafts[0] ?? loaded.draft, names, loaded.sceneCounts),
    drafts: loaded.drafts.map((d) => draftDto(d, names, loaded.sceneCounts)),
    document: loaded.draft.document as ScriptOverviewDto['document'],
    scenes,
    totalEighths: totalEighths(loaded.scenes),
    totalPages: formatEighths(totalEighths(loaded.scenes)),
    elements: loaded.elements.map((element) => ({
      ...element,
      sceneCount: sceneCount.get(element.id)?.size ?? 0,
    })),
    tags: loaded.tags
      .filter((tag) => elementsById.has(tag.elementId))
      .map((tag) => ({
        id: tag.id,
        elementId: tag.elementId,
        sceneId: tag.sceneId,
        anchor: tag.anchor,
        current: tag.anchor === null || tag.draftId === loaded.draft.id,
        review: tag.review,
      })),
    review,
    categories,
    nextRevision: { colour: next, label: REVISION_COLOUR_INFO[next].label },
  };
};

/**
 * Tags left for review, with the scene they were on as the draft they were tagged on had it (an omitted
 * scene is no longer in the current draft).
 */
const reviewItems = async (
  repos: ReturnType<typeof readOnly>,
  loaded: LoadedBreakdown,
): Promise<ScriptOverviewDto['review']> => {
  const waiting = loaded.tags.filter((tag) => tag.review !== null);
  if (waiting.length === 0) return [];
  const elementsById = new Map(loaded.elements.map((e) => [e.id, e]));
  const scenesByDraft = new Map<string, Map<string, DraftScene>>();
  const sceneOf = async (draftId: string | null, sceneId: string): Promise<DraftScene | null> => {
    const current = loaded.scenes.find((scene) => scene.id === sceneId);
    if (draftId === null) return current ?? null;
    let scenes = scenesByDraft.get(draftId);
    if (scenes === undefined) {
      scenes = new Map((await repos.scripts.listDraftScenes(draftId)).map((s) => [s.id, s]));
      scenesByDraft.set(draftId, scenes);
    }
    return scenes.get(sceneId) ?? current ?? null;
  };
  const omittedById = new Map(
    loaded.drafts.flatMap((draft) => draft.omitted.map((o) => [o.sceneId, o] as const)),
  );
  const items: ScriptOverviewDto['review'] = [];
  for (const tag of waiting) {
    const element = elementsById.get(tag.elementId);
    if (element === undefined || tag.review === null) continue;
    const scene = await sceneOf(tag.draftId, tag.sceneId);
    const omitted = omittedById.get(tag.sceneId);
    items.push({
      tagId: tag.id,
      elementId: element.id,
      elementName: element.name,
      category: element.category,
      reason: tag.review,
      sceneId: tag.sceneId,
      sceneNumber: scene?.number ?? omitted?.number ?? '',
      sceneHeading: scene?.heading ?? omitted?.heading ?? '',
      text: tag.anchor?.text ?? null,
    });
  }
  return items;
};

const draftDto = (
  draft: ScriptDraftSummary,
  names: ReadonlyMap<string, string>,
  counts: LoadedBreakdown['sceneCounts'],
): ScriptDraftDto => {
  const scenes = counts.get(draft.id) ?? { added: 0, changed: 0, unchanged: 0 };
  const colour = isRevisionColour(draft.revisionColour) ? draft.revisionColour : 'white';
  const info = REVISION_COLOUR_INFO[colour];
  return {
    id: draft.id,
    number: draft.number,
    title: draft.title,
    revisionColour: draft.revisionColour,
    revisionLabel: draft.number === 1 ? `${info.label} draft` : `${info.label} revision`,
    revisionHex: info.hex,
    draftDate: draft.draftDate,
    fileName: draft.fileName,
    format: draft.format,
    importedByName: names.get(draft.importedBy) ?? '',
    importedAt: draft.importedAt,
    diagnostics: draft.diagnostics.map((d) => ({ ...d })),
    sceneCounts: { ...scenes, omitted: draft.omitted.length },
    omitted: draft.omitted.map((o) => ({ ...o })),
  };
};

export const sceneDtos = (loaded: LoadedBreakdown): ScriptOverviewDto['scenes'] => {
  const nonSpeaking = nonSpeakingCharacters(loaded.draft.document, loaded.scenes);
  const elementsById = new Map(loaded.elements.map((e) => [e.id, e]));
  const castByScene = new Map<string, Set<number>>();
  for (const tag of activeTags(loaded)) {
    const number = elementsById.get(tag.elementId)?.castNumber;
    if (number === null || number === undefined) continue;
    const set = castByScene.get(tag.sceneId) ?? new Set<number>();
    set.add(number);
    castByScene.set(tag.sceneId, set);
  }
  const light = dayOrNight(loaded.scenes);
  return loaded.scenes.map((scene, index) => {
    const range = sceneElementRange(loaded.draft.document, scene);
    return {
      id: scene.id,
      number: scene.number,
      heading: scene.heading,
      intExt: scene.intExt,
      set: setNameOf(scene),
      time: scene.time,
      dayNight: light[index] ?? 'day',
      pageStart: scene.pageStart,
      eighths: scene.eighths,
      pages: formatEighths(scene.eighths),
      characters: [...scene.characters],
      nonSpeaking: [...(nonSpeaking.get(scene.id) ?? [])],
      synopsis: scene.synopsis,
      elementStart: range.start,
      elementEnd: range.end,
      status: scene.status,
      previousNumber: scene.previousNumber,
      castNumbers: [...(castByScene.get(scene.id) ?? [])].sort((a, b) => a - b),
      shootingLocation: loaded.locations.get(setNameOf(scene)) ?? null,
    };
  });
};

export const suggestions = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<{ draftId: string | null; suggestions: SuggestionDto[] }> => {
  const loaded = await loadBreakdown(readOnly(context.deps), productionId);
  if (loaded === null) return { draftId: null, suggestions: [] };
  return {
    draftId: loaded.draft.id,
    suggestions: suggestElements(
      loaded.draft.document,
      loaded.scenes,
      loaded.elements,
      activeTags(loaded),
    ).map((s) => ({ ...s, anchor: { ...s.anchor } })),
  };
};

const mustHaveScript = (loaded: LoadedBreakdown | null): LoadedBreakdown => {
  if (loaded === null) throw new DomainError('not-found', 'The production has no script yet');
  return loaded;
};

const sceneListTable = (loaded: LoadedBreakdown) =>
  buildSceneListTable(
    sceneDtos(loaded).map((scene) => ({
      number: scene.number,
      heading: scene.heading,
      intExt: scene.intExt,
      set: scene.set,
      time: scene.time,
      pageStart: scene.pageStart,
      eighths: scene.eighths,
      castNumbers: scene.castNumbers,
      synopsis: scene.synopsis,
      status: scene.status,
      shootingLocation: scene.shootingLocation,
    })),
  );

export const sceneListCsv = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> => {
  const loaded = mustHaveScript(await loadBreakdown(readOnly(context.deps), productionId));
  return new TextEncoder().encode(writeCsv(sceneListTable(loaded)));
};

export const sceneListXlsx = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> => {
  const loaded = mustHaveScript(await loadBreakdown(readOnly(context.deps), productionId));
  return writeXlsx([sceneListTable(loaded)]);
};

export { mustHaveScript };
