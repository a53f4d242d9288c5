import { describe, expect, it } from 'vitest';
import type { BreakdownElement, BreakdownTag } from './breakdown-element.js';
import type { IdentifiedScene } from './breakdown-sheet.js';
import { buildBreakdownSheet, buildBreakdownSheets } from './build-breakdown-sheet.js';

const scene = (id: string, overrides: Partial<IdentifiedScene> = {}): IdentifiedScene => ({
  id,
  number: '5A',
  heading: 'INT. HARBOUR OFFICE - NIGHT',
  intExt: 'INT',
  location: 'HARBOUR OFFICE',
  time: 'NIGHT',
  pageStart: 3,
  eighths: 11,
  characters: [],
  synopsis: 'Margot finds the ledger.',
  elementIndex: 0,
  ...overrides,
});

const element = (
  id: string,
  category: BreakdownElement['category'],
  name: string,
  castNumber: number | null = null,
): BreakdownElement => ({ id, category, name, castNumber });

const elements = [
  element('ines', 'cast', 'INES'),
  element('tomas', 'cast', 'TOMAS', 2),
  element('margot', 'cast', 'MARGOT', 1),
  element('ledger', 'props', 'ledger'),
  element('lamp', 'props', 'Lamp'),
  element('truck', 'vehicles', 'Red pickup truck'),
  element('rain', 'special-effects', 'Rain'),
  element('coat', 'wardrobe', 'Margot’s coat', 7),
];

const tag = (elementId: string, sceneId = 's1'): BreakdownTag => ({
  id: `${elementId}-${sceneId}`,
  elementId,
  sceneId,
  anchor: null,
});

describe('buildBreakdownSheet', () => {
  it('fills the header and lists each element once, by category, cast by number', () => {
    const tags = [
      tag('lamp'),
      tag('ines'),
      tag('tomas'),
      tag('margot'),
      { ...tag('margot'), id: 'again' },
      tag('ledger'),
      tag('rain'),
      tag('coat'),
      tag('truck', 's2'),
      tag('unknown'),
    ];
    expect(buildBreakdownSheet(scene('s1'), elements, tags, 'Old customs house')).toEqual({
      sceneId: 's1',
      sceneNumber: '5A',
      heading: 'INT. HARBOUR OFFICE - NIGHT',
      intExt: 'INT',
      set: 'HARBOUR OFFICE',
      shootingLocation: 'Old customs house',
      time: 'NIGHT',
      eighths: 11,
      pages: '1 3/8',
      pageStart: 3,
      synopsis: 'Margot finds the ledger.',
      categories: [
        {
          category: 'cast',
          label: 'Cast members',
          colour: '#E53935',
          items: [
            { elementId: 'margot', name: 'MARGOT', castNumber: 1, label: '1. MARGOT' },
            { elementId: 'tomas', name: 'TOMAS', castNumber: 2, label: '2. TOMAS' },
            { elementId: 'ines', name: 'INES', castNumber: null, label: 'INES' },
          ],
        },
        {
          category: 'props',
          label: 'Props',
          colour: '#8E24AA',
          items: [
            { elementId: 'lamp', name: 'Lamp', castNumber: null, label: 'Lamp' },
            { elementId: 'ledger', name: 'ledger', castNumber: null, label: 'ledger' },
          ],
        },
        {
          category: 'special-effects',
          label: 'Special effects',
          colour: '#1E88E5',
          items: [{ elementId: 'rain', name: 'Rain', castNumber: null, label: 'Rain' }],
        },
        {
          category: 'wardrobe',
          label: 'Wardrobe',
          colour: '#26C6DA',
          // A number on a non-cast element is not printed.
          items: [
            { elementId: 'coat', name: 'Margot’s coat', castNumber: null, label: 'Margot’s coat' },
          ],
        },
      ],
    });
  });

  it('has no categories for a scene with nothing tagged', () => {
    expect(buildBreakdownSheet(scene('s9'), elements, [tag('lamp')], null).categories).toEqual([]);
  });
});

describe('buildBreakdownSheets', () => {
  it('builds every sheet in order, with the shooting location of its set', () => {
    const scenes = [
      scene('s1', { location: 'Harbour  office ' }),
      scene('s2', { number: '6', location: 'QUAY', heading: 'EXT. QUAY - DAY' }),
    ];
    const sheets = buildBreakdownSheets(
      scenes,
      elements,
      [tag('truck', 's2'), tag('margot', 's1')],
      new Map([['HARBOUR OFFICE', 'Old customs house']]),
    );
    expect(
      sheets.map((s) => [s.sceneId, s.shootingLocation, s.categories.map((c) => c.category)]),
    ).toEqual([
      ['s1', 'Old customs house', ['cast']],
      ['s2', null, ['vehicles']],
    ]);
    expect(sheets[0]).toEqual(
      buildBreakdownSheet(scenes[0]!, elements, [tag('margot', 's1')], 'Old customs house'),
    );
  });
});
