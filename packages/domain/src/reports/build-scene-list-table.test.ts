import { describe, expect, it } from 'vitest';
import { buildSceneListTable } from './build-scene-list-table.js';
import type { SceneListInput } from './build-scene-list-table.js';

const scene = (over: Partial<SceneListInput> = {}): SceneListInput => ({
  number: '1',
  heading: 'INT. HARBOUR OFFICE - NIGHT',
  intExt: 'INT',
  set: 'HARBOUR OFFICE',
  time: 'NIGHT',
  pageStart: 1,
  eighths: 11,
  castNumbers: [1, 2, 5],
  synopsis: 'Margot finds the ledger.',
  shootingLocation: 'Gdańsk shipyard, hall 3',
  ...over,
});

describe('buildSceneListTable', () => {
  it('has the scene list columns with their kinds', () => {
    const table = buildSceneListTable([scene()]);
    expect(table.title).toBe('Scene list');
    expect(table.columns.map((c) => `${c.label}:${c.kind}`)).toEqual([
      'Scene:text',
      'I/E:text',
      'Set:text',
      'Time:text',
      'Page:integer',
      'Length:eighths',
      'Cast:text',
      'Location:text',
      'Synopsis:text',
    ]);
  });

  it('writes one typed row per scene, in the order given', () => {
    const table = buildSceneListTable([
      scene(),
      scene({
        number: '5A',
        intExt: null,
        time: null,
        pageStart: 3,
        eighths: 4,
        castNumbers: [],
        synopsis: null,
        shootingLocation: null,
      }),
      scene({ number: '6', intExt: 'INT/EXT', castNumbers: [12, 'BARMAN'] }),
    ]);
    expect(table.rows).toEqual([
      {
        scene: '1',
        intExt: 'INT',
        set: 'HARBOUR OFFICE',
        time: 'NIGHT',
        page: 1,
        length: 11,
        cast: '1, 2, 5',
        location: 'Gdańsk shipyard, hall 3',
        synopsis: 'Margot finds the ledger.',
      },
      {
        scene: '5A',
        intExt: null,
        set: 'HARBOUR OFFICE',
        time: null,
        page: 3,
        length: 4,
        cast: '',
        location: null,
        synopsis: null,
      },
      expect.objectContaining({ scene: '6', intExt: 'INT/EXT', cast: '12, BARMAN' }),
    ]);
  });

  it('adds a Status column only when a scene has a status', () => {
    expect(buildSceneListTable([scene({ status: null })]).columns.at(-1)?.key).toBe('synopsis');
    const table = buildSceneListTable([scene({ status: 'Shot' }), scene({ number: '2' })]);
    expect(table.columns.at(-1)).toEqual({ key: 'status', label: 'Status', kind: 'text' });
    expect(table.rows.map((r) => r['status'])).toEqual(['Shot', null]);
  });

  it('is an empty table for no scenes', () => {
    expect(buildSceneListTable([]).rows).toEqual([]);
  });
});
