import {
  assignCastNumbers,
  buildElementLists,
  calendarDate,
  carryOverTags,
  categoryForImportName,
  DomainError,
  extractScenes,
  matchDraftScenes,
  sceneElementRange,
  type DraftScene,
  type Instant,
  type JsonValue,
  type OmittedScene,
  type PersonId,
  type Production,
  type ScriptDocument,
  type StoredBreakdownTag,
  type TextAnchor,
} from '@greenlight/domain';
import type { Repositories } from '@greenlight/db';
import type { ActionEffect } from './action-effect.js';

type ScriptEffect = Extract<
  ActionEffect,
  {
    kind:
      | 'import-script-draft'
      | 'tag-elements'
      | 'remove-tag'
      | 'resolve-tag-review'
      | 'update-element'
      | 'number-cast'
      | 'set-shooting-location';
  }
>;

/** Carries out a script or breakdown action, in the caller's transaction. */
export const applyScriptEffect = async (
  repos: Repositories,
  production: Production,
  effect: ScriptEffect,
  now: Instant,
): Promise<JsonValue> => {
  if (effect.kind === 'import-script-draft') return importDraft(repos, production, effect, now);
  const scriptId = await repos.scripts.findScriptId(production.id);
  if (scriptId === null) throw new DomainError('not-found', 'The production has no script yet');
  switch (effect.kind) {
    case 'tag-elements': {
      const current = await repos.scripts.latestDraft(scriptId);
      if (current?.id !== effect.draftId) {
        throw new DomainError(
          'conflict',
          'A newer draft of the script has been imported since; tag the text of the current draft',
        );
      }
      const existing = await repos.breakdown.listTags(scriptId);
      const created: string[] = [];
      for (const input of effect.tags) {
        const element =
          (input.elementId === null
            ? await repos.breakdown.findElement(scriptId, input.category, input.name)
            : await repos.breakdown.getElement(scriptId, input.elementId)) ??
          (input.elementId === null
            ? await repos.breakdown.createElement(scriptId, {
                category: input.category,
                name: input.name,
              })
            : null);
        if (element === null) throw new DomainError('not-found', 'No such breakdown element');
        const duplicate = existing.some(
          (tag) =>
            tag.elementId === element.id &&
            tag.sceneId === input.sceneId &&
            sameAnchor(tag.anchor, input.anchor),
        );
        if (duplicate) continue;
        const tag = await repos.breakdown.createTag({
          elementId: element.id,
          sceneId: input.sceneId,
          draftId: input.anchor === null ? null : effect.draftId,
          anchor: input.anchor,
        });
        existing.push(tag);
        created.push(tag.id);
      }
      return { tagIds: created };
    }
    case 'remove-tag': {
      const tag = await repos.breakdown.getTag(scriptId, effect.tagId);
      if (tag === null) throw new DomainError('not-found', 'No such tag: it may have been removed');
      await repos.breakdown.deleteTag(tag.id);
      return { removed: tag.id };
    }
    case 'resolve-tag-review': {
      const tag = await repos.breakdown.getTag(scriptId, effect.tagId);
      if (tag === null) throw new DomainError('not-found', 'No such tag: it may have been removed');
      if (effect.resolution === 'remove') {
        await repos.breakdown.deleteTag(tag.id);
        return { removed: tag.id };
      }
      const current = await repos.scripts.latestDraft(scriptId);
      const scenes = current === null ? [] : await repos.scripts.listDraftScenes(current.id);
      if (effect.resolution === 'keep-on-sheet') {
        if (!scenes.some((scene) => scene.id === tag.sceneId)) {
          throw new DomainError(
            'conflict',
            'The scene is not in the current draft; remove the tag or mark the text in another scene',
          );
        }
        await repos.breakdown.reanchorTag(tag.id, {
          sceneId: tag.sceneId,
          draftId: null,
          anchor: null,
        });
        return { kept: tag.id };
      }
      const place = effect.place;
      if (place === null || current?.id !== place.draftId) {
        throw new DomainError(
          'conflict',
          'A newer draft of the script has been imported since; mark the text of the current draft',
        );
      }
      await repos.breakdown.reanchorTag(tag.id, place);
      return { reanchored: tag.id };
    }
    case 'update-element': {
      const updated = await repos.breakdown.updateElement(scriptId, effect.elementId, {
        ...(effect.name === undefined ? {} : { name: effect.name }),
        ...(effect.castNumber === undefined ? {} : { castNumber: effect.castNumber }),
      });
      return { elementId: updated.id, name: updated.name, castNumber: updated.castNumber };
    }
    case 'number-cast': {
      const current = await repos.scripts.latestDraft(scriptId);
      const scenes = current === null ? [] : await repos.scripts.listDraftScenes(current.id);
      const elements = await repos.breakdown.listElements(scriptId);
      const tags = await repos.breakdown.listTags(scriptId);
      const numbers = assignCastNumbers(elements, buildElementLists(scenes, elements, tags));
      let numbered = 0;
      for (const element of elements) {
        const number = numbers.get(element.id);
        if (number === undefined || number === element.castNumber) continue;
        await repos.breakdown.updateElement(scriptId, element.id, { castNumber: number });
        numbered += 1;
      }
      return { numbered };
    }
    case 'set-shooting-location': {
      await repos.breakdown.setShootingLocation(scriptId, effect.set, effect.shootingLocation);
      return { set: effect.set, shootingLocation: effect.shootingLocation };
    }
  }
};

const sameAnchor = (a: TextAnchor | null, b: TextAnchor | null): boolean =>
  a === null || b === null
    ? a === b
    : a.elementIndex === b.elementIndex && a.start === b.start && a.end === b.end;

/**
 * Adds a draft. The first becomes the script; a later one is matched scene by scene with the draft before it:
 * matched scenes keep their identity (so their tags, and later their strips, follow them), the breakdown's tags
 * are moved onto the new text, and whatever cannot be placed is marked for review, never dropped.
 */
const importDraft = async (
  repos: Repositories,
  production: Production,
  effect: Extract<ActionEffect, { kind: 'import-script-draft' }>,
  now: Instant,
): Promise<JsonValue> => {
  const document = effect.document;
  const scriptId = await repos.scripts.ensureScript(production.id);
  const previous = await repos.scripts.latestDraft(scriptId);
  const extracted = extractScenes(document);
  let scenes: DraftScene[];
  let omitted: OmittedScene[] = [];
  let kept = 0;
  let review = 0;
  const reanchors: { tag: StoredBreakdownTag; anchor: TextAnchor | null; sceneId: string }[] = [];
  const reviews: { tag: StoredBreakdownTag; reason: 'scene-omitted' | 'text-not-found' }[] = [];
  if (previous === null) {
    const ids = await repos.scripts.createSceneIds(scriptId, extracted.length);
    scenes = extracted.map((scene, index) => ({
      ...scene,
      id: ids[index] ?? '',
      status: 'added',
      previousNumber: null,
    }));
  } else {
    const previousScenes = await repos.scripts.listDraftScenes(previous.id);
    const comparison = matchDraftScenes(
      { document: previous.document, scenes: previousScenes },
      { document, scenes: extracted },
    );
    const fresh = await repos.scripts.createSceneIds(
      scriptId,
      comparison.matches.filter((match) => match.previousId === null).length,
    );
    const previousById = new Map(previousScenes.map((scene) => [scene.id, scene]));
    scenes = extracted.map((scene, index) => {
      const match = comparison.matches[index];
      const previousId = match?.previousId ?? null;
      const id = previousId ?? fresh.shift() ?? '';
      return {
        ...scene,
        id,
        status: match?.status ?? 'added',
        previousNumber:
          match?.renumbered === true ? (previousById.get(previousId ?? '')?.number ?? null) : null,
      };
    });
    omitted = comparison.omitted.map((sceneId) => {
      const scene = previousById.get(sceneId);
      return { sceneId, number: scene?.number ?? '', heading: scene?.heading ?? '' };
    });
    // Tags already waiting for review stay as they are; the others follow their scene into this draft.
    const tags = (await repos.breakdown.listTags(scriptId)).filter(
      (tag) => tag.review === null && (tag.anchor === null || tag.draftId === previous.id),
    );
    const byId = new Map(tags.map((tag) => [tag.id, tag]));
    const carried = carryOverTags(
      { document: previous.document, scenes: previousScenes },
      { document, scenes },
      tags,
    );
    for (const tag of carried.kept) {
      const stored = byId.get(tag.id);
      if (stored) reanchors.push({ tag: stored, anchor: tag.anchor, sceneId: tag.sceneId });
    }
    for (const item of carried.review) {
      const stored = byId.get(item.tag.id);
      if (stored) reviews.push({ tag: stored, reason: item.reason });
    }
    kept = carried.kept.length;
    review = carried.review.length;
  }
  const draft = await repos.scripts.createDraft({
    scriptId,
    title: effect.title,
    revisionColour: effect.revisionColour,
    draftDate: calendarDate(effect.draftDate),
    fileName: effect.fileName,
    format: effect.format,
    document,
    diagnostics: effect.diagnostics,
    omitted,
    importedBy: effect.importedBy as PersonId,
    importedAt: now,
  });
  await repos.scripts.saveDraftScenes(draft.id, scenes);
  for (const { tag, anchor, sceneId } of reanchors) {
    // Unmoved, anchorless tags need no write.
    if (anchor === null && tag.anchor === null && sceneId === tag.sceneId) continue;
    await repos.breakdown.reanchorTag(tag.id, {
      sceneId,
      draftId: anchor === null ? null : draft.id,
      anchor,
    });
  }
  for (const { tag, reason } of reviews) await repos.breakdown.markForReview(tag.id, reason);
  const imported = await importFileTags(repos, scriptId, draft.id, document, scenes, effect);
  const count = (status: DraftScene['status']): number =>
    scenes.filter((scene) => scene.status === status).length;
  return {
    draftId: draft.id,
    number: draft.number,
    revisionColour: draft.revisionColour,
    scenes: scenes.length,
    added: previous === null ? 0 : count('added'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    omitted: omitted.length,
    tagsKept: kept,
    tagsForReview: review,
    tagsImported: imported.created,
    unknownCategories: imported.unknownCategories,
  };
};

/**
 * The breakdown tags the file carried (Final Draft): each becomes an element of the matching category (one we
 * do not know becomes Miscellaneous, and is reported) tagged on its scene, unless the breakdown has it already.
 */
const importFileTags = async (
  repos: Repositories,
  scriptId: string,
  draftId: string,
  document: ScriptDocument,
  scenes: readonly DraftScene[],
  effect: Extract<ActionEffect, { kind: 'import-script-draft' }>,
): Promise<{ created: number; unknownCategories: string[] }> => {
  const unknownCategories = new Set<string>();
  let created = 0;
  if (effect.importedTags.length === 0) return { created, unknownCategories: [] };
  const existing = await repos.breakdown.listTags(scriptId);
  for (const imported of effect.importedTags) {
    const scene = scenes.find((candidate) => {
      const range = sceneElementRange(document, candidate);
      return imported.elementIndex >= range.start && imported.elementIndex < range.end;
    });
    const element = document.elements[imported.elementIndex];
    if (scene === undefined || element === undefined || !('text' in element)) continue;
    const text = element.text.slice(imported.start, imported.end);
    if (text === '' || imported.label.trim() === '') continue;
    const category = categoryForImportName(imported.categoryName);
    if (category === null) unknownCategories.add(imported.categoryName);
    const name = imported.label.trim();
    const breakdownElement =
      (await repos.breakdown.findElement(scriptId, category ?? 'miscellaneous', name)) ??
      (await repos.breakdown.createElement(scriptId, {
        category: category ?? 'miscellaneous',
        name,
      }));
    const anchor = {
      elementIndex: imported.elementIndex,
      start: imported.start,
      end: imported.end,
      text,
    };
    if (
      existing.some(
        (tag) =>
          tag.elementId === breakdownElement.id &&
          tag.sceneId === scene.id &&
          (tag.anchor === null || sameAnchor(tag.anchor, anchor)),
      )
    )
      continue;
    existing.push(
      await repos.breakdown.createTag({
        elementId: breakdownElement.id,
        sceneId: scene.id,
        draftId,
        anchor,
      }),
    );
    created += 1;
  }
  return { created, unknownCategories: [...unknownCategories] };
};
