/** A scene as the rules name it: number and heading to pick by, set and length to decide by. */
export type RuleScene = {
  readonly id: string;
  readonly number: string;
  readonly heading: string;
  readonly set: string;
  readonly eighths: number;
  readonly pages: string;
};

/** A numbered cast member, the way the stripboard and the day out of days name them. */
export type RuleCast = { readonly castNumber: number; readonly name: string };

/** A set (the heading's location, normalised as the board shows it) and the scenes played on it. */
export type RuleSet = { readonly name: string; readonly sceneNumbers: readonly string[] };

/** What the rules can be about: the current draft's scenes, numbered cast and sets. */
export type RuleSubjects = {
  readonly scenes: readonly RuleScene[];
  readonly cast: readonly RuleCast[];
  readonly sets: readonly RuleSet[];
  /** Still loading the script's lists (the settings themselves are already there). */
  readonly loading: boolean;
  readonly error: unknown;
  readonly reload: () => void;
};

/** A scene's number, or `?` for a scene a revision omitted (rules can outlive their scenes). */
export const sceneNumberOf = (scenes: ReadonlyMap<string, RuleScene>, sceneId: string): string =>
  scenes.get(sceneId)?.number ?? '?';

/** "scene 12", or "an omitted scene", for sentences and button names. */
export const sceneWords = (scenes: ReadonlyMap<string, RuleScene>, sceneId: string): string => {
  const scene = scenes.get(sceneId);
  return scene === undefined ? 'an omitted scene' : `scene ${scene.number}`;
};

/** "12 — INT. KITCHEN - DAY", how a scene picker lists a scene. */
export const sceneOptionLabel = (scene: RuleScene): string => `${scene.number} — ${scene.heading}`;
