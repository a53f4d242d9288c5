import { describe, expect, it } from 'vitest';
import { readTitlePage, type TitlePageLine } from './read-title-page.js';

const centered = (text: string): TitlePageLine => ({ text, centered: true });
const left = (text: string): TitlePageLine => ({ text, centered: false });

describe('readTitlePage', () => {
  it('takes the author from the credit block itself when the name follows without a gap', () => {
    expect(
      readTitlePage([
        centered('THE RECCE'),
        centered(''),
        centered('Written by'),
        centered('Sam Oduya'),
        centered(''),
        centered('© 2026 Sam Oduya'),
      ]),
    ).toEqual([
      { key: 'Title', values: ['THE RECCE'] },
      { key: 'Credit', values: ['Written by'] },
      { key: 'Author', values: ['Sam Oduya'] },
      { key: 'Copyright', values: ['© 2026 Sam Oduya'] },
    ]);
  });

  it('without a credit takes the first centred block as the title and keeps the rest', () => {
    expect(
      readTitlePage([
        left('Draft for the table read'),
        left(''),
        centered('CALL TIME'),
        centered(''),
        centered('a short film'),
      ]),
    ).toEqual([
      { key: 'Title', values: ['CALL TIME'] },
      { key: 'Draft date', values: ['Draft for the table read'] },
      { key: 'Notes', values: ['a short film'] },
    ]);
  });

  it('falls back to the first block when nothing is centred, and is empty for no lines', () => {
    expect(readTitlePage([left('WRAP'), left(''), left('')])).toEqual([
      { key: 'Title', values: ['WRAP'] },
    ]);
    expect(readTitlePage([])).toEqual([]);
  });
});
