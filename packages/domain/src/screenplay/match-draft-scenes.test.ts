import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScriptDocument } from '../testing/script-arbitraries.js';
import {
  actionLine,
  identifiedScenes,
  sceneHeading,
  scriptDoc,
  speech,
} from '../testing/script-builders.js';
import { extractScenes } from './extract-scenes.js';
import { identifyScenes, matchDraftScenes, sceneText } from './match-draft-scenes.js';
import type { ScriptDocument } from './script-document.js';

const compare = (before: ScriptDocument, after: ScriptDocument) =>
  matchDraftScenes(
    { document: before, scenes: identifiedScenes(before) },
    { document: after, scenes: extractScenes(after) },
  );

const LONG =
  'Rain hammers the harbour office windows. MARGOT reads a ledger by the light of a single lamp, ' +
  'turning the pages slowly, counting under her breath.';

describe('sceneText', () => {
  it('is the printed text after the heading, one element a line, white space made single', () => {
    const document = scriptDoc(
      sceneHeading('INT. A - DAY'),
      actionLine('Rain   hammers.\n\nThe  lamp.'),
      { type: 'note', text: 'not printed' },
      { type: 'synopsis', text: 'not printed either' },
      ...speech('MARGOT (V.O.)', 'Tomas?'),
      { type: 'transition', text: 'CUT TO:' },
      sceneHeading('INT. B - DAY'),
    );
    expect(sceneText(document, { elementIndex: 0 })).toBe(
      'Rain hammers. The lamp.\nMARGOT (V.O.)\nTomas?\nCUT TO:',
    );
  });
});

describe('matchDraftScenes', () => {
  it('matches the same number and heading, and tells unchanged from changed', () => {
    const before = scriptDoc(
      sceneHeading('INT. A - DAY', '1'),
      actionLine('One.'),
      sceneHeading('INT. B - DAY', '2'),
      actionLine('Two.'),
    );
    const after = scriptDoc(
      sceneHeading('int.  a - day', '1'),
      actionLine('One.'),
      sceneHeading('INT. B - DAY', '2'),
      actionLine('Something else entirely.'),
    );
    expect(compare(before, after)).toEqual({
      matches: [
        { previousId: 's1', status: 'unchanged', renumbered: false },
        { previousId: 's2', status: 'changed', renumbered: false },
      ],
      omitted: [],
    });
  });

  it('follows a renumbered scene by heading and text, and a moved one by its text', () => {
    const before = scriptDoc(
      sceneHeading('INT. HARBOUR OFFICE - NIGHT', '1'),
      actionLine(LONG),
      sceneHeading('EXT. QUAY - DAY', '2'),
      actionLine('TOMAS hauls a net onto the quay, swearing at the gulls.'),
    );
    const after = scriptDoc(
      sceneHeading('EXT. ROAD - DAY', '1'),
      actionLine('A car.'),
      sceneHeading('INT. HARBOUR OFFICE - NIGHT', '2'),
      actionLine(`${LONG} She stops.`),
      sceneHeading('EXT. QUAY - NIGHT', '3'),
      actionLine('TOMAS hauls a net onto the quay, swearing at the gulls.'),
    );
    // The office moved from 1 to 2 with a line added (same heading, similar text); the quay moved from 2
    // to 3 and became night (another heading and number, but the very same text).
    expect(compare(before, after)).toEqual({
      matches: [
        { previousId: null, status: 'added', renumbered: false },
        { previousId: 's1', status: 'changed', renumbered: true },
        { previousId: 's2', status: 'changed', renumbered: true },
      ],
      omitted: [],
    });
  });

  it('matches a heading edited in place by its number and similar text', () => {
    const before = scriptDoc(sceneHeading('INT. KITCHEN - DAY', '7'), actionLine(LONG));
    const after = scriptDoc(
      sceneHeading('INT. KITCHEN - NIGHT', '7'),
      actionLine(LONG.replace('slowly', 'quickly').replace('single', 'guttering')),
    );
    expect(compare(before, after).matches).toEqual([
      { previousId: 's1', status: 'changed', renumbered: false },
    ]);
  });

  it('does not match dissimilar scenes that share only a heading or only a number', () => {
    const before = scriptDoc(
      sceneHeading('INT. KITCHEN - DAY', '1'),
      actionLine(LONG),
      sceneHeading('INT. HALL - DAY', '2'),
      actionLine('The dog sleeps by the door.'),
    );
    const after = scriptDoc(
      sceneHeading('INT. KITCHEN - DAY', '3'),
      actionLine('A cat eats from a bowl in silence.'),
      sceneHeading('EXT. GARDEN - DAY', '2'),
      actionLine('Bees. Sun. A hose left running.'),
    );
    expect(compare(before, after)).toEqual({
      matches: [
        { previousId: null, status: 'added', renumbered: false },
        { previousId: null, status: 'added', renumbered: false },
      ],
      omitted: ['s1', 's2'],
    });
  });

  it('does not pair positional numbers that shifted when a scene was inserted', () => {
    // Unnumbered scripts: inserting a kitchen scene first shifts the old scene 1 to position 2.
    const before = scriptDoc(sceneHeading('INT. KITCHEN - DAY'), actionLine(LONG));
    const after = scriptDoc(
      sceneHeading('INT. KITCHEN - DAY'),
      actionLine('A cat eats from a bowl in silence.'),
      sceneHeading('INT. KITCHEN - DAY'),
      actionLine(LONG),
    );
    expect(compare(before, after).matches).toEqual([
      { previousId: null, status: 'added', renumbered: false },
      { previousId: 's1', status: 'unchanged', renumbered: true },
    ]);
  });

  it('matches a scene moved, renumbered and re-headed when its text is nearly the same', () => {
    const before = scriptDoc(
      sceneHeading('INT. A - DAY', '1'),
      actionLine('Short.'),
      sceneHeading('INT. HARBOUR OFFICE - NIGHT', '2'),
      actionLine(LONG),
    );
    const after = scriptDoc(sceneHeading('INT. CUSTOMS HOUSE - NIGHT', '9'), actionLine(LONG));
    expect(compare(before, after)).toEqual({
      matches: [{ previousId: 's2', status: 'changed', renumbered: true }],
      omitted: ['s1'],
    });
  });

  it('never matches two empty scenes on text alone', () => {
    const before = scriptDoc(sceneHeading('INT. A - DAY', '1'));
    const after = scriptDoc(sceneHeading('INT. B - DAY', '2'));
    expect(compare(before, after).omitted).toEqual(['s1']);
  });

  it('finds every scene unchanged in an identical draft', () => {
    fc.assert(
      fc.property(arbScriptDocument(), (document) => {
        const scenes = identifiedScenes(document);
        const { matches, omitted } = compare(document, document);
        expect(matches).toEqual(
          scenes.map((scene) => ({ previousId: scene.id, status: 'unchanged', renumbered: false })),
        );
        expect(omitted).toEqual([]);
      }),
    );
  });

  it('matches each previous scene at most once and accounts for every one', () => {
    fc.assert(
      fc.property(arbScriptDocument(), arbScriptDocument(), (before, after) => {
        const { matches, omitted } = compare(before, after);
        expect(matches).toHaveLength(extractScenes(after).length);
        const ids = matches.flatMap((m) => (m.previousId === null ? [] : [m.previousId]));
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids, ...omitted].sort()).toEqual(
          identifiedScenes(before)
            .map((s) => s.id)
            .sort(),
        );
      }),
    );
  });
});

describe('identifyScenes', () => {
  it('keeps the previous id of a matched scene and gives a new one a fresh id', () => {
    const before = scriptDoc(sceneHeading('INT. A - DAY', '1'), actionLine('One.'));
    const after = scriptDoc(
      sceneHeading('INT. B - DAY', '1'),
      actionLine('New.'),
      sceneHeading('INT. A - DAY', '1'),
      actionLine('One.'),
    );
    let n = 0;
    const scenes = identifyScenes(compare(before, after), extractScenes(after), {
      next: () => `new-${(n += 1)}`,
    });
    expect(scenes.map((s) => [s.id, s.heading])).toEqual([
      ['new-1', 'INT. B - DAY'],
      ['s1', 'INT. A - DAY'],
    ]);
  });
});
