import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BreakdownTag, TextAnchor } from '../breakdown/breakdown-element.js';
import { arbBreakdown, arbScriptDocument } from '../testing/script-arbitraries.js';
import {
  actionLine,
  identifiedScenes,
  sceneHeading,
  scriptDoc,
  speech,
} from '../testing/script-builders.js';
import { carryOverTags } from './carry-over-tags.js';
import { extractScenes } from './extract-scenes.js';
import { identifyScenes, matchDraftScenes } from './match-draft-scenes.js';
import type { ScriptDocument } from './script-document.js';

const anchorOn = (document: ScriptDocument, elementIndex: number, text: string): TextAnchor => {
  const element = document.elements[elementIndex];
  const start = element && 'text' in element ? element.text.indexOf(text) : -1;
  if (start < 0) throw new Error(`"${text}" is not in element ${elementIndex}`);
  return { elementIndex, start, end: start + text.length, text };
};

const tag = (id: string, sceneId: string, anchor: TextAnchor | null): BreakdownTag => ({
  id,
  elementId: `element-of-${id}`,
  sceneId,
  anchor,
});

/** Revises `before` into `after` as the application does: match, identify, carry over. */
const revise = (before: ScriptDocument, after: ScriptDocument, tags: readonly BreakdownTag[]) => {
  const previous = { document: before, scenes: identifiedScenes(before) };
  const comparison = matchDraftScenes(previous, { document: after, scenes: extractScenes(after) });
  let n = 0;
  const scenes = identifyScenes(comparison, extractScenes(after), {
    next: () => `new-${(n += 1)}`,
  });
  return { comparison, scenes, ...carryOverTags(previous, { document: after, scenes }, tags) };
};

describe('a revised draft', () => {
  const before = scriptDoc(
    sceneHeading('INT. HARBOUR OFFICE - NIGHT', '1'), // 0
    actionLine('MARGOT reads the LEDGER by the LAMP. Rain on the glass.'), // 1
    ...speech('MARGOT', 'Where is it?'), // 2, 3
    sceneHeading('EXT. QUAY - DAY', '2'), // 4
    actionLine('TOMAS hauls a NET onto the quay.'), // 5
    sceneHeading('INT. LIGHTHOUSE - NIGHT', '3'), // 6
    actionLine('INES lights the LANTERN and waits.'), // 7
    ...speech('INES', 'Come on.'), // 8, 9
  );
  const after = scriptDoc(
    sceneHeading('INT. HARBOUR OFFICE - NIGHT', '1'), // 0
    actionLine('Rain on the glass. MARGOT reads the LEDGER by candlelight.'), // 1
    ...speech('MARGOT', 'Where is it?'), // 2, 3
    sceneHeading('INT. CELLAR - NIGHT', '2'), // 4
    actionLine('A RAT runs along a pipe.'), // 5
    sceneHeading('EXT. ROAD - NIGHT', '3'), // 6
    actionLine('Headlights.'), // 7
    sceneHeading('INT. LIGHTHOUSE - NIGHT', '4'), // 8
    actionLine('INES lights the LANTERN and waits.'), // 9
    ...speech('INES', 'Come on.'), // 10, 11
  );
  const tags = [
    tag('margot', 's1', anchorOn(before, 1, 'MARGOT')),
    tag('ledger', 's1', anchorOn(before, 1, 'LEDGER')),
    tag('lamp', 's1', anchorOn(before, 1, 'LAMP')),
    tag('rain', 's1', null),
    tag('net', 's2', anchorOn(before, 5, 'NET')),
    tag('lantern', 's3', anchorOn(before, 7, 'LANTERN')),
    tag('ines-cue', 's3', anchorOn(before, 8, 'INES')),
  ];
  const result = revise(before, after, tags);

  it('tells edited, added, renumbered and omitted scenes apart', () => {
    expect(result.comparison).toEqual({
      matches: [
        { previousId: 's1', status: 'changed', renumbered: false },
        { previousId: null, status: 'added', renumbered: false },
        { previousId: null, status: 'added', renumbered: false },
        { previousId: 's3', status: 'unchanged', renumbered: true },
      ],
      omitted: ['s2'],
    });
    expect(result.scenes.map((s) => [s.id, s.number])).toEqual([
      ['s1', '1'],
      ['new-1', '2'],
      ['new-2', '3'],
      ['s3', '4'],
    ]);
  });

  it('keeps the tags whose text survives, re-anchored, and puts the rest up for review', () => {
    expect(result.kept).toEqual([
      tag('margot', 's1', anchorOn(after, 1, 'MARGOT')),
      tag('ledger', 's1', anchorOn(after, 1, 'LEDGER')),
      tag('rain', 's1', null),
      tag('lantern', 's3', anchorOn(after, 9, 'LANTERN')),
      tag('ines-cue', 's3', anchorOn(after, 10, 'INES')),
    ]);
    expect(result.review).toEqual([
      { tag: tags[2], reason: 'text-not-found', sceneId: 's1' },
      { tag: tags[4], reason: 'scene-omitted', sceneId: 's2' },
    ]);
  });
});

describe('carryOverTags', () => {
  const draft = (document: ScriptDocument) => ({ document, scenes: identifiedScenes(document) });

  it('prefers the occurrence nearest the old place, then one in another case', () => {
    const before = scriptDoc(
      sceneHeading('INT. A - DAY'),
      actionLine('A gun.'),
      actionLine('The GUN on the table.'),
      actionLine('The lamp.'),
    );
    const after = scriptDoc(
      sceneHeading('INT. A - DAY'),
      actionLine('A GUN.'),
      actionLine('Nothing here.'),
      actionLine('Nothing.'),
      actionLine('A GUN and the Lamp, the GUN.'),
    );
    const { kept, review } = carryOverTags(draft(before), draft(after), [
      tag('gun', 's1', anchorOn(before, 2, 'GUN')),
      tag('lamp', 's1', anchorOn(before, 3, 'lamp')),
    ]);
    expect(kept).toEqual([
      tag('gun', 's1', anchorOn(after, 1, 'GUN')),
      tag('lamp', 's1', anchorOn(after, 4, 'Lamp')),
    ]);
    expect(review).toEqual([]);
  });

  it('does not find a whole word inside another word', () => {
    const before = scriptDoc(sceneHeading('INT. A - DAY'), actionLine('The GUN fires.'));
    const after = scriptDoc(sceneHeading('INT. A - DAY'), actionLine('The GUNNER fires.'));
    const gun = tag('gun', 's1', anchorOn(before, 1, 'GUN'));
    expect(carryOverTags(draft(before), draft(after), [gun]).review).toEqual([
      { tag: gun, reason: 'text-not-found', sceneId: 's1' },
    ]);
  });

  it('finds part of a word when part of a word was tagged', () => {
    const before = scriptDoc(sceneHeading('INT. A - DAY'), actionLine('GUNSMOKE drifts.'));
    const after = scriptDoc(sceneHeading('INT. A - DAY'), actionLine('Slowly, GUNSMOKE drifts.'));
    const gun = tag('gun', 's1', anchorOn(before, 1, 'GUN'));
    expect(carryOverTags(draft(before), draft(after), [gun]).kept).toEqual([
      tag('gun', 's1', anchorOn(after, 1, 'GUN')),
    ]);
  });

  it('keeps every tag of an identical draft exactly as it was', () => {
    fc.assert(
      fc.property(arbBreakdown(), ({ document, scenes, tags }) => {
        const same = { document, scenes };
        const { kept, review } = carryOverTags(same, same, tags);
        const ids = new Set(scenes.map((s) => s.id));
        expect(kept).toEqual(tags.filter((t) => ids.has(t.sceneId)));
        expect(review.every((r) => r.reason === 'scene-omitted')).toBe(true);
      }),
    );
  });

  it('drops nothing: every tag is kept or reviewed, once, and kept anchors read their text', () => {
    const arbNext = (document: ScriptDocument) =>
      fc.oneof(
        arbScriptDocument(),
        fc
          .subarray([...document.elements])
          .map((elements): ScriptDocument => ({ titlePage: [], elements })),
        arbScriptDocument().map((more): ScriptDocument => ({
          titlePage: [],
          elements: [...more.elements, ...document.elements],
        })),
      );
    fc.assert(
      fc.property(
        arbBreakdown().chain((breakdown) =>
          arbNext(breakdown.document).map((next) => ({ breakdown, next })),
        ),
        ({ breakdown, next }) => {
          const { kept, review, scenes } = revise(breakdown.document, next, breakdown.tags);
          expect(kept.length + review.length).toBe(breakdown.tags.length);
          expect([...kept.map((t) => t.id), ...review.map((r) => r.tag.id)].sort()).toEqual(
            breakdown.tags.map((t) => t.id).sort(),
          );
          const ids = new Set(scenes.map((s) => s.id));
          for (const t of kept) {
            expect(ids.has(t.sceneId)).toBe(true);
            if (t.anchor === null) continue;
            const element = next.elements[t.anchor.elementIndex];
            const text = element && 'text' in element ? element.text : null;
            expect(text?.slice(t.anchor.start, t.anchor.end)).toBe(t.anchor.text);
            const scene = scenes.find((s) => s.id === t.sceneId);
            expect(t.anchor.elementIndex).toBeGreaterThanOrEqual(scene?.elementIndex ?? Infinity);
          }
        },
      ),
    );
  });
});
