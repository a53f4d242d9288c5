import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbBreakdown } from '../testing/script-arbitraries.js';
import {
  actionLine,
  identifiedScenes,
  sceneHeading,
  scriptDoc,
  speech,
} from '../testing/script-builders.js';
import type { BreakdownElement, BreakdownTag } from './breakdown-element.js';
import { suggestElements } from './suggest-elements.js';

const document = scriptDoc(
  sceneHeading('INT. HARBOUR OFFICE - NIGHT', '1'), // 0
  actionLine('Rain. MARGOT (40s) reads a ledger. A RED PICKUP TRUCK idles outside.'), // 1
  ...speech('TOMAS (O.S.)', 'Margot?'), // 2, 3
  actionLine('She looks at the CLOCK. MOMENTS LATER, INES enters.'), // 4
  ...speech('MARGOT', 'You are late.'), // 5, 6
  sceneHeading('EXT. QUAY - DAY', '2'), // 7
  actionLine("INES waits by the RED PICKUP TRUCK in MARGOT'S coat."), // 8
  ...speech('INES', 'Late.'), // 9, 10
);
const scenes = identifiedScenes(document);

const element = (
  id: string,
  category: BreakdownElement['category'],
  name: string,
): BreakdownElement => ({ id, category, name, castNumber: null });

describe('suggestElements', () => {
  it('suggests speakers, characters appearing and other capitals, in script order', () => {
    expect(suggestElements(document, scenes, [], [])).toEqual([
      {
        category: 'cast',
        name: 'MARGOT',
        sceneId: 's1',
        // Her first mention in the scene is the introduction in the action, before her cue.
        anchor: { elementIndex: 1, start: 6, end: 12, text: 'MARGOT' },
        reason: 'speaks',
      },
      {
        category: null,
        name: 'RED PICKUP TRUCK',
        sceneId: 's1',
        anchor: { elementIndex: 1, start: 37, end: 53, text: 'RED PICKUP TRUCK' },
        reason: 'capitalised',
      },
      {
        category: 'cast',
        name: 'TOMAS',
        sceneId: 's1',
        anchor: { elementIndex: 2, start: 0, end: 5, text: 'TOMAS' },
        reason: 'speaks',
      },
      {
        category: null,
        name: 'CLOCK',
        sceneId: 's1',
        anchor: { elementIndex: 4, start: 17, end: 22, text: 'CLOCK' },
        reason: 'capitalised',
      },
      {
        category: 'cast',
        name: 'INES',
        sceneId: 's1',
        anchor: { elementIndex: 4, start: 39, end: 43, text: 'INES' },
        reason: 'first-appearance',
      },
      {
        category: 'cast',
        name: 'INES',
        sceneId: 's2',
        anchor: { elementIndex: 8, start: 0, end: 4, text: 'INES' },
        reason: 'speaks',
      },
      {
        category: null,
        name: 'RED PICKUP TRUCK',
        sceneId: 's2',
        anchor: { elementIndex: 8, start: 18, end: 34, text: 'RED PICKUP TRUCK' },
        reason: 'capitalised',
      },
      {
        category: 'cast',
        name: 'MARGOT',
        sceneId: 's2',
        anchor: { elementIndex: 8, start: 38, end: 44, text: 'MARGOT' },
        reason: 'first-appearance',
      },
    ]);
  });

  it('suggests nothing already broken down, and gives a known name its category', () => {
    const elements = [
      element('margot', 'cast', 'Margot'),
      element('truck', 'vehicles', 'Red pickup truck'),
      element('clock', 'props', 'Wall clock'),
    ];
    const tags: BreakdownTag[] = [
      { id: 't1', elementId: 'margot', sceneId: 's1', anchor: null },
      { id: 't2', elementId: 'truck', sceneId: 's1', anchor: null },
      {
        id: 't3',
        elementId: 'clock',
        sceneId: 's1',
        anchor: { elementIndex: 4, start: 17, end: 22, text: 'CLOCK' },
      },
    ];
    const suggestions = suggestElements(document, scenes, elements, tags);
    expect(suggestions.map((s) => [s.sceneId, s.name, s.category, s.reason])).toEqual([
      ['s1', 'TOMAS', 'cast', 'speaks'],
      ['s1', 'INES', 'cast', 'first-appearance'],
      ['s2', 'INES', 'cast', 'speaks'],
      ['s2', 'RED PICKUP TRUCK', 'vehicles', 'capitalised'],
      ['s2', 'MARGOT', 'cast', 'first-appearance'],
    ]);
  });

  it('a tagged cast member of another category does not hide the cast suggestion', () => {
    const tags: BreakdownTag[] = [{ id: 't1', elementId: 'p', sceneId: 's2', anchor: null }];
    const suggestions = suggestElements(document, scenes, [element('p', 'props', 'Ines')], tags);
    expect(suggestions.filter((s) => s.sceneId === 's2').map((s) => s.name)).toContain('INES');
  });

  it('anchors a speaker without an action mention on the name in the cue', () => {
    const doc = scriptDoc(sceneHeading('INT. A - DAY'), ...speech('MARGOT (V.O.)', 'Hello.'));
    expect(suggestElements(doc, identifiedScenes(doc), [], [])).toEqual([
      {
        category: 'cast',
        name: 'MARGOT',
        sceneId: 's1',
        anchor: { elementIndex: 1, start: 0, end: 6, text: 'MARGOT' },
        reason: 'speaks',
      },
    ]);
  });

  it('looks only at the scenes given', () => {
    expect(
      suggestElements(document, scenes.slice(1), [], []).every((s) => s.sceneId === 's2'),
    ).toBe(true);
  });

  it('anchors every suggestion on its text, once per scene and name, never over a tag', () => {
    fc.assert(
      fc.property(arbBreakdown(), ({ document, scenes, elements, tags }) => {
        const suggestions = suggestElements(document, scenes, elements, tags);
        const keys = suggestions.map((s) => `${s.sceneId}|${s.name.toUpperCase()}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const { anchor } of suggestions) {
          const element = document.elements[anchor.elementIndex];
          const text = element && 'text' in element ? element.text : '';
          expect(text.slice(anchor.start, anchor.end)).toBe(anchor.text);
          for (const t of tags) {
            if (t.anchor?.elementIndex !== anchor.elementIndex) continue;
            expect(t.anchor.end <= anchor.start || anchor.end <= t.anchor.start).toBe(true);
          }
        }
        expect(suggestElements(document, scenes, elements, tags)).toEqual(suggestions);
      }),
    );
  });
});
