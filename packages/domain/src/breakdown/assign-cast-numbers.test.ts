import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbBreakdown } from '../testing/script-arbitraries.js';
import { assignCastNumbers, buildCastList } from './assign-cast-numbers.js';
import type { BreakdownElement } from './breakdown-element.js';
import type { ElementListEntry } from './build-element-lists.js';
import { buildElementLists } from './build-element-lists.js';

const cast = (id: string, name: string, castNumber: number | null = null): BreakdownElement => ({
  id,
  category: 'cast',
  name,
  castNumber,
});

const entry = (
  element: BreakdownElement,
  sceneNumbers: string[],
  firstScenePosition: number | null,
  eighths = sceneNumbers.length * 4,
): ElementListEntry => ({
  element,
  sceneIds: sceneNumbers.map((n) => `s${n}`),
  sceneNumbers,
  eighths,
  firstScenePosition,
});

const margot = cast('margot', 'MARGOT');
const tomas = cast('tomas', 'TOMAS');
const ines = cast('ines', 'INES');
const bosun = cast('bosun', 'BOSUN');
const ghost = cast('ghost', 'GHOST');
const lists = [
  entry(margot, ['1', '2', '5'], 0),
  entry(tomas, ['3', '4'], 2),
  entry(ines, ['2', '6'], 1),
  entry(bosun, ['2', '6'], 1),
  entry(ghost, [], null),
];

describe('assignCastNumbers', () => {
  it('numbers by scene count, then first appearance, then name', () => {
    const numbers = assignCastNumbers([ghost, tomas, ines, margot, bosun], lists);
    expect([...numbers].sort((a, b) => a[1] - b[1])).toEqual([
      ['margot', 1],
      ['bosun', 2],
      ['ines', 3],
      ['tomas', 4],
      ['ghost', 5],
    ]);
  });

  it('keeps existing numbers and goes on after the highest, leaving gaps alone', () => {
    const numbers = assignCastNumbers(
      [cast('tomas', 'TOMAS', 7), margot, cast('ines', 'INES', 2), bosun],
      lists,
    );
    expect(Object.fromEntries(numbers)).toEqual({ tomas: 7, ines: 2, margot: 8, bosun: 9 });
  });

  it('ignores other categories and treats a bad number as none', () => {
    const numbers = assignCastNumbers(
      [{ ...margot, category: 'props' }, cast('tomas', 'TOMAS', 0), cast('ines', 'INES', 1.5)],
      lists,
    );
    // Both in two scenes; INES appears first.
    expect(Object.fromEntries(numbers)).toEqual({ ines: 1, tomas: 2 });
  });

  it('gives every cast member a distinct positive number and keeps the existing ones', () => {
    fc.assert(
      fc.property(arbBreakdown(), ({ scenes, elements, tags }) => {
        const castElements = elements.filter((e) => e.category === 'cast');
        const numbers = assignCastNumbers(castElements, buildElementLists(scenes, elements, tags));
        expect([...numbers.keys()].sort()).toEqual(castElements.map((e) => e.id).sort());
        const values = [...numbers.values()];
        expect(new Set(values).size).toBe(values.length);
        for (const value of values) expect(Number.isSafeInteger(value) && value > 0).toBe(true);
        for (const e of castElements) {
          if (e.castNumber !== null) expect(numbers.get(e.id)).toBe(e.castNumber);
        }
      }),
    );
  });
});

describe('buildCastList', () => {
  it('lists cast with their numbers, scenes and first scene; numbered first', () => {
    expect(
      buildCastList(
        [
          cast('tomas', 'TOMAS', 2),
          margot,
          cast('ines', 'INES', 1),
          ghost,
          { ...bosun, category: 'props' },
        ],
        lists,
      ),
    ).toEqual([
      {
        elementId: 'ines',
        castNumber: 1,
        name: 'INES',
        sceneCount: 2,
        eighths: 8,
        firstSceneNumber: '2',
      },
      {
        elementId: 'tomas',
        castNumber: 2,
        name: 'TOMAS',
        sceneCount: 2,
        eighths: 8,
        firstSceneNumber: '3',
      },
      {
        elementId: 'ghost',
        castNumber: null,
        name: 'GHOST',
        sceneCount: 0,
        eighths: 0,
        firstSceneNumber: null,
      },
      {
        elementId: 'margot',
        castNumber: null,
        name: 'MARGOT',
        sceneCount: 3,
        eighths: 12,
        firstSceneNumber: '1',
      },
    ]);
  });
});
