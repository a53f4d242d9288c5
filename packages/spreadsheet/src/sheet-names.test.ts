import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetNames } from './sheet-names.js';

describe('sheetNames', () => {
  it('keeps valid titles as they are', () => {
    expect(sheetNames(['Scene list', 'Element list'])).toEqual(['Scene list', 'Element list']);
  });

  it('replaces forbidden characters, trims apostrophes and names empty titles', () => {
    expect(sheetNames(['Cast: [day 1/2] *?\\', "'quoted'", '', '  ', '[]'])).toEqual([
      'Cast day 1 2',
      'quoted',
      'Sheet',
      'Sheet (2)',
      'Sheet (3)',
    ]);
  });

  it('cuts to 31 characters and makes names unique ignoring case', () => {
    const long = 'Breakdown elements by category and scene';
    expect(sheetNames([long, long, 'scene LIST', 'Scene list', 'History'])).toEqual([
      'Breakdown elements by category',
      'Breakdown elements by categ (2)',
      'scene LIST',
      'Scene list (2)',
      'History (2)',
    ]);
  });

  it('never splits a surrogate pair', () => {
    const [name = ''] = sheetNames([`${'a'.repeat(30)}😀`]);
    expect(name).toBe('a'.repeat(30));
  });

  it('always gives valid, distinct names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 12 }),
        (titles) => {
          const names = sheetNames(titles);
          expect(names).toHaveLength(titles.length);
          expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
          for (const name of names) {
            expect(name.length).toBeGreaterThan(0);
            expect(name.length).toBeLessThanOrEqual(31);
            expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
            expect(name.toLowerCase()).not.toBe('history');
          }
        },
      ),
    );
  });
});
