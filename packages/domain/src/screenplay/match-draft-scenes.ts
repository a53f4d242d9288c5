import type { IdentifiedScene } from '../breakdown/breakdown-sheet.js';
import type { IdGenerator } from '../shared/ids.js';
import type { Scene } from './scene.js';
import { sceneElementRange } from './scene-element-range.js';
import type { ScriptDocument } from './script-document.js';

/** What became of one scene of the new draft. */
export type SceneMatch = {
  /** The previous draft's scene it continues; null for a new scene. */
  readonly previousId: string | null;
  /** `unchanged`: same heading and the same printed text; `changed`: matched but edited; `added`: new. */
  readonly status: 'unchanged' | 'changed' | 'added';
  /** Matched, and its number differs from the previous scene's. */
  readonly renumbered: boolean;
};

export type DraftComparison = {
  /** One per scene of the new draft, in its order. */
  readonly matches: readonly SceneMatch[];
  /** Previous scenes (by id, in previous order) that nothing in the new draft continues. */
  readonly omitted: readonly string[];
};

/**
 * Thresholds on the Dice coefficient of two scene bodies' word multisets (2·|A∩B| / (|A|+|B|), 1 for two
 * empty bodies). Unrelated scenes of one script share names and function words and score up to about
 * 0.4; a rewritten line or two in a page-long scene keeps it above 0.8.
 */
export const SCENE_MATCH_THRESHOLDS = {
  /** Same heading, other number: a renumbered scene, perhaps lightly edited. */
  sameHeading: 0.75,
  /** Same number, other heading: a heading edited in place (set or time changed). */
  sameNumber: 0.5,
  /** Neither: the scene moved and was renumbered and its heading changed, text nearly untouched. */
  textOnly: 0.9,
  /**
   * Same number and heading where the numbers are positions (the script numbers neither scene): a
   * scene inserted earlier shifts every later number, so the text must agree too.
   */
  positional: 0.5,
} as const;

/**
 * The printed text of a scene after its heading (action, cues, parentheticals, dialogue, lyrics,
 * transitions; not notes, synopses or sections, which do not print), one element a line, each with its
 * runs of white space made single. Two drafts of a scene with the same text read the same on the page.
 */
export const sceneText = (document: ScriptDocument, scene: Pick<Scene, 'elementIndex'>): string => {
  const { start, end } = sceneElementRange(document, scene);
  const lines: string[] = [];
  for (let index = start + 1; index < end; index += 1) {
    const element = document.elements[index];
    if (!element) continue;
    switch (element.type) {
      case 'action':
      case 'character':
      case 'parenthetical':
      case 'dialogue':
      case 'lyrics':
      case 'transition':
        lines.push(collapse(element.text));
        break;
      default:
        break;
    }
  }
  return lines.join('\n');
};

type Side = {
  readonly number: string;
  readonly heading: string;
  readonly numbered: boolean;
  readonly text: string;
  readonly words: ReadonlyMap<string, number>;
  readonly size: number;
};

/**
 * Which scene of the previous draft each scene of the next draft continues. Each previous scene is
 * matched at most once, in passes from the surest evidence to the weakest:
 *
 * (a) same number and same heading (when the script gives neither number, the texts must also agree at
 *     `positional`, since positional numbers shift when a scene is inserted);
 * (b) same heading and bodies at least `sameHeading` alike — a renumbered scene;
 * (c) same number and bodies at least `sameNumber` alike — a heading edited in place;
 * (d) bodies at least `textOnly` alike (and not empty).
 *
 * Within a pass the most similar pairs are matched first, then the pairs closest in position, then in
 * script order. Headings compare with case and runs of spaces ignored; bodies are `sceneText`, compared
 * word by word in lower case.
 */
export const matchDraftScenes = (
  previous: { readonly document: ScriptDocument; readonly scenes: readonly IdentifiedScene[] },
  next: { readonly document: ScriptDocument; readonly scenes: readonly Scene[] },
): DraftComparison => {
  const before = previous.scenes.map((scene) => sideOf(previous.document, scene));
  const after = next.scenes.map((scene) => sideOf(next.document, scene));
  const matchOf: (number | undefined)[] = after.map(() => undefined);
  const taken = new Set<number>();
  const pass = (accepts: (p: Side, n: Side) => number | null): void => {
    const pairs: { i: number; j: number; score: number }[] = [];
    after.forEach((n, j) => {
      if (matchOf[j] !== undefined) return;
      before.forEach((p, i) => {
        if (taken.has(i)) return;
        const score = accepts(p, n);
        if (score !== null) pairs.push({ i, j, score });
      });
    });
    pairs.sort(
      (x, y) =>
        y.score - x.score || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.j - y.j || x.i - y.i,
    );
    for (const { i, j } of pairs) {
      if (matchOf[j] !== undefined || taken.has(i)) continue;
      matchOf[j] = i;
      taken.add(i);
    }
  };
  const { sameHeading, sameNumber, textOnly, positional } = SCENE_MATCH_THRESHOLDS;
  const atLeast = (score: number, threshold: number): number | null =>
    score >= threshold ? score : null;
  pass((p, n) => {
    if (p.number !== n.number || p.heading !== n.heading) return null;
    const score = dice(p, n);
    return p.numbered && n.numbered ? score : atLeast(score, positional);
  });
  pass((p, n) => (p.heading === n.heading ? atLeast(dice(p, n), sameHeading) : null));
  pass((p, n) => (p.number === n.number ? atLeast(dice(p, n), sameNumber) : null));
  pass((p, n) => (p.size > 0 && n.size > 0 ? atLeast(dice(p, n), textOnly) : null));

  const matches = after.map((n, j): SceneMatch => {
    const i = matchOf[j];
    const p = i === undefined ? undefined : before[i];
    const id = i === undefined ? undefined : previous.scenes[i]?.id;
    if (p === undefined || id === undefined)
      return { previousId: null, status: 'added', renumbered: false };
    return {
      previousId: id,
      status: p.heading === n.heading && p.text === n.text ? 'unchanged' : 'changed',
      renumbered: p.number !== n.number,
    };
  });
  const omitted = previous.scenes.filter((_, i) => !taken.has(i)).map((scene) => scene.id);
  return { matches, omitted };
};

/**
 * The next draft's scenes with their identity: a matched scene keeps the previous scene's id (so its
 * tags, strips and schedule follow it), a new one gets a fresh id from `ids`.
 */
export const identifyScenes = (
  comparison: DraftComparison,
  scenes: readonly Scene[],
  ids: IdGenerator,
): IdentifiedScene[] =>
  scenes.map((scene, index) => ({
    ...scene,
    id: comparison.matches[index]?.previousId ?? ids.next(),
  }));

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const sideOf = (document: ScriptDocument, scene: Scene): Side => {
  const headingElement = document.elements[scene.elementIndex];
  const text = sceneText(document, scene);
  const words = new Map<string, number>();
  let size = 0;
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    words.set(word, (words.get(word) ?? 0) + 1);
    size += 1;
  }
  return {
    number: scene.number,
    heading: collapse(scene.heading).toUpperCase(),
    numbered: headingElement?.type === 'scene-heading' && headingElement.sceneNumber !== null,
    text,
    words,
    size,
  };
};

/** The Dice coefficient of two word multisets; 1 when both are empty. */
const dice = (a: Side, b: Side): number => {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
};
