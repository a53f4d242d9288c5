/**
 * How long a page takes to shoot when nobody has estimated the scene: two hours a page, a common
 * planning figure for drama (15 minutes an eighth), so a five-page day (40 eighths) is about ten hours.
 */
export const DEFAULT_MINUTES_PER_EIGHTH = 15;

/** What the minutes estimate of a scene is read from; both fields are optional on `BoardRules`. */
export type SceneMinutesRules = {
  /** Explicit estimates by scene id, in minutes of shooting. */
  readonly sceneMinutes?: ReadonlyMap<string, number>;
  /** For scenes without an estimate; `DEFAULT_MINUTES_PER_EIGHTH` when absent. */
  readonly minutesPerEighth?: number;
};

/**
 * A scene's estimated shooting time in whole minutes: the AD's estimate when there is one, else its
 * eighths at the rules' rate. Whole minutes so that a day's total is exact whatever order it is summed
 * in (the packer and `checkBoard` must agree to the minute on whether a day is over its hours).
 */
export const estimatedSceneMinutes = (
  sceneId: string,
  eighths: number,
  rules: SceneMinutesRules,
): number => {
  const explicit = rules.sceneMinutes?.get(sceneId);
  const minutes = explicit ?? eighths * (rules.minutesPerEighth ?? DEFAULT_MINUTES_PER_EIGHTH);
  return Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
};
