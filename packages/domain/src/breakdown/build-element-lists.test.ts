import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbBreakdown } from '../testing/script-arbitraries.js';
import type { BreakdownElement, BreakdownTag } from './breakdown-element.js';
import type { IdentifiedScene } from './breakdown-sheet.js';
import { buildElementLists } from './build-element-lists.js';

const scene = (id: string, number: string, eighths: number): IdentifiedScene => ({
  id,
  number,
  heading: 'INT. A',
  intExt: 'INT',
  location: 'A',
  time: null,
  pageStart: 1,
  eighths,
  characters: [],
  synopsis: null,
  elementIndex: 0,
});

const element = (
  id: string,
  category: BreakdownElement['category'],
  name: string,
  castNumber: number | null = null,
): BreakdownElement => ({ id, category, name, castNumber });

const tag = (elementId: string, sceneId: string): BreakdownTag => ({
  id: `${elementId}-${sceneId}`,
  elementId,
  sceneId,
  anchor: null,
});

describe('buildElementLists', () => {
  it('lists every element with its scenes in script order, each once', () => {
    const scenes = [scene('a', '1', 3), scene('b', '2', 8), scene('c', '2A', 5)];
    const elements = [
      element('lamp', 'props', 'Lamp'),
      element('tomas', 'cast', 'TOMAS', 2),
      element('ines', 'cast', 'INES'),
      element('margot', 'cast', 'MARGOT', 1),
      element('unused', 'vehicles', 'Boat'),
    ];
    const tags = [
      tag('margot', 'c'),
      tag('margot', 'a'),
      { ...tag('margot', 'a'), id: 'twice' },
      tag('lamp', 'b'),
      tag('ines', 'b'),
      tag('tomas', 'omitted-scene'),
    ];
    expect(buildElementLists(scenes, elements, tags)).toEqual([
      {
        element: elements[3],
        sceneIds: ['a', 'c'],
        sceneNumbers: ['1', '2A'],
        eighths: 8,
        firstScenePosition: 0,
      },
      {
        element: elements[1],
        sceneIds: [],
        sceneNumbers: [],
        eighths: 0,
        firstScenePosition: null,
      },
      {
        element: elements[2],
        sceneIds: ['b'],
        sceneNumbers: ['2'],
        eighths: 8,
        firstScenePosition: 1,
      },
      // Vehicles come before props in BREAKDOWN_CATEGORIES.
      {
        element: elements[4],
        sceneIds: [],
        sceneNumbers: [],
        eighths: 0,
        firstScenePosition: null,
      },
      {
        element: elements[0],
        sceneIds: ['b'],
        sceneNumbers: ['2'],
        eighths: 8,
        firstScenePosition: 1,
      },
    ]);
  });

  it('covers every element once and every tag of a given scene', () => {
    fc.assert(
      fc.property(arbBreakdown(), ({ scenes, elements, tags }) => {
        const lists = buildElementLists(scenes, elements, tags);
        expect(lists.map((entry) => entry.element.id).sort()).toEqual(
          elements.map((e) => e.id).sort(),
        );
        const sceneIds = new Set(scenes.map((s) => s.id));
        for (const t of tags) {
          const entry = lists.find((l) => l.element.id === t.elementId);
          if (sceneIds.has(t.sceneId)) expect(entry?.sceneIds).toContain(t.sceneId);
          else expect(entry?.sceneIds ?? []).not.toContain(t.sceneId);
        }
        for (const entry of lists) {
          expect(new Set(entry.sceneIds).size).toBe(entry.sceneIds.length);
          const inScenes = scenes.filter((s) => entry.sceneIds.includes(s.id));
          expect(entry.sceneIds).toEqual(inScenes.map((s) => s.id));
          expect(entry.eighths).toBe(inScenes.reduce((sum, s) => sum + s.eighths, 0));
        }
      }),
    );
  });
});
