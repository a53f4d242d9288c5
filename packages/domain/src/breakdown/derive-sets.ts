import type { IntExt, Scene } from '../screenplay/scene.js';
import type { IdentifiedScene } from './breakdown-sheet.js';

/** A set of the script: every scene whose heading names the same location, in script order. */
export type ScriptSet = {
  /** The heading's location, trimmed, upper-cased, inner white space made single: `HARBOUR OFFICE`. */
  readonly name: string;
  /** Distinct, in order of first appearance. */
  readonly intExt: readonly IntExt[];
  readonly sceneIds: readonly string[];
  readonly sceneNumbers: readonly string[];
  /** The sum of its scenes' eighths. */
  readonly eighths: number;
};

/** The set a scene plays on: its location normalised so `Harbour  office` and `HARBOUR OFFICE` are one. */
export const setNameOf = (scene: Pick<Scene, 'location'>): string =>
  scene.location.trim().replace(/\s+/g, ' ').toUpperCase();

/**
 * The script's sets in order of first appearance. Scenes whose heading names no location are left out:
 * there is no set to build or find for them until the heading is fixed.
 */
export const deriveSets = (scenes: readonly IdentifiedScene[]): ScriptSet[] => {
  const sets = new Map<
    string,
    { intExt: IntExt[]; sceneIds: string[]; sceneNumbers: string[]; eighths: number }
  >();
  for (const scene of scenes) {
    const name = setNameOf(scene);
    if (name === '') continue;
    let set = sets.get(name);
    if (!set) {
      set = { intExt: [], sceneIds: [], sceneNumbers: [], eighths: 0 };
      sets.set(name, set);
    }
    if (scene.intExt !== null && !set.intExt.includes(scene.intExt)) set.intExt.push(scene.intExt);
    set.sceneIds.push(scene.id);
    set.sceneNumbers.push(scene.number);
    set.eighths += scene.eighths;
  }
  return [...sets].map(([name, set]) => ({ name, ...set }));
};
