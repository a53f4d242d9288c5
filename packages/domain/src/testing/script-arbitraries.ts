// fast-check arbitraries for property tests of the screenplay and breakdown rules. Test-only.
import fc from 'fast-check';
import { BREAKDOWN_CATEGORIES } from '../breakdown/breakdown-category.js';
import type { BreakdownElement, BreakdownTag } from '../breakdown/breakdown-element.js';
import type { IdentifiedScene } from '../breakdown/breakdown-sheet.js';
import type { ScriptDocument, ScriptElement } from '../screenplay/script-document.js';
import { identifiedScenes } from './script-builders.js';

// A small vocabulary, so words repeat across scenes and drafts (what makes matching and re-anchoring hard).
const WORDS = ['the', 'rain', 'Margot', 'ledger', 'TRUCK', 'lamp', 'GUN', 'gunner', 'door', 'quay'];
const NAMES = ['MARGOT', 'TOMAS', 'INES', 'BOSUN'];
const SETS = ['HARBOUR OFFICE', 'QUAY', 'KITCHEN', 'LIGHTHOUSE'];

const arbText = (): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

const arbBodyElement = (): fc.Arbitrary<ScriptElement[]> =>
  fc.oneof(
    arbText().map((text): ScriptElement[] => [{ type: 'action', text, centered: false }]),
    fc.tuple(fc.constantFrom(...NAMES), arbText()).map(([name, text]): ScriptElement[] => [
      { type: 'character', name, text: name, extensions: [], dual: null },
      { type: 'dialogue', text },
    ]),
  );

const arbScene = (): fc.Arbitrary<ScriptElement[]> =>
  fc
    .tuple(
      fc.constantFrom('INT.', 'EXT.'),
      fc.constantFrom(...SETS),
      fc.constantFrom('DAY', 'NIGHT'),
      fc.option(fc.constantFrom('1', '2', '3', '4', '5A'), { nil: null }),
      fc.array(arbBodyElement(), { maxLength: 5 }),
    )
    .map(([intExt, set, time, sceneNumber, body]) => [
      { type: 'scene-heading', text: `${intExt} ${set} - ${time}`, sceneNumber },
      ...body.flat(),
    ]);

/** A short script of a few scenes over a small vocabulary. */
export const arbScriptDocument = (): fc.Arbitrary<ScriptDocument> =>
  fc
    .array(arbScene(), { minLength: 1, maxLength: 6 })
    .map((scenes) => ({ titlePage: [], elements: scenes.flat() }));

export type ArbBreakdown = {
  readonly document: ScriptDocument;
  readonly scenes: readonly IdentifiedScene[];
  readonly elements: readonly BreakdownElement[];
  readonly tags: readonly BreakdownTag[];
};

/**
 * A script with a breakdown: a few elements (cast numbered or not) and tags on its scenes, each anchored
 * on a real span of a scene's element (a word, part of one or several) or not anchored, and a few tags
 * of scenes that do not exist.
 */
export const arbBreakdown = (): fc.Arbitrary<ArbBreakdown> =>
  arbScriptDocument().chain((document) => {
    const scenes = identifiedScenes(document);
    const elements = fc
      .uniqueArray(
        fc.record({
          category: fc.constantFrom(...BREAKDOWN_CATEGORIES),
          name: fc.constantFrom(...NAMES, ...WORDS),
          castNumber: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
        }),
        { minLength: 1, maxLength: 8, selector: (e) => e.castNumber ?? e.name },
      )
      .map((list) =>
        list.map((e, i): BreakdownElement => ({
          id: `e${i + 1}`,
          ...e,
          castNumber: e.category === 'cast' ? e.castNumber : null,
        })),
      );
    const sceneIds = [...scenes.map((s) => s.id), 'gone'];
    const tag = fc
      .record({
        element: fc.nat(),
        scene: fc.nat({ max: sceneIds.length - 1 }),
        anchored: fc.boolean(),
        at: fc.nat(),
        from: fc.nat(),
        length: fc.integer({ min: 1, max: 12 }),
      })
      .map((t) => {
        const sceneId = sceneIds[t.scene] ?? 'gone';
        const scene = scenes.find((s) => s.id === sceneId);
        let anchor: BreakdownTag['anchor'] = null;
        if (scene && t.anchored) {
          const next = document.elements.findIndex(
            (e, i) => i > scene.elementIndex && e.type === 'scene-heading',
          );
          const end = next < 0 ? document.elements.length : next;
          const elementIndex = scene.elementIndex + (t.at % (end - scene.elementIndex));
          const element = document.elements[elementIndex];
          const text = element && 'text' in element ? element.text : '';
          if (text.length > 0) {
            const start = t.from % text.length;
            const stop = Math.min(text.length, start + t.length);
            anchor = { elementIndex, start, end: stop, text: text.slice(start, stop) };
          }
        }
        return { element: t.element, sceneId, anchor };
      });
    return fc.tuple(elements, fc.array(tag, { maxLength: 12 })).map(([elementList, tagList]) => ({
      document,
      scenes,
      elements: elementList,
      tags: tagList.map((t, i): BreakdownTag => ({
        id: `t${i + 1}`,
        elementId: elementList[t.element % elementList.length]?.id ?? 'e1',
        sceneId: t.sceneId,
        anchor: t.anchor,
      })),
    }));
  });
