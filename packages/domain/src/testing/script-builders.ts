// Small builders for screenplay documents in tests: the domain may not import the Fountain parser, and
// literals of every field make a test hard to read.
import type { IdentifiedScene } from '../breakdown/breakdown-sheet.js';
import { extractScenes } from '../screenplay/extract-scenes.js';
import type { ScriptDocument, ScriptElement } from '../screenplay/script-document.js';

export const scriptDoc = (...elements: ScriptElement[]): ScriptDocument => ({
  titlePage: [],
  elements,
});

export const sceneHeading = (text: string, sceneNumber: string | null = null): ScriptElement => ({
  type: 'scene-heading',
  text,
  sceneNumber,
});

export const actionLine = (text: string): ScriptElement => ({
  type: 'action',
  text,
  centered: false,
});

/** A cue: `cueLine('MARGOT (V.O.)')` is MARGOT with a V.O. extension. */
export const cueLine = (text: string): ScriptElement => {
  const name = text.replace(/\s*\(.*$/, '').trim();
  const extensions = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => (m[1] ?? '').toUpperCase());
  return { type: 'character', name, text, extensions, dual: null };
};

export const dialogueLine = (text: string): ScriptElement => ({ type: 'dialogue', text });

/** A cue and its line. */
export const speech = (cue: string, text: string): ScriptElement[] => [
  cueLine(cue),
  dialogueLine(text),
];

/** The document's scenes with ids: `ids[i]` when given, else `${prefix}${i + 1}`. */
export const identifiedScenes = (
  document: ScriptDocument,
  ids: readonly string[] | string = 's',
): IdentifiedScene[] =>
  extractScenes(document).map((scene, index) => ({
    ...scene,
    id: typeof ids === 'string' ? `${ids}${index + 1}` : (ids[index] ?? `scene-${index + 1}`),
  }));
