import { describe, expect, it } from 'vitest';
import { buildElementListTable } from './build-element-list-table.js';

describe('buildElementListTable', () => {
  it('lists elements by category order, cast number, then name, with scene counts and pages', () => {
    const table = buildElementListTable([
      {
        category: 'props',
        name: 'Ledger',
        castNumber: null,
        sceneNumbers: ['1', '5A'],
        eighths: 15,
      },
      { category: 'cast', name: 'BARMAN', castNumber: null, sceneNumbers: ['6'], eighths: 4 },
      { category: 'cast', name: 'ZOË', castNumber: 2, sceneNumbers: ['1'], eighths: 11 },
      {
        category: 'cast',
        name: 'MARGOT',
        castNumber: 1,
        sceneNumbers: ['1', '2', '5A', '2'],
        eighths: 30,
      },
      { category: 'props', name: 'Flare gun', castNumber: null, sceneNumbers: [], eighths: 0 },
    ]);
    expect(table.title).toBe('Element list');
    expect(table.columns.map((c) => `${c.label}:${c.kind}`)).toEqual([
      'Category:text',
      'Cast #:integer',
      'Element:text',
      'Scenes:integer',
      'Scene numbers:text',
      'Pages:eighths',
    ]);
    expect(table.rows).toEqual([
      {
        category: 'Cast members',
        castNumber: 1,
        element: 'MARGOT',
        sceneCount: 3,
        sceneNumbers: '1, 2, 5A',
        pages: 30,
      },
      {
        category: 'Cast members',
        castNumber: 2,
        element: 'ZOË',
        sceneCount: 1,
        sceneNumbers: '1',
        pages: 11,
      },
      {
        category: 'Cast members',
        castNumber: null,
        element: 'BARMAN',
        sceneCount: 1,
        sceneNumbers: '6',
        pages: 4,
      },
      {
        category: 'Props',
        castNumber: null,
        element: 'Flare gun',
        sceneCount: 0,
        sceneNumbers: '',
        pages: 0,
      },
      {
        category: 'Props',
        castNumber: null,
        element: 'Ledger',
        sceneCount: 2,
        sceneNumbers: '1, 5A',
        pages: 15,
      },
    ]);
  });
});
