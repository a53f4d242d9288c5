import type { ScriptDocument } from './script-document.js';

/** The elements of one scene: `[start, end)` indexes into the document's elements. */
export type SceneElementRange = { readonly start: number; readonly end: number };

/**
 * A scene's elements: from its heading up to the next scene heading (or the end of the document). Found
 * in the document itself rather than from the next scene in a list, so a caller may pass any subset of
 * scenes and still get each one's whole text.
 */
export const sceneElementRange = (
  document: ScriptDocument,
  scene: { readonly elementIndex: number },
): SceneElementRange => {
  const elements = document.elements;
  const start = Math.max(0, Math.min(scene.elementIndex, elements.length));
  let end = start + 1;
  while (end < elements.length && elements[end]?.type !== 'scene-heading') end += 1;
  return { start, end: Math.min(end, elements.length) };
};
