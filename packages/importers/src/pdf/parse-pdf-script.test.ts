import { describe, expect, it } from 'vitest';
import { extractScenes, type ScriptElement } from '@greenlight/domain';
import { buildTestPdf, type TestPdfText } from './build-test-pdf.js';
import { MAX_PDF_BYTES, MAX_PDF_PAGES, parsePdfScript } from './parse-pdf-script.js';
import { pdfFixture } from './pdf-fixtures.js';

const textOf = (element: ScriptElement): string => ('text' in element ? element.text : '');

describe('parsePdfScript on fixtures/screenplays/pdf-screenplay.pdf', () => {
  const parsed = parsePdfScript(pdfFixture('pdf-screenplay.pdf'));

  it('reads the title page', async () => {
    const { document } = await parsed;
    expect(document.titlePage).toEqual([
      { key: 'Title', values: ['THE LAST REEL'] },
      { key: 'Credit', values: ['Written by'] },
      { key: 'Author', values: ['Ada Kowalczyk'] },
      {
        key: 'Contact',
        values: ['Ada Kowalczyk', '12 Harbour Lane', 'Portsmouth PO1 2AB', 'ada@example.com'],
      },
      { key: 'Draft date', values: ['Blue Revision', '1 March 2024'] },
    ]);
  });

  it('reads scene numbers from the margins and the page each scene starts on', async () => {
    const { document, diagnostics } = await parsed;
    expect(diagnostics).toEqual([]);
    const scenes = extractScenes(document);
    expect(scenes.map((scene) => [scene.number, scene.heading, scene.pageStart])).toEqual([
      ['1', 'EXT. PALACE CINEMA - NIGHT', 1],
      ['2', 'INT. PALACE CINEMA - PROJECTION BOOTH - NIGHT', 1],
      ['3', 'INT. PALACE CINEMA - AUDITORIUM - CONTINUOUS', 1],
      ['4', 'INT. PALACE CINEMA - PROJECTION BOOTH - LATER', 2],
      ['5', 'EXT. ALLEY BEHIND THE CINEMA - NIGHT', 3],
      ['5A', 'INT. PALACE CINEMA - LOBBY - NIGHT', 3],
      ['6', 'INT. PALACE CINEMA - AUDITORIUM - DAWN', 3],
    ]);
    expect(scenes.map((scene) => scene.characters)).toEqual([
      ['MARGOT'],
      ['THEO', 'MARGOT'],
      ['THEO', 'MARGOT'],
      ['THEO', 'MARGOT'],
      ['MR. OKAFOR'],
      [],
      ['MR. OKAFOR', 'MARGOT'],
    ]);
  });

  it('reads the opening: action, heading, a paragraph of action, a voice-over', async () => {
    const { document } = await parsed;
    expect(document.elements.slice(0, 5)).toEqual([
      { type: 'action', text: 'FADE IN:', centered: false },
      {
        type: 'scene-heading',
        text: 'EXT. PALACE CINEMA - NIGHT',
        sceneNumber: '1',
        declaredPage: 1,
      },
      {
        type: 'action',
        text: 'Rain on a marquee with half its bulbs gone. The letters spell CLOSING SATURDAY - THANK YOU PORTSMOUTH. A bus hisses past without stopping.',
        centered: false,
      },
      {
        type: 'character',
        name: 'MARGOT',
        text: 'MARGOT (V.O.)',
        extensions: ['V.O.'],
        dual: null,
      },
      {
        type: 'dialogue',
        text: 'Forty-one years. Eleven thousand screenings, give or take a fire drill.',
      },
    ]);
  });

  it('joins a speech broken across pages by (MORE) and (CONT’D) into one', async () => {
    const { document } = await parsed;
    const speech = document.elements.find(
      (element) => element.type === 'dialogue' && element.text.startsWith('He is from the company'),
    );
    expect(textOf(speech ?? { type: 'page-break' })).toContain(
      'when the reel changes you will watch my hands, and you will remember how it was done.',
    );
    const index = document.elements.indexOf(speech ?? { type: 'page-break' });
    expect(document.elements[index - 1]).toMatchObject({ type: 'character', text: 'MARGOT' });
    expect(document.elements[index + 1]).toMatchObject({ type: 'action' });
  });

  it('leaves out page numbers, headers, (MORE) and the repeated cue', async () => {
    const { document } = await parsed;
    const texts = document.elements.map(textOf);
    expect(texts.filter((text) => /MORE|Blue Revision|^\d+\.$/.test(text))).toEqual([]);
    // The one CONT'D cue left is the writer's own, after the dual dialogue.
    const contd = document.elements.filter(
      (element) => element.type === 'character' && element.extensions.includes("CONT'D"),
    );
    expect(contd).toHaveLength(1);
  });

  it('reads parentheticals, dual dialogue, transitions and centered text', async () => {
    const { document } = await parsed;
    const { elements } = document;
    expect(elements).toContainEqual({
      type: 'parenthetical',
      text: '(counting on her fingers, then giving up)',
    });
    const dual = elements.filter(
      (element) => element.type === 'character' && element.dual !== null,
    );
    expect(dual.map((element) => [textOf(element), 'dual' in element && element.dual])).toEqual([
      ['THEO', 'left'],
      ['MARGOT', 'right'],
    ]);
    const theo = elements.indexOf(dual[0] ?? { type: 'page-break' });
    expect(elements.slice(theo, theo + 4).map((element) => element.type)).toEqual([
      'character',
      'dialogue',
      'character',
      'dialogue',
    ]);
    expect(elements.filter((element) => element.type === 'transition').map(textOf)).toEqual([
      'CUT TO:',
      'FADE OUT.',
    ]);
    expect(elements[elements.length - 1]).toEqual({
      type: 'action',
      text: 'THE END',
      centered: true,
    });
  });

  it('leaves `line` unset: a PDF has pages, not source lines', async () => {
    const { document } = await parsed;
    expect(document.elements.every((element) => element.line === undefined)).toBe(true);
  });
});

describe('parsePdfScript on files it cannot read', () => {
  it('says a PDF without text may be a scan', async () => {
    const result = await parsePdfScript(pdfFixture('pdf-no-text-layer.pdf'));
    expect(result).toEqual({
      document: { titlePage: [], elements: [] },
      diagnostics: [
        {
          severity: 'error',
          message:
            'This PDF has no text layer (it may be scanned); export the script from your screenwriting program as PDF, Final Draft or Fountain.',
        },
      ],
    });
  });

  it('reports a file that is not a PDF', async () => {
    const result = await parsePdfScript(Uint8Array.from([0x48, 0x69, 0x21]));
    expect(result.document).toEqual({ titlePage: [], elements: [] });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.message).toMatch(/^This PDF could not be read: /);
  });

  it('reports a damaged PDF', async () => {
    const bytes = pdfFixture('pdf-screenplay.pdf').slice(0, 40);
    const result = await parsePdfScript(bytes);
    expect(result.document.elements).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const bytes = new Uint8Array(MAX_PDF_BYTES + 1);
    bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const result = await parsePdfScript(bytes);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        message: `The PDF is 20,971,521 bytes, over the limit of 20,971,520 (20 MB), so it was not read.`,
      },
    ]);
  });

  it('refuses a PDF with too many pages', async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, () => []);
    const result = await parsePdfScript(buildTestPdf(pages));
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        message: `The PDF has 401 pages, over the limit of 400, so it was not read.`,
      },
    ]);
  });

  it('does not detach the caller’s buffer', async () => {
    const bytes = pdfFixture('pdf-screenplay.pdf');
    const length = bytes.length;
    await parsePdfScript(bytes);
    expect(bytes.length).toBe(length);
  });
});

/** Lays out lines at the given left edge (inches), one per line from 1 in down, blank lines as null. */
const page = (lines: readonly ([number, string] | null)[], top = 1.15): TestPdfText[] =>
  lines.flatMap((line, index) =>
    line === null ? [] : [{ x: line[0], y: top + index / 6, text: line[1] }],
  );

describe('parsePdfScript on other programs’ layouts', () => {
  it('learns indents that differ from the standard ones', async () => {
    // Action at 1.6 in, dialogue 2.7, parentheticals 3.3, cues 4.0; scene numbers on the right only.
    const pdf = buildTestPdf([
      [
        ...page([
          [1.6, 'INT. HARBOUR OFFICE - DAY'],
          null,
          [1.6, 'Gulls. A kettle. JUNE (40s) reads the tide'],
          [1.6, 'tables with a pencil behind each ear.'],
          null,
          [4.0, 'JUNE'],
          [3.3, '(to the kettle)'],
          [2.7, 'Come on. Come on, you old'],
          [2.7, 'tin-'],
          [2.7, 'pot.'],
          null,
          [1.6, 'EXT. SLIPWAY - CONTINUOUS'],
        ]),
        { x: 7.4, y: 1.15, text: '12' },
        { x: 7.4, y: 1.15 + 11 / 6, text: '13' },
      ],
    ]);
    const { document, diagnostics } = await parsePdfScript(pdf);
    expect(diagnostics).toEqual([]);
    expect(document.titlePage).toEqual([]);
    expect(document.elements).toEqual([
      {
        type: 'scene-heading',
        text: 'INT. HARBOUR OFFICE - DAY',
        sceneNumber: '12',
        declaredPage: 1,
      },
      {
        type: 'action',
        text: 'Gulls. A kettle. JUNE (40s) reads the tide tables with a pencil behind each ear.',
        centered: false,
      },
      { type: 'character', name: 'JUNE', text: 'JUNE', extensions: [], dual: null },
      { type: 'parenthetical', text: '(to the kettle)' },
      { type: 'dialogue', text: 'Come on. Come on, you old tin-pot.' },
      {
        type: 'scene-heading',
        text: 'EXT. SLIPWAY - CONTINUOUS',
        sceneNumber: '13',
        declaredPage: 1,
      },
    ]);
  });

  it('joins words printed as separate runs and skips CONTINUED lines', async () => {
    const words = (x: number, y: number, text: string): TestPdfText[] => {
      let at = x;
      return text.split(' ').map((word) => {
        const placed = { x: at, y, text: word };
        at += (word.length + 1) / 10;
        return placed;
      });
    };
    const pdf = buildTestPdf([
      [
        ...words(1.5, 1.15, 'EXT. PIER - NIGHT'),
        ...words(1.5, 1.15 + 2 / 6, 'The lights of the pier go out one by one.'),
        ...words(6.5, 10.15, '(CONTINUED)'),
      ],
      [
        ...words(1.5, 1.15, 'CONTINUED:'),
        ...words(1.5, 1.15 + 2 / 6, 'Only the last one stays on.'),
        ...words(7.0, 0.65, '2.'),
      ],
    ]);
    const { document } = await parsePdfScript(pdf);
    expect(document.elements).toEqual([
      { type: 'scene-heading', text: 'EXT. PIER - NIGHT', sceneNumber: null, declaredPage: 1 },
      { type: 'action', text: 'The lights of the pier go out one by one.', centered: false },
      { type: 'action', text: 'Only the last one stays on.', centered: false },
    ]);
  });

  it('warns when (MORE) is not followed by the speaker’s (CONT’D) cue', async () => {
    const pdf = buildTestPdf([
      page([
        [1.5, 'INT. LOFT - NIGHT'],
        null,
        [3.7, 'SAM'],
        [2.5, 'I was going to say something.'],
        [3.7, '(MORE)'],
      ]),
      page([[1.5, 'But she has gone.']]),
    ]);
    const { document, diagnostics } = await parsePdfScript(pdf);
    expect(document.elements.map((element) => element.type)).toEqual([
      'scene-heading',
      'character',
      'dialogue',
      'action',
    ]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          "A speech on page 1 ends in (MORE), but the next page does not go on with the same speaker's (CONT'D) cue; the speech was ended at the page break.",
      },
    ]);
  });

  it('warns when no scene heading is found', async () => {
    const pdf = buildTestPdf([page([[1.5, 'A shopping list: eggs, flour, patience.']])]);
    const { diagnostics } = await parsePdfScript(pdf);
    expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
  });
});
