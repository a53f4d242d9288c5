import { describe, expect, it } from 'vitest';
import type { IdentifiedScene } from './breakdown-sheet.js';
import { deriveSets, setNameOf } from './derive-sets.js';

const scene = (
  id: string,
  intExt: IdentifiedScene['intExt'],
  location: string,
  eighths: number,
): IdentifiedScene => ({
  id,
  number: id.slice(1),
  heading: `${intExt ?? ''} ${location}`,
  intExt,
  location,
  time: null,
  pageStart: 1,
  eighths,
  characters: [],
  synopsis: null,
  elementIndex: 0,
});

describe('setNameOf', () => {
  it('trims, upper-cases and collapses white space', () => {
    expect(setNameOf({ location: '  Harbour \t office ' })).toBe('HARBOUR OFFICE');
  });
});

describe('deriveSets', () => {
  it('groups scenes by set in order of first appearance, skipping scenes with no location', () => {
    expect(
      deriveSets([
        scene('s1', 'INT', 'HARBOUR OFFICE', 3),
        scene('s2', 'EXT', 'QUAY', 8),
        scene('s3', 'EXT', 'Harbour  Office', 2),
        scene('s4', null, '  ', 1),
        scene('s5', 'INT', 'HARBOUR OFFICE', 4),
        scene('s6', null, 'QUAY', 1),
      ]),
    ).toEqual([
      {
        name: 'HARBOUR OFFICE',
        intExt: ['INT', 'EXT'],
        sceneIds: ['s1', 's3', 's5'],
        sceneNumbers: ['1', '3', '5'],
        eighths: 9,
      },
      {
        name: 'QUAY',
        intExt: ['EXT'],
        sceneIds: ['s2', 's6'],
        sceneNumbers: ['2', '6'],
        eighths: 9,
      },
    ]);
  });
});
