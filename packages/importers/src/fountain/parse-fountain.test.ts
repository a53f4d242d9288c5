import { describe, expect, it } from 'vitest';
import type { ScriptElement } from '@greenlight/domain';
import { MAX_FOUNTAIN_CHARACTERS, parseFountain } from './parse-fountain.js';

/** The elements of a script, without source lines unless a test is about them. */
const elementsOf = (text: string): Omit<ScriptElement, 'line'>[] =>
  parseFountain(text).document.elements.map((element) => {
    const { line: _line, ...rest } = element;
    return rest;
  });

const only = (text: string): Omit<ScriptElement, 'line'> | undefined => {
  const elements = elementsOf(text);
  expect(elements).toHaveLength(1);
  return elements[0];
};

describe('parseFountain: title page', () => {
  it('reads key: value pairs, multi-line values and keys of any case, up to the first blank line', () => {
    const { document, diagnostics } = parseFountain(
      [
        'Title: **THE HARBOUR LIGHT**',
        'Credit: Written by',
        'Author: A. Writer',
        'Draft date: 1 March',
        'Contact:',
        '    12 Quay Street',
        '\tPort Town',
        'notes: second draft',
        '',
        'INT. HARBOUR OFFICE - NIGHT',
      ].join('\n'),
    );
    expect(document.titlePage).toEqual([
      { key: 'Title', values: ['THE HARBOUR LIGHT'] },
      { key: 'Credit', values: ['Written by'] },
      { key: 'Author', values: ['A. Writer'] },
      { key: 'Draft date', values: ['1 March'] },
      { key: 'Contact', values: ['12 Quay Street', 'Port Town'] },
      { key: 'notes', values: ['second draft'] },
    ]);
    expect(document.elements).toEqual([
      { type: 'scene-heading', text: 'INT. HARBOUR OFFICE - NIGHT', sceneNumber: null, line: 10 },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('has no title page when the script does not open with a Fountain key', () => {
    const { document } = parseFountain('Tagline: not a title page\n\nINT. HOUSE - DAY\n');
    expect(document.titlePage).toEqual([]);
    expect(document.elements[0]).toMatchObject({
      type: 'action',
      text: 'Tagline: not a title page',
    });
  });
});

describe('parseFountain: scene headings', () => {
  it.each([
    ['INT. HARBOUR OFFICE - NIGHT'],
    ['EXT. QUAY - DAY'],
    ['ext. brick’s pool - day'],
    ['INT HOUSE - DAY'],
    ['EST. CITY SKYLINE'],
    ['INT./EXT. CAR - MOVING'],
    ['INT/EXT. CAR - MOVING'],
    ['I/E. CAR'],
  ])('reads %s with a blank line after it', (heading) => {
    expect(only(`\n${heading}\n\n`)).toEqual({
      type: 'scene-heading',
      text: heading,
      sceneNumber: null,
    });
  });

  it('reads a forced heading (.) and scene numbers of letters, digits, dashes and periods', () => {
    expect(elementsOf('.SNIPER SCOPE POV\n\nINT. HOUSE - DAY #5A#\n\nEXT. ROAD #I-1.a#\n')).toEqual(
      [
        { type: 'scene-heading', text: 'SNIPER SCOPE POV', sceneNumber: null },
        { type: 'scene-heading', text: 'INT. HOUSE - DAY', sceneNumber: '5A' },
        { type: 'scene-heading', text: 'EXT. ROAD', sceneNumber: 'I-1.a' },
      ],
    );
  });

  it('does not read an ellipsis or words that start like a prefix as headings', () => {
    expect(elementsOf('...and then\n\nINTERIOR DESIGN IS HARD\n\nEXTRA!\n')).toEqual([
      { type: 'action', text: '...and then', centered: false },
      { type: 'action', text: 'INTERIOR DESIGN IS HARD', centered: false },
      { type: 'action', text: 'EXTRA!', centered: false },
    ]);
  });

  it('reads a heading-like line with text right under it as action, and says so', () => {
    const { document, diagnostics } = parseFountain('INT. HOUSE - DAY\nShe comes in.\n');
    expect(document.elements).toEqual([
      { type: 'action', text: 'INT. HOUSE - DAY\nShe comes in.', centered: false, line: 1 },
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 1,
        message: expect.stringContaining('looks like a scene heading'),
      }),
    ]);
  });
});

describe('parseFountain: action', () => {
  it('keeps line breaks and indentation, expands tabs and drops trailing spaces', () => {
    expect(only('She waits.   \n\tThe clock ticks.\n    Nothing.')).toEqual({
      type: 'action',
      text: 'She waits.\n    The clock ticks.\n    Nothing.',
      centered: false,
    });
  });

  it('forces action with !, and keeps blank lines written as two spaces', () => {
    expect(elementsOf('!INT. NOT A HEADING\n\n!SHOUTING\nstill action\n  \nafter a gap')).toEqual([
      { type: 'action', text: 'INT. NOT A HEADING', centered: false },
      { type: 'action', text: 'SHOUTING\nstill action\n\nafter a gap', centered: false },
    ]);
  });

  it('reads > centered < lines', () => {
    expect(only('> THE END <\n>  FIN  <')).toEqual({
      type: 'action',
      text: 'THE END\nFIN',
      centered: true,
    });
  });

  it('reads an upper-case line with a blank line after it as action, not a cue', () => {
    expect(only('BANG!\n\n')).toEqual({ type: 'action', text: 'BANG!', centered: false });
  });
});

describe('parseFountain: characters and dialogue', () => {
  it('reads a cue, parentheticals and multi-line dialogue with two-space blank lines', () => {
    expect(
      elementsOf(
        'MARGOT (V.O.) (cont’d)\n(quietly)\nI know.\nI always knew.\n  \nAlways.\n(beat)\nGo.',
      ),
    ).toEqual([
      {
        type: 'character',
        name: 'MARGOT',
        text: 'MARGOT (V.O.) (cont’d)',
        extensions: ['V.O.', "CONT'D"],
        dual: null,
      },
      { type: 'parenthetical', text: '(quietly)' },
      { type: 'dialogue', text: 'I know.\nI always knew.\n\nAlways.' },
      { type: 'parenthetical', text: '(beat)' },
      { type: 'dialogue', text: 'Go.' },
    ]);
  });

  it('normalises names and extensions: @ forces a cue, case and spacing are made uniform', () => {
    expect(elementsOf('@McClane (o. s.)\nYippee.\n\nR2D2\nBeep.\n\n23\nNot a cue.')).toEqual([
      {
        type: 'character',
        name: 'MCCLANE',
        text: 'McClane (o. s.)',
        extensions: ['O.S.'],
        dual: null,
      },
      { type: 'dialogue', text: 'Yippee.' },
      { type: 'character', name: 'R2D2', text: 'R2D2', extensions: [], dual: null },
      { type: 'dialogue', text: 'Beep.' },
      { type: 'action', text: '23\nNot a cue.', centered: false },
    ]);
  });

  it('needs a blank line before a cue', () => {
    expect(only('She turns.\nMARGOT\nHello.')).toMatchObject({ type: 'action' });
  });

  it('pairs a ^ cue with the speech just before it as dual dialogue', () => {
    const { document, diagnostics } = parseFountain(
      'BRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n',
    );
    expect(document.elements.filter((e) => e.type === 'character')).toEqual([
      expect.objectContaining({ name: 'BRICK', dual: 'left' }),
      expect.objectContaining({ name: 'STEEL', text: 'STEEL', dual: 'right' }),
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('warns about a ^ cue with no speech before it, or after a pair, and reads it as ordinary', () => {
    const { document, diagnostics } = parseFountain(
      'She waits.\n\nSTEEL ^\nNo one.\n\nA\nOne.\n\nB ^\nTwo.\n\nC ^\nThree.\n',
    );
    expect(document.elements.filter((e) => e.type === 'character').map((e) => e.dual)).toEqual([
      null,
      'left',
      'right',
      null,
    ]);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['warning', 3],
      ['warning', 12],
    ]);
    expect(diagnostics[1]?.message).toContain('already part of a pair');
  });
});

describe('parseFountain: other elements', () => {
  it('reads lyrics, transitions, sections, synopses and page breaks', () => {
    expect(
      elementsOf(
        [
          '~Row, row, row your boat',
          '~Gently down the stream',
          '',
          'CUT TO:',
          '',
          '> FADE TO BLACK.',
          '',
          '# ACT ONE',
          '## The harbour',
          '= Margot finds the ledger.',
          '',
          '====',
        ].join('\n'),
      ),
    ).toEqual([
      { type: 'lyrics', text: 'Row, row, row your boat\nGently down the stream' },
      { type: 'transition', text: 'CUT TO:' },
      { type: 'transition', text: 'FADE TO BLACK.' },
      { type: 'section', text: 'ACT ONE', depth: 1 },
      { type: 'section', text: 'The harbour', depth: 2 },
      { type: 'synopsis', text: 'Margot finds the ledger.' },
      { type: 'page-break' },
    ]);
  });

  it('lets a heading follow a section or synopsis directly, since those do not print', () => {
    expect(elementsOf('# ACT TWO\n= Night falls.\nEXT. QUAY - NIGHT\n\nRain.')).toEqual([
      { type: 'section', text: 'ACT TWO', depth: 1 },
      { type: 'synopsis', text: 'Night falls.' },
      { type: 'scene-heading', text: 'EXT. QUAY - NIGHT', sceneNumber: null },
      { type: 'action', text: 'Rain.', centered: false },
    ]);
  });

  it('needs an upper-case line ending in TO: with blank lines around for a natural transition', () => {
    expect(only('\nCut to:\n\n')).toMatchObject({ type: 'action', text: 'Cut to:' });
  });
});

describe('parseFountain: notes and boneyard', () => {
  it('takes inline and multi-line notes out of the text and keeps them as notes after it', () => {
    const { document } = parseFountain(
      'She opens the [[check the prop]] ledger.\n\n[[A note\n  \nover lines.]]\n\nMARGOT\n[[between cue and line]]\nHello.',
    );
    expect(document.elements).toEqual([
      { type: 'action', text: 'She opens the ledger.', centered: false, line: 1 },
      { type: 'note', text: 'check the prop', line: 1 },
      { type: 'note', text: 'A note\n\nover lines.', line: 3 },
      { type: 'character', name: 'MARGOT', text: 'MARGOT', extensions: [], dual: null, line: 7 },
      { type: 'note', text: 'between cue and line', line: 8 },
      { type: 'dialogue', text: 'Hello.', line: 9 },
    ]);
  });

  it('drops boneyard over any number of lines and keeps the line numbers of what follows', () => {
    const { document, diagnostics } = parseFountain(
      'INT. HOUSE - DAY\n\nShe /* really */ waits.\n\n/*\nINT. CUT SCENE - DAY\n\nGone.\n*/\n\nEXT. ROAD - DAY\n',
    );
    expect(document.elements).toEqual([
      { type: 'scene-heading', text: 'INT. HOUSE - DAY', sceneNumber: null, line: 1 },
      { type: 'action', text: 'She waits.', centered: false, line: 3 },
      { type: 'scene-heading', text: 'EXT. ROAD - DAY', sceneNumber: null, line: 11 },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps an unclosed boneyard or note as text, with a warning at its place', () => {
    const { document, diagnostics } = parseFountain(
      'One.\n\nTwo /* never closed\n\nThree [[open\n\nFour.',
    );
    expect(document.elements.map((e) => ('text' in e ? e.text : e.type))).toEqual([
      'One.',
      'Two /* never closed',
      'Three [[open',
      'Four.',
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', line: 3, column: 5 }),
      expect.objectContaining({ severity: 'warning', line: 5, column: 7 }),
    ]);
  });

  it('does not open a boneyard or note after a backslash', () => {
    expect(only('A path: C:\\/* and \\[[brackets]]')).toMatchObject({
      text: 'A path: C:/* and [[brackets]]',
    });
  });
});

describe('parseFountain: emphasis', () => {
  it('turns emphasis into plain text and spans, and reads escapes', () => {
    expect(only('She is *very* **bold** and _under_ ***both*** \\*not\\*')).toEqual({
      type: 'action',
      centered: false,
      text: 'She is very bold and under both *not*',
      styles: [
        { start: 7, end: 11, style: 'italic' },
        { start: 12, end: 16, style: 'bold' },
        { start: 21, end: 26, style: 'underline' },
        { start: 27, end: 31, style: 'bold' },
        { start: 27, end: 31, style: 'italic' },
      ],
    });
  });

  it('places spans of later lines after the earlier lines of the element', () => {
    expect(elementsOf('MARGOT\nOne.\n*Two.*')[1]).toEqual({
      type: 'dialogue',
      text: 'One.\nTwo.',
      styles: [{ start: 5, end: 9, style: 'italic' }],
    });
  });
});

describe('parseFountain: whitespace, line endings and limits', () => {
  it('accepts CRLF, lone CR and a BOM, and counts lines as an editor does', () => {
    const { document } = parseFountain('\uFEFFINT. HOUSE - DAY\r\n\r\nShe waits.\rStill.\r\n');
    expect(document.elements).toEqual([
      { type: 'scene-heading', text: 'INT. HOUSE - DAY', sceneNumber: null, line: 1 },
      { type: 'action', text: 'She waits.\nStill.', centered: false, line: 3 },
    ]);
  });

  it('reads an empty or blank script as nothing, without diagnostics', () => {
    expect(parseFountain('')).toEqual({
      document: { titlePage: [], elements: [] },
      diagnostics: [],
    });
    expect(parseFountain(' \n\t\n').document.elements).toEqual([]);
  });

  it('refuses a script over the size limit with one error and an empty document', () => {
    const result = parseFountain('a'.repeat(MAX_FOUNTAIN_CHARACTERS + 1));
    expect(result.document).toEqual({ titlePage: [], elements: [] });
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        message:
          'The script is 5,242,881 characters long, over the limit of 5,242,880 (5 MB), so it was not read.',
      },
    ]);
  });

  it('caps repeated diagnostics and says how many more there were', () => {
    const { diagnostics } = parseFountain('x [[ '.repeat(1000));
    expect(diagnostics).toHaveLength(21);
    expect(diagnostics[20]?.message).toMatch(/^…and 980 more like "This note opens with \[\[/);
  });
});
