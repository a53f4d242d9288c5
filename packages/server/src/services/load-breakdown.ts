import type { Repositories } from '@greenlight/db';
import type {
  BreakdownElement,
  DraftScene,
  ProductionId,
  ScriptDraft,
  ScriptDraftSummary,
  StoredBreakdownTag,
} from '@greenlight/domain';

/** The production's script as it stands: the current draft, its scenes and the whole breakdown. */
export type LoadedBreakdown = {
  readonly scriptId: string;
  readonly draft: ScriptDraft;
  readonly drafts: readonly ScriptDraftSummary[];
  readonly scenes: readonly DraftScene[];
  readonly elements: readonly BreakdownElement[];
  readonly tags: readonly StoredBreakdownTag[];
  /** Set name → shooting location. */
  readonly locations: ReadonlyMap<string, string>;
  /** Per draft: scenes added, changed and unchanged against the draft before it. */
  readonly sceneCounts: ReadonlyMap<string, Record<DraftScene['status'], number>>;
};

/** Null until a first draft has been imported. */
export const loadBreakdown = async (
  repos: Repositories,
  productionId: ProductionId,
): Promise<LoadedBreakdown | null> => {
  const scriptId = await repos.scripts.findScriptId(productionId);
  if (scriptId === null) return null;
  const draft = await repos.scripts.latestDraft(scriptId);
  if (draft === null) return null;
  const [drafts, scenes, elements, tags, locations, sceneCounts] = await Promise.all([
    repos.scripts.listDrafts(scriptId),
    repos.scripts.listDraftScenes(draft.id),
    repos.breakdown.listElements(scriptId),
    repos.breakdown.listTags(scriptId),
    repos.breakdown.listShootingLocations(scriptId),
    repos.scripts.countSceneStatuses(scriptId),
  ]);
  return { scriptId, draft, drafts, scenes, elements, tags, locations, sceneCounts };
};

/** Tags that belong on the current draft's sheets: everything not waiting for review. */
export const activeTags = (loaded: LoadedBreakdown): StoredBreakdownTag[] =>
  loaded.tags.filter((tag) => tag.review === null);
