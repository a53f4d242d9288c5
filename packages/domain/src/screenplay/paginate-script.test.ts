import { describe, expect, it } from 'vitest';
import { paginateScript } from './paginate-script.js';
import type { ScriptDocument, ScriptElement } from './script-document.js';
import { US_LETTER_LAYOUT } from './script-layout.js';

const doc = (...elements: ScriptElement[]): ScriptDocument => ({ titlePage: [], elements });
const heading = (text: string): ScriptElement => ({
  type: 'scene-heading',
  text,
  sceneNumber: null,
});
const action = (text: string): ScriptElement => ({ type: 'action', text, centered: false });
const cue = (name: string, dual: 'left' | 'right' | null = null): ScriptElement => ({
  type: 'character',
  name,
  text: name,
  extensions: [],
  dual,
});
const line = (text: string): ScriptElement => ({ type: 'dialogue', text });
/** An action paragraph of exactly n printed lines. */
const lines = (n: number): ScriptElement => action(Array.from({ length: n }, () => 'x').join('\n'));

describe('paginateScript', () => {
  it('puts one blank line between paragraphs and none inside a speech', () => {
    const { placements, pageCount } = paginateScript(
      doc(heading('INT. HOUSE - DAY'), action('She waits.'), cue('MARGOT'), line('Well.'), {
        type: 'parenthetical',
        text: '(beat)',
      }),
    );
    expect(placements.map((p) => [p.page, p.line, p.lines])).toEqual([
      [1, 1, 1],
      [1, 3, 1],
      [1, 5, 1],
      [1, 6, 1],
      [1, 7, 1],
    ]);
    expect(pageCount).toBe(1);
  });

  it('wraps action at 61, dialogue at 36, parentheticals at 26 characters', () => {
    const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');
    const { placements } = paginateScript(
      doc(
        action(words(13)),
        cue('MARGOT'),
        { type: 'parenthetical', text: words(6) },
        line(words(8)),
      ),
    );
    // 13 words = 64 characters: 2 lines at 61; 6 words = 29: 2 at 26; 8 words = 39: 2 at 36.
    expect(placements.map((p) => p.lines)).toEqual([2, 1, 2, 2]);
  });

  it('honours page breaks, and a page break on a fresh page adds no page', () => {
    const { placements, pageCount } = paginateScript(
      doc(action('One.'), { type: 'page-break' }, { type: 'page-break' }, action('Two.')),
    );
    expect(placements.map((p) => [p.page, p.line])).toEqual([
      [1, 1],
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
    expect(pageCount).toBe(2);
  });

  it('splits action across pages at a line, with no blank line at the top of the next page', () => {
    const { placements } = paginateScript(doc(lines(50), lines(10), action('After.')));
    expect(placements.map((p) => [p.page, p.line])).toEqual([
      [1, 1],
      [1, 52], // 50 lines, a blank, then 4 lines here and 6 on page 2
      [2, 8],
    ]);
  });

  it('moves a whole speech to the next page when it does not fit', () => {
    const { placements } = paginateScript(doc(lines(50), cue('MARGOT'), line('a\nb\nc\nd\ne')));
    expect(placements.slice(1).map((p) => [p.page, p.line])).toEqual([
      [2, 1],
      [2, 2],
    ]);
  });

  it('does not leave a scene heading alone at the foot of a page', () => {
    const { placements } = paginateScript(doc(lines(52), heading('INT. HOUSE - DAY'), action('x')));
    expect(placements[1]).toMatchObject({ page: 2, line: 1 });
  });

  it('prints a dual pair side by side: as tall as the taller column, in narrower columns', () => {
    const { placements } = paginateScript(
      doc(
        cue('BRICK', 'left'),
        line('a\nb\nc'),
        cue('STEEL', 'right'),
        line('d'),
        action('After.'),
      ),
    );
    expect(placements.map((p) => [p.page, p.line])).toEqual([
      [1, 1],
      [1, 2],
      [1, 1],
      [1, 2],
      [1, 6],
    ]);
    // 30 characters: one line at 36, two at 27 (36 × 0.75).
    const words = 'aaaa bbbb cccc dddd eeee fffff';
    const dual = paginateScript(doc(cue('A', 'left'), line(words), cue('B', 'right'), line('x')));
    expect(dual.placements[1]?.lines).toBe(2);
  });

  it('places notes, sections and synopses where the next line goes, taking no lines', () => {
    const { placements } = paginateScript(
      doc(action('One.'), { type: 'note', text: 'n' }, { type: 'section', text: 's', depth: 1 }),
    );
    expect(placements.slice(1)).toEqual([
      { page: 1, line: 2, lines: 0, flowLine: 1 },
      { page: 1, line: 2, lines: 0, flowLine: 1 },
    ]);
  });

  it('measures flow lines without page breaks: one blank line between paragraphs', () => {
    const { placements } = paginateScript(
      doc(lines(50), { type: 'page-break' }, lines(3), lines(60)),
    );
    expect(placements.map((p) => p.flowLine)).toEqual([0, 50, 51, 55]);
  });

  it('uses the layout it is given', () => {
    const { pageCount } = paginateScript(doc(lines(20), lines(20)), {
      ...US_LETTER_LAYOUT,
      linesPerPage: 20,
    });
    expect(pageCount).toBe(2);
  });
});
