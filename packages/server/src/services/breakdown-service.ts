import type {
  BreakdownSheetDto,
  ElementListsDto,
  ResolveTagReviewRequest,
  SetShootingLocationRequest,
  TagElementsRequest,
  UpdateElementRequest,
} from '@greenlight/contract';
import {
  BREAKDOWN_CATEGORY_INFO,
  buildBreakdownSheets,
  buildCastList,
  buildElementLists,
  buildElementListTable,
  deriveSets,
  DomainError,
  formatEighths,
  REVISION_COLOUR_INFO,
  isRevisionColour,
  sceneElementRange,
  setNameOf,
  type BreakdownCategory,
  type Department,
  type ProductionId,
  type ScriptDocument,
  type TextAnchor,
} from '@greenlight/domain';
import { renderBreakdownSheetsPdf } from '@greenlight/pdf';
import { writeCsv, writeXlsx } from '@greenlight/spreadsheet';
import { activeTags, loadBreakdown, type LoadedBreakdown } from './load-breakdown.js';
import { mustHaveScript } from './script-service.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, readOnly, type ServiceContext } from './service-context.js';

const departmentOf = (category: BreakdownCategory): Department =>
  BREAKDOWN_CATEGORY_INFO[category].department;

/** The department every item concerns, when they share one (so a department head can tag their own). */
const sharedDepartment = (categories: readonly BreakdownCategory[]): Department | undefined => {
  const departments = new Set(categories.map(departmentOf));
  return departments.size === 1 ? [...departments][0] : undefined;
};

const loadOrFail = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<LoadedBreakdown> =>
  mustHaveScript(await loadBreakdown(readOnly(context.deps), productionId));

/** The span of the current draft an anchor names, checked to lie inside the scene and the element's text. */
const resolveAnchor = (
  document: ScriptDocument,
  scene: { readonly elementIndex: number; readonly number: string },
  anchor: { readonly elementIndex: number; readonly start: number; readonly end: number },
): TextAnchor => {
  const range = sceneElementRange(document, scene);
  const element = document.elements[anchor.elementIndex];
  if (anchor.elementIndex < range.start || anchor.elementIndex >= range.end || !element) {
    throw new DomainError('validation', `That text is not in scene ${scene.number}`, {
      field: 'anchor',
    });
  }
  const text = 'text' in element ? element.text : '';
  if (anchor.end > text.length || anchor.start >= anchor.end) {
    throw new DomainError('validation', 'The span runs past the end of the text it marks', {
      field: 'anchor',
    });
  }
  return { ...anchor, text: text.slice(anchor.start, anchor.end) };
};

export const tagElements = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: TagElementsRequest,
): Promise<TakeActionResult> => {
  const loaded = await loadOrFail(context, productionId);
  if (loaded.draft.id !== input.draftId) {
    throw new DomainError(
      'conflict',
      'A newer draft of the script has been imported since; tag the text of the current draft',
    );
  }
  const scenes = new Map(loaded.scenes.map((scene) => [scene.id, scene]));
  const elements = new Map(loaded.elements.map((element) => [element.id, element]));
  const tags = input.tags.map((item) => {
    const scene = mustFind(scenes.get(item.sceneId), 'scene in the current draft');
    const existing = item.elementId === undefined ? undefined : elements.get(item.elementId);
    if (item.elementId !== undefined && existing === undefined) {
      throw new DomainError('not-found', 'No such breakdown element');
    }
    const category = existing?.category ?? item.category;
    const name = existing?.name ?? item.name?.trim();
    if (category === undefined || name === undefined || name === '') {
      throw new DomainError('validation', 'Give the element a category and a name');
    }
    return {
      sceneId: scene.id,
      anchor:
        item.anchor === undefined ? null : resolveAnchor(loaded.draft.document, scene, item.anchor),
      elementId: existing?.id ?? null,
      category,
      name,
      sceneNumber: scene.number,
    };
  });
  const department = sharedDepartment(tags.map((t) => t.category));
  const first = tags[0];
  const summary =
    tags.length === 1 && first
      ? `Tag ${first.name} (${BREAKDOWN_CATEGORY_INFO[first.category].label.toLowerCase()}) in scene ${first.sceneNumber}`
      : `Tag ${tags.length} breakdown elements`;
  return takeAction(context, {
    productionId,
    action: 'breakdown.edit',
    ...(department === undefined ? {} : { department }),
    summary,
    buildEffect: () =>
      Promise.resolve({
        kind: 'tag-elements' as const,
        draftId: loaded.draft.id,
        tags: tags.map(({ sceneNumber: _sceneNumber, ...tag }) => tag),
      }),
  });
};

/** A tag and the element it names, or not found. */
const tagAndElement = (loaded: LoadedBreakdown, tagId: string) => {
  const tag = mustFind(
    loaded.tags.find((t) => t.id === tagId),
    'tag',
  );
  const element = mustFind(
    loaded.elements.find((e) => e.id === tag.elementId),
    'breakdown element',
  );
  return { tag, element };
};

export const removeTag = async (
  context: ServiceContext,
  productionId: ProductionId,
  tagId: string,
): Promise<TakeActionResult> => {
  const loaded = await loadOrFail(context, productionId);
  const { tag, element } = tagAndElement(loaded, tagId);
  const scene = loaded.scenes.find((s) => s.id === tag.sceneId);
  return takeAction(context, {
    productionId,
    action: 'breakdown.edit',
    department: departmentOf(element.category),
    summary: `Untag ${element.name}${scene ? ` in scene ${scene.number}` : ''}`,
    buildEffect: () => Promise.resolve({ kind: 'remove-tag' as const, tagId: tag.id }),
  });
};

export const resolveTagReview = async (
  context: ServiceContext,
  productionId: ProductionId,
  tagId: string,
  input: ResolveTagReviewRequest,
): Promise<TakeActionResult> => {
  const loaded = await loadOrFail(context, productionId);
  const { tag, element } = tagAndElement(loaded, tagId);
  if (tag.review === null) {
    throw new DomainError('conflict', 'That tag is not waiting for review');
  }
  let place: { draftId: string; sceneId: string; anchor: TextAnchor } | null = null;
  if (input.resolution === 'reanchor') {
    if (input.draftId !== loaded.draft.id) {
      throw new DomainError(
        'conflict',
        'A newer draft of the script has been imported since; mark the text of the current draft',
      );
    }
    const scene = mustFind(
      loaded.scenes.find((s) => s.id === input.sceneId),
      'scene in the current draft',
    );
    place = {
      draftId: loaded.draft.id,
      sceneId: scene.id,
      anchor: resolveAnchor(loaded.draft.document, scene, input.anchor),
    };
  }
  const verb = { remove: 'Remove', 'keep-on-sheet': 'Keep', reanchor: 'Re-mark' }[input.resolution];
  return takeAction(context, {
    productionId,
    action: 'breakdown.edit',
    department: departmentOf(element.category),
    summary: `${verb} the tag of ${element.name} left for review by a revision`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'resolve-tag-review' as const,
        tagId: tag.id,
        resolution: input.resolution,
        place,
      }),
  });
};

export const updateElement = async (
  context: ServiceContext,
  productionId: ProductionId,
  elementId: string,
  input: UpdateElementRequest,
): Promise<TakeActionResult> => {
  const loaded = await loadOrFail(context, productionId);
  const element = mustFind(
    loaded.elements.find((e) => e.id === elementId),
    'breakdown element',
  );
  if (input.castNumber !== undefined && input.castNumber !== null && element.category !== 'cast') {
    throw new DomainError('validation', 'Only cast members have cast numbers', {
      field: 'castNumber',
    });
  }
  const changes = [
    input.name === undefined ? null : `rename to ${input.name}`,
    input.castNumber === undefined
      ? null
      : input.castNumber === null
        ? 'clear the cast number'
        : `cast number ${input.castNumber}`,
  ].filter((c): c is string => c !== null);
  return takeAction(context, {
    productionId,
    action: 'breakdown.edit',
    department: departmentOf(element.category),
    summary: `${element.name}: ${changes.join(', ')}`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'update-element' as const,
        elementId: element.id,
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.castNumber === undefined ? {} : { castNumber: input.castNumber }),
      }),
  });
};

export const numberCast = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<TakeActionResult> => {
  await loadOrFail(context, productionId);
  return takeAction(context, {
    productionId,
    action: 'breakdown.edit',
    department: departmentOf('cast'),
    summary: 'Number the cast',
    buildEffect: () => Promise.resolve({ kind: 'number-cast' as const }),
  });
};

export const setShootingLocation = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: SetShootingLocationRequest,
): Promise<TakeActionResult> => {
  const loaded = await loadOrFail(context, productionId);
  const set = setNameOf({ location: input.set });
  if (!deriveSets(loaded.scenes).some((s) => s.name === set)) {
    throw new DomainError('not-found', `The script has no set called ${set}`);
  }
  const location = input.shootingLocation?.trim() || null;
  return takeAction(context, {
    productionId,
    action: 'breakdown.edit',
    department: 'locations',
    summary:
      location === null ? `Clear the shooting location of ${set}` : `Shoot ${set} at ${location}`,
    buildEffect: () =>
      Promise.resolve({ kind: 'set-shooting-location' as const, set, shootingLocation: location }),
  });
};

// ---- Reports -------------------------------------------------------------------------------------------

const sheetsOf = (loaded: LoadedBreakdown) =>
  buildBreakdownSheets(loaded.scenes, loaded.elements, activeTags(loaded), loaded.locations);

export const breakdownSheets = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<{ sheets: BreakdownSheetDto[] }> => {
  const loaded = await loadBreakdown(readOnly(context.deps), productionId);
  if (loaded === null) return { sheets: [] };
  return { sheets: sheetsOf(loaded).map(toSheetDto) };
};

const toSheetDto = (sheet: ReturnType<typeof sheetsOf>[number]): BreakdownSheetDto => ({
  ...sheet,
  categories: sheet.categories.map((c) => ({ ...c, items: c.items.map((i) => ({ ...i })) })),
});

export const breakdownSheetsPdf = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const loaded = mustHaveScript(await loadBreakdown(repos, productionId));
  const colour = isRevisionColour(loaded.draft.revisionColour)
    ? REVISION_COLOUR_INFO[loaded.draft.revisionColour].label
    : loaded.draft.revisionColour;
  return renderBreakdownSheetsPdf({
    productionTitle: production.title,
    scriptTitle: loaded.draft.title,
    draftLabel: `${colour} ${loaded.draft.number === 1 ? 'draft' : 'revision'}, ${loaded.draft.draftDate}`,
    generatedAt: context.deps.clock.now(),
    sheets: sheetsOf(loaded),
  });
};

const listsOf = (loaded: LoadedBreakdown) =>
  buildElementLists(loaded.scenes, loaded.elements, activeTags(loaded));

export const elementLists = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<ElementListsDto> => {
  const loaded = await loadBreakdown(readOnly(context.deps), productionId);
  if (loaded === null) return { elements: [], cast: [], sets: [] };
  const lists = listsOf(loaded);
  return {
    elements: lists.map((entry) => ({
      elementId: entry.element.id,
      category: entry.element.category,
      name: entry.element.name,
      castNumber: entry.element.castNumber,
      sceneIds: [...entry.sceneIds],
      sceneNumbers: [...entry.sceneNumbers],
      eighths: entry.eighths,
      pages: formatEighths(entry.eighths),
    })),
    cast: buildCastList(loaded.elements, lists).map((entry) => ({
      ...entry,
      pages: formatEighths(entry.eighths),
    })),
    sets: deriveSets(loaded.scenes).map((set) => ({
      name: set.name,
      intExt: [...set.intExt],
      sceneIds: [...set.sceneIds],
      sceneNumbers: [...set.sceneNumbers],
      eighths: set.eighths,
      pages: formatEighths(set.eighths),
      shootingLocation: loaded.locations.get(set.name) ?? null,
    })),
  };
};

const elementListTable = (loaded: LoadedBreakdown) =>
  buildElementListTable(
    listsOf(loaded).map((entry) => ({
      category: entry.element.category,
      name: entry.element.name,
      castNumber: entry.element.castNumber,
      sceneNumbers: entry.sceneNumbers,
      eighths: entry.eighths,
    })),
  );

export const elementListCsv = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> =>
  new TextEncoder().encode(writeCsv(elementListTable(await loadOrFail(context, productionId))));

export const elementListXlsx = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> => writeXlsx([elementListTable(await loadOrFail(context, productionId))]);
