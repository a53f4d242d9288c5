import { sceneElementRange } from '../screenplay/scene-element-range.js';
import type { ScriptDocument } from '../screenplay/script-document.js';
import type { IdentifiedScene } from './breakdown-sheet.js';

/**
 * For each scene (by id; every scene given has an entry, empty when none), the characters who are in it
 * without a line: names that speak somewhere in the script and are mentioned in the scene's action, as a
 * whole word written in capitals (`MARGOT`) or capitalised (`Margot`, `Jean-Luc`), but have no cue in the
 * scene. In order of first mention. A lower-case `margot` is not counted: writers capitalise names, and a
 * lower-case word is more often something else (`will`, `grace`).
 */
export const nonSpeakingCharacters = (
  document: ScriptDocument,
  scenes: readonly IdentifiedScene[],
): ReadonlyMap<string, readonly string[]> => {
  const speakers: string[] = [];
  for (const element of document.elements) {
    if (
      element.type === 'character' &&
      element.name.trim() !== '' &&
      !speakers.includes(element.name)
    )
      speakers.push(element.name);
  }
  const patterns = speakers.map((name) => ({ name, pattern: namePattern(name) }));
  const result = new Map<string, readonly string[]>();
  for (const scene of scenes) {
    const { start, end } = sceneElementRange(document, scene);
    const speaking = new Set<string>();
    for (let index = start; index < end; index += 1) {
      const element = document.elements[index];
      if (element?.type === 'character') speaking.add(element.name);
    }
    const mentions: { name: string; index: number; offset: number }[] = [];
    for (let index = start; index < end; index += 1) {
      const element = document.elements[index];
      if (element?.type !== 'action') continue;
      for (const { name, pattern } of patterns) {
        if (speaking.has(name)) continue;
        pattern.lastIndex = 0;
        const match = pattern.exec(element.text);
        if (match) mentions.push({ name, index, offset: match.index });
      }
    }
    mentions.sort((a, b) => a.index - b.index || a.offset - b.offset);
    result.set(scene.id, [...new Set(mentions.map((mention) => mention.name))]);
  }
  return result;
};

/** `MARGOT` or `Margot` as a whole word (a possessive `Margot's` counts). */
const namePattern = (name: string): RegExp => {
  const spellings = [...new Set([name.toUpperCase(), capitalise(name)])].map(escapeRegExp);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${spellings.join('|')})(?![\p{L}\p{N}])`, 'gu');
};

/** `JEAN-LUC O'BRIEN` → `Jean-Luc O'brien`: upper case after a space, hyphen or full stop. */
const capitalise = (name: string): string =>
  name.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
