import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractScenes, totalEighths } from './extract-scenes.js';
import { paginateScript } from './paginate-script.js';
import type { ScriptDocument, ScriptElement } from './script-document.js';

const doc = (...elements: ScriptElement[]): ScriptDocument => ({ titlePage: [], elements });
const heading = (text: string, sceneNumber: string | null = null): ScriptElement => ({
  type: 'scene-heading',
  text,
  sceneNumber,
});
const action = (text: string): ScriptElement => ({ type: 'action', text, centered: false });
const cue = (text: string, name = text): ScriptElement => ({
  type: 'character',
  name,
  text,
  extensions: [],
  dual: null,
});
const line = (text: string): ScriptElement => ({ type: 'dialogue', text });
const lines = (n: number): ScriptElement => action(Array.from({ length: n }, () => 'x').join('\n'));

describe('extractScenes', () => {
  it('gives each heading its number, parts, page, length, speakers and synopsis', () => {
    const scenes = extractScenes(
      doc(
        action('FADE IN:'),
        heading('INT. HARBOUR OFFICE - NIGHT', '5A'),
        { type: 'synopsis', text: 'Margot finds the ledger.' },
        { type: 'synopsis', text: 'A second synopsis.' },
        action('Rain.'),
        cue('MARGOT (V.O.)', 'MARGOT'),
        line('Tomas?'),
        cue('TOMAS'),
        line('Here.'),
        cue('MARGOT'),
        line('Good.'),
        heading('EXT. QUAY - DAY'),
        lines(60),
      ),
    );
    expect(scenes).toEqual([
      {
        number: '5A',
        heading: 'INT. HARBOUR OFFICE - NIGHT',
        intExt: 'INT',
        location: 'HARBOUR OFFICE',
        time: 'NIGHT',
        pageStart: 1,
        // heading, blank, action, blank, 2 + blank + 2 + blank + 2 = 13 lines: ceil(13 × 8 / 55) = 2
        eighths: 2,
        characters: ['MARGOT', 'TOMAS'],
        synopsis: 'Margot finds the ledger.',
        elementIndex: 1,
      },
      {
        number: '2',
        heading: 'EXT. QUAY - DAY',
        intExt: 'EXT',
        location: 'QUAY',
        time: 'DAY',
        pageStart: 1,
        // 1 + 1 + 60 = 62 lines: ceil(62 × 8 / 55) = 10 (1 2/8 pages)
        eighths: 10,
        characters: [],
        synopsis: null,
        elementIndex: 11,
      },
    ]);
    expect(totalEighths(scenes)).toBe(12);
  });

  it('numbers unnumbered scenes by position, skipping numbers the script gives other scenes', () => {
    const scenes = extractScenes(
      doc(
        heading('INT. A', '1'),
        heading('INT. B'),
        heading('INT. C'),
        heading('INT. D', '3'),
        heading('INT. E'),
        heading('INT. F', '5A'),
      ),
    );
    expect(scenes.map((s) => s.number)).toEqual(['1', '2', '4', '3', '5', '5A']);
    expect(extractScenes(doc(heading('INT. A'), heading('INT. B'))).map((s) => s.number)).toEqual([
      '1',
      '2',
    ]);
  });

  it('counts a scene of one line as 1/8', () => {
    const [scene] = extractScenes(doc(heading('INT. HOUSE - DAY')));
    expect(scene?.eighths).toBe(1);
  });

  it('takes the declared length and page when the file gives them', () => {
    const [scene] = extractScenes(
      doc(
        {
          type: 'scene-heading',
          text: 'INT. HOUSE - DAY',
          sceneNumber: '12',
          declaredEighths: 11,
          declaredPage: 7,
        },
        lines(200),
      ),
    );
    expect(scene).toMatchObject({ number: '12', eighths: 11, pageStart: 7 });
  });

  it('starts a scene on the page its heading prints on', () => {
    const scenes = extractScenes(doc(heading('INT. A'), lines(70), heading('INT. B'), lines(3)));
    expect(scenes.map((s) => s.pageStart)).toEqual([1, 2]);
  });

  it('does not count where pages break: a scene pushed to the next page keeps its length', () => {
    const early = extractScenes(doc(heading('INT. A'), lines(10), heading('INT. B'), lines(20)));
    const late = extractScenes(doc(heading('INT. A'), lines(50), heading('INT. B'), lines(20)));
    expect(early[1]?.eighths).toBe(late[1]?.eighths);
    expect(late[1]?.pageStart).toBe(2);
  });

  it('reuses a pagination it is given', () => {
    const document = doc(heading('INT. A'), lines(3));
    expect(extractScenes(document, { pagination: paginateScript(document) })).toEqual(
      extractScenes(document),
    );
  });
});

// Any document at all, including ones no importer would produce (dialogue without a cue, a right-hand
// dual cue alone, declared lengths of 0): pagination and scenes must still hold their promises.
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'WORD'), maxLength: 300 }),
  // Now and then an element longer than a page.
  fc.nat({ max: 130 }).map((n) => 'line\n'.repeat(n)),
);
const element: fc.Arbitrary<ScriptElement> = fc.oneof(
  fc.record({
    type: fc.constant('scene-heading' as const),
    text,
    sceneNumber: fc.option(fc.constantFrom('1', '5A', '12'), { nil: null }),
  }),
  fc
    .tuple(text, fc.nat({ max: 40 }), fc.boolean())
    .map(([t, declared, hasDeclared]): ScriptElement =>
      hasDeclared
        ? { type: 'scene-heading', text: t, sceneNumber: null, declaredEighths: declared }
        : { type: 'scene-heading', text: t, sceneNumber: null },
    ),
  fc.record({ type: fc.constant('action' as const), text, centered: fc.boolean() }),
  fc.record({
    type: fc.constant('character' as const),
    name: fc.constantFrom('A', 'B', 'C'),
    text,
    extensions: fc.constant([]),
    dual: fc.constantFrom('left' as const, 'right' as const, null),
  }),
  fc.record({ type: fc.constant('parenthetical' as const), text }),
  fc.record({ type: fc.constant('dialogue' as const), text }),
  fc.record({ type: fc.constant('lyrics' as const), text }),
  fc.record({ type: fc.constant('transition' as const), text }),
  fc.record({ type: fc.constant('synopsis' as const), text }),
  fc.record({ type: fc.constant('note' as const), text }),
  fc.record({ type: fc.constant('section' as const), text, depth: fc.integer({ min: 1, max: 3 }) }),
  fc.constant({ type: 'page-break' as const }),
);
const anyDocument = fc
  .array(element, { maxLength: 60 })
  .map((elements): ScriptDocument => ({ titlePage: [], elements }));

describe('pagination and scenes of any document', () => {
  it('every scene is at least 1/8, and the total is the sum of the scenes', () => {
    fc.assert(
      fc.property(anyDocument, (document) => {
        const scenes = extractScenes(document);
        expect(scenes).toHaveLength(
          document.elements.filter((e) => e.type === 'scene-heading').length,
        );
        for (const scene of scenes) {
          expect(Number.isSafeInteger(scene.eighths)).toBe(true);
          expect(scene.eighths).toBeGreaterThanOrEqual(1);
        }
        expect(totalEighths(scenes)).toBe(scenes.reduce((sum, s) => sum + s.eighths, 0));
      }),
      { numRuns: 500 },
    );
  });

  it('places every element on a real line of a page, in order, pages never going back', () => {
    fc.assert(
      fc.property(anyDocument, (document) => {
        const { placements, pageCount } = paginateScript(document);
        expect(placements).toHaveLength(document.elements.length);
        let previousPage = 1;
        // The right-hand column of a dual pair starts beside the left one, so it may be on an
        // earlier page than the end of a left column longer than a page.
        let rightColumn = false;
        placements.forEach((placement, index) => {
          const element = document.elements[index];
          if (element?.type === 'character') rightColumn = element.dual === 'right';
          else if (element?.type !== 'parenthetical' && element?.type !== 'dialogue') {
            rightColumn = rightColumn && element?.type === 'note';
          }
          expect(placement.line).toBeGreaterThanOrEqual(1);
          expect(placement.line).toBeLessThanOrEqual(55);
          if (!rightColumn) expect(placement.page).toBeGreaterThanOrEqual(previousPage);
          if (placement.lines > 0) expect(placement.page).toBeLessThanOrEqual(pageCount);
          previousPage = Math.max(previousPage, placement.page);
        });
      }),
      { numRuns: 500 },
    );
  });
});
