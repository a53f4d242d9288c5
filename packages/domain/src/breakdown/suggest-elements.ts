import { sceneElementRange } from '../screenplay/scene-element-range.js';
import type { ScriptDocument } from '../screenplay/script-document.js';
import type { BreakdownCategory } from './breakdown-category.js';
import type { BreakdownElement, BreakdownTag, TextAnchor } from './breakdown-element.js';
import type { IdentifiedScene } from './breakdown-sheet.js';
import { capitalisedRuns } from './capitalised-runs.js';

/**
 * Something the script suggests breaking down, for a person to accept or dismiss:
 * - `speaks`: a character with a line in the scene (cast);
 * - `first-appearance`: a character who speaks elsewhere in the script, written in capitals in this
 *   scene's action without a line here (cast, non-speaking);
 * - `capitalised`: any other run of capitals in the action (`RED PICKUP TRUCK`, `GUNSHOT`); its category
 *   is the one an existing element of that name has, else null for the person to choose.
 */
export type ElementSuggestion = {
  readonly category: BreakdownCategory | null;
  readonly name: string;
  readonly sceneId: string;
  readonly anchor: TextAnchor;
  readonly reason: 'speaks' | 'first-appearance' | 'capitalised';
};

type Mention = { readonly elementIndex: number; readonly start: number; readonly end: number };

/**
 * Breakdown suggestions for the given scenes, in scene order, then element, then offset; one per scene
 * and name (compared case-insensitively). A speaking character is suggested once, anchored on their first
 * mention in the scene: the capitalised introduction in the action when it comes before their first cue
 * (the convention marks cast at first mention), else the name in the cue.
 *
 * Nothing already broken down is suggested again: a suggestion is left out when the scene already has a
 * tag for an element of the same name (and, when the suggestion has a category, the same category), or
 * when any tag's anchor overlaps its span — and then that name is not suggested later in the scene either,
 * since the person has already dealt with it there.
 */
export const suggestElements = (
  document: ScriptDocument,
  scenes: readonly IdentifiedScene[],
  elements: readonly BreakdownElement[],
  tags: readonly BreakdownTag[],
): ElementSuggestion[] => {
  const speakers = speakingNames(document);
  const elementsById = new Map(elements.map((element) => [element.id, element]));
  const categoryByName = uniqueCategoryByName(elements);
  const anchorsByElement = new Map<number, TextAnchor[]>();
  for (const { anchor } of tags) {
    if (!anchor) continue;
    const list = anchorsByElement.get(anchor.elementIndex) ?? [];
    list.push(anchor);
    anchorsByElement.set(anchor.elementIndex, list);
  }
  const suggestions: ElementSuggestion[] = [];
  for (const scene of scenes) {
    const taggedHere = tags
      .filter((tag) => tag.sceneId === scene.id)
      .flatMap((tag) => {
        const element = elementsById.get(tag.elementId);
        return element ? [{ category: element.category, key: keyOf(element.name) }] : [];
      });
    const isTagged = (category: BreakdownCategory | null, name: string): boolean =>
      taggedHere.some(
        (tagged) =>
          tagged.key === keyOf(name) && (category === null || tagged.category === category),
      );
    const { start, end } = sceneElementRange(document, scene);
    const speakersHere = new Set<string>();
    for (let index = start; index < end; index += 1) {
      const element = document.elements[index];
      if (element?.type === 'character') speakersHere.add(keyOf(element.name));
    }
    const done = new Set<string>();
    for (let index = start; index < end; index += 1) {
      const element = document.elements[index];
      const found: { name: string; mention: Mention }[] = [];
      if (element?.type === 'character') {
        found.push({ name: element.name, mention: cueMention(index, element.text, element.name) });
      } else if (element?.type === 'action') {
        for (const run of capitalisedRuns(element.text)) {
          const mention = { elementIndex: index, start: run.start, end: run.end };
          found.push({ name: run.name, mention });
        }
      }
      for (const { name, mention } of found) {
        const key = keyOf(name);
        if (done.has(key)) continue;
        done.add(key);
        const speaker = speakers.get(key);
        const suggestion = {
          category: speaker !== undefined ? 'cast' : (categoryByName.get(key) ?? null),
          name: speaker ?? name,
          sceneId: scene.id,
          anchor: anchorOf(document, mention),
          reason:
            speaker === undefined
              ? 'capitalised'
              : speakersHere.has(key)
                ? 'speaks'
                : 'first-appearance',
        } satisfies ElementSuggestion;
        if (isTagged(suggestion.category, suggestion.name)) continue;
        const anchors = anchorsByElement.get(mention.elementIndex) ?? [];
        if (anchors.some((anchor) => overlaps(anchor, mention))) continue;
        suggestions.push(suggestion);
      }
    }
  }
  return suggestions;
};

// Names compare without regard to case or runs of white space: `Margot` and `MARGOT` are one character.
const keyOf = (name: string): string => name.trim().replace(/\s+/g, ' ').toUpperCase();

/** Every name with a cue anywhere in the script, by key, spelt as the first cue has it. */
const speakingNames = (document: ScriptDocument): ReadonlyMap<string, string> => {
  const names = new Map<string, string>();
  for (const element of document.elements) {
    if (
      element.type === 'character' &&
      element.name.trim() !== '' &&
      !names.has(keyOf(element.name))
    )
      names.set(keyOf(element.name), element.name);
  }
  return names;
};

// An element name used in one category only tells us the category of a new mention; two categories
// sharing a name (a `HORSE` in animals and in props) leave the choice to the person.
const uniqueCategoryByName = (
  elements: readonly BreakdownElement[],
): ReadonlyMap<string, BreakdownCategory> => {
  const categories = new Map<string, Set<BreakdownCategory>>();
  for (const element of elements) {
    const key = keyOf(element.name);
    const set = categories.get(key) ?? new Set<BreakdownCategory>();
    set.add(element.category);
    categories.set(key, set);
  }
  const unique = new Map<string, BreakdownCategory>();
  for (const [key, set] of categories) {
    const [only] = set;
    if (set.size === 1 && only !== undefined) unique.set(key, only);
  }
  return unique;
};

/** The name inside a cue as written (`MARGOT (V.O.)`); the whole cue when it is not found there. */
const cueMention = (elementIndex: number, text: string, name: string): Mention => {
  let start = text.indexOf(name);
  if (start < 0) start = text.toUpperCase().indexOf(name.toUpperCase());
  return start < 0
    ? { elementIndex, start: 0, end: text.length }
    : { elementIndex, start, end: start + name.length };
};

const anchorOf = (document: ScriptDocument, mention: Mention): TextAnchor => {
  const element = document.elements[mention.elementIndex];
  const text = element && 'text' in element ? element.text : '';
  const { elementIndex, start, end } = mention;
  return { elementIndex, start, end, text: text.slice(start, end) };
};

const overlaps = (anchor: TextAnchor, mention: Mention): boolean =>
  anchor.start < mention.end && mention.start < anchor.end;
