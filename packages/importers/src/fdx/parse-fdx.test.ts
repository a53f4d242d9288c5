import { describe, expect, it } from 'vitest';
import { extractScenes, type ScriptElement } from '@greenlight/domain';
import { parseFdx } from './parse-fdx.js';

/** A Final Draft file around `content` (paragraphs), with `rest` after `</Content>`. */
const fdx = (content: string, rest = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
<Content>
${content}
</Content>
${rest}
</FinalDraft>
`;

const p = (type: string, text: string, attributes = ''): string =>
  `<Paragraph Type="${type}"${attributes}><Text>${text}</Text></Paragraph>`;

const withoutLines = (elements: readonly ScriptElement[]): ScriptElement[] =>
  elements.map((element) => {
    const { line: _line, ...rest } = element;
    return rest;
  });

const elementsOf = (source: string): ScriptElement[] =>
  withoutLines(parseFdx(source).document.elements);

describe('parseFdx: paragraph types', () => {
  it('reads every Final Draft paragraph type into its element', () => {
    const result = parseFdx(
      fdx(
        [
          p('Teaser', 'TEASER'),
          p('Scene Heading', 'INT. SOUND STAGE 4 - DAY'),
          p('Action', 'The stage is dark.'),
          p('Action', 'BLACKOUT', ' Alignment="Center"'),
          p('Shot', 'CLOSE ON THE SLATE'),
          p('General', 'A general paragraph.'),
          p('Cast List', 'JUNE, a gaffer'),
          p('Character', 'June'),
          p('Parenthetical', '(calling up)'),
          p('Dialogue', 'Kill the blondes!'),
          p('Lyrics', 'Rolling, rolling'),
          p('Transition', 'SMASH CUT TO:'),
          p('New Act', 'ACT ONE'),
          p('End of Act', 'END OF ACT ONE'),
        ].join('\n'),
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'section', text: 'TEASER', depth: 1 },
      { type: 'scene-heading', text: 'INT. SOUND STAGE 4 - DAY', sceneNumber: null },
      { type: 'action', text: 'The stage is dark.', centered: false },
      { type: 'action', text: 'BLACKOUT', centered: true },
      { type: 'action', text: 'CLOSE ON THE SLATE', centered: false },
      { type: 'action', text: 'A general paragraph.', centered: false },
      { type: 'action', text: 'JUNE, a gaffer', centered: false },
      { type: 'character', name: 'JUNE', text: 'June', extensions: [], dual: null },
      { type: 'parenthetical', text: '(calling up)' },
      { type: 'dialogue', text: 'Kill the blondes!' },
      { type: 'lyrics', text: 'Rolling, rolling' },
      { type: 'transition', text: 'SMASH CUT TO:' },
      { type: 'section', text: 'ACT ONE', depth: 1 },
      { type: 'section', text: 'END OF ACT ONE', depth: 1 },
    ]);
  });

  it('reads an unknown type as action with one info diagnostic per type, and no type as action', () => {
    const result = parseFdx(
      fdx(
        [
          p('Outline 1', 'First beat'),
          p('Outline 1', 'Second beat'),
          '<Paragraph><Text>No type at all</Text></Paragraph>',
        ].join('\n'),
      ),
    );
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'action', text: 'First beat', centered: false },
      { type: 'action', text: 'Second beat', centered: false },
      { type: 'action', text: 'No type at all', centered: false },
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'info',
        message:
          '2 paragraphs of type "Outline 1", which Greenlight does not know, were read as action.',
        line: 4,
      },
    ]);
  });

  it('skips empty paragraphs, keeps a page break where a paragraph starts a new page', () => {
    expect(
      elementsOf(
        fdx(
          [
            p('Action', ''),
            p('Action', '   '),
            '<Paragraph Type="Action"/>',
            p('Action', 'Next page.', ' StartsNewPage="Yes"'),
          ].join('\n'),
        ),
      ),
    ).toEqual([{ type: 'page-break' }, { type: 'action', text: 'Next page.', centered: false }]);
  });

  it('gives each element the line its paragraph starts on', () => {
    const result = parseFdx(
      fdx(
        `<Paragraph Type="Scene Heading">
  <Text>INT. OFFICE - DAY</Text>
</Paragraph>

<Paragraph Type="Action"><Text>Phones.</Text></Paragraph>`,
      ),
    );
    expect(result.document.elements.map((element) => element.line)).toEqual([4, 8]);
  });
});

describe('parseFdx: scenes', () => {
  it('keeps scene numbers as written and the declared length, page and summary', () => {
    const source = fdx(
      [
        `<Paragraph Type="Scene Heading" Number="12">
  <SceneProperties Length="1 3/8" Page="3" Title="The pitch">
    <Summary><Paragraph><Text>The producer hears the idea.</Text></Paragraph></Summary>
  </SceneProperties>
  <Text>INT. PRODUCER'S OFFICE - DAY</Text>
</Paragraph>`,
        p('Action', 'Nobody laughs.'),
        `<Paragraph Type="Scene Heading" Number="14A"><SceneProperties Length="3/8" Page="4"/><Text>EXT. LOT - NIGHT</Text></Paragraph>`,
        `<Paragraph Type="Scene Heading" Number=""><SceneProperties Length="" Page=""/><Text>INT. CAR - NIGHT</Text></Paragraph>`,
      ].join('\n'),
    );
    const { document, diagnostics } = parseFdx(source);
    expect(diagnostics).toEqual([]);
    expect(withoutLines(document.elements)).toEqual([
      {
        type: 'scene-heading',
        text: "INT. PRODUCER'S OFFICE - DAY",
        sceneNumber: '12',
        declaredEighths: 11,
        declaredPage: 3,
      },
      { type: 'synopsis', text: 'The pitch: The producer hears the idea.' },
      { type: 'action', text: 'Nobody laughs.', centered: false },
      {
        type: 'scene-heading',
        text: 'EXT. LOT - NIGHT',
        sceneNumber: '14A',
        declaredEighths: 3,
        declaredPage: 4,
      },
      { type: 'scene-heading', text: 'INT. CAR - NIGHT', sceneNumber: null },
    ]);
    const scenes = extractScenes(document);
    expect(
      scenes.map(({ number, eighths, pageStart, synopsis }) => ({
        number,
        eighths,
        pageStart,
        synopsis,
      })),
    ).toEqual([
      {
        number: '12',
        eighths: 11,
        pageStart: 3,
        synopsis: 'The pitch: The producer hears the idea.',
      },
      { number: '14A', eighths: 3, pageStart: 4, synopsis: null },
      { number: '3', eighths: 1, pageStart: 1, synopsis: null },
    ]);
  });

  it('reports a scene length it cannot read and measures the scene instead', () => {
    const result = parseFdx(
      fdx(
        `<Paragraph Type="Scene Heading"><SceneProperties Length="1 1/3" Page="x"/><Text>INT. A - DAY</Text></Paragraph>`,
      ),
    );
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'scene-heading', text: 'INT. A - DAY', sceneNumber: null },
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'info',
        message:
          'The scene length "1 1/3" is not in pages and eighths, so the scene will be measured instead.',
        line: 4,
      },
    ]);
  });
});

describe('parseFdx: text runs', () => {
  it('joins runs, turns Bold/Italic/Underline into spans and ignores other attributes', () => {
    expect(
      elementsOf(
        fdx(`<Paragraph Type="Action">
  <Text AdornmentStyle="0" Font="Courier Final Draft">  The </Text>
  <Text Style="Bold+Underline">dailies</Text>
  <Text Style="Bold"> are</Text>
  <Text Style="AllCaps+Italic"> late</Text>
  <Text>.  </Text>
</Paragraph>`),
      ),
    ).toEqual([
      {
        type: 'action',
        text: 'The dailies are late.',
        centered: false,
        styles: [
          { start: 4, end: 15, style: 'bold' },
          { start: 4, end: 11, style: 'underline' },
          { start: 15, end: 20, style: 'italic' },
        ],
      },
    ]);
  });

  it('keeps styles on dialogue and lyrics, drops them on other elements', () => {
    expect(
      elementsOf(
        fdx(
          [
            `<Paragraph Type="Character"><Text Style="Bold">RAY</Text></Paragraph>`,
            `<Paragraph Type="Dialogue"><Text>It is </Text><Text Style="Italic">fine</Text></Paragraph>`,
            `<Paragraph Type="Lyrics"><Text Style="Underline">La la</Text></Paragraph>`,
            `<Paragraph Type="Transition"><Text Style="Bold">CUT TO:</Text></Paragraph>`,
          ].join('\n'),
        ),
      ),
    ).toEqual([
      { type: 'character', name: 'RAY', text: 'RAY', extensions: [], dual: null },
      {
        type: 'dialogue',
        text: 'It is fine',
        styles: [{ start: 6, end: 10, style: 'italic' }],
      },
      { type: 'lyrics', text: 'La la', styles: [{ start: 0, end: 5, style: 'underline' }] },
      { type: 'transition', text: 'CUT TO:' },
    ]);
  });

  it('decodes entities in text and attributes', () => {
    const result = parseFdx(
      fdx(
        `<Paragraph Type="Scene Heading"><SceneProperties Title="Hair &amp; make-up"/><Text>INT. TRAILER &#8211; DAY</Text></Paragraph>
${p('Dialogue', 'It&apos;s &quot;fine&quot; &lt;really&gt; &amp; that&#8217;s that &#x2019;')}`,
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'scene-heading', text: 'INT. TRAILER – DAY', sceneNumber: null },
      { type: 'synopsis', text: 'Hair & make-up' },
      { type: 'dialogue', text: 'It\'s "fine" <really> & that’s that ’' },
    ]);
  });

  it('keeps an entity it does not know as written, with a warning', () => {
    const result = parseFdx(fdx(p('Action', 'A&nbsp;B')));
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'action', text: 'A&nbsp;B', centered: false },
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: '"&nbsp;" is not an XML entity Greenlight knows, so it was kept as written.',
        line: 4,
      },
    ]);
  });

  it('never expands entities declared in a DOCTYPE (billion laughs)', () => {
    const levels = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join('');
    const source = `<?xml version="1.0"?>
<!DOCTYPE FinalDraft [<!ENTITY lol0 "lol">${levels}]>
<FinalDraft><Content>${p('Action', '&lol9;')}</Content></FinalDraft>`;
    // Expanded, &lol9; would be 10^9 characters: the text kept as written is the proof (and the test's
    // timeout the guard), not a stopwatch.
    const result = parseFdx(source);
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'action', text: '&lol9;', centered: false },
    ]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
  });
});

describe('parseFdx: speech', () => {
  it('splits cues into name and extensions like Fountain', () => {
    expect(
      elementsOf(
        fdx(
          [p('Character', 'Margot (V.O.) (cont’d)'), p('Character', 'DR. MALIK (O.S.)')].join(''),
        ),
      ),
    ).toEqual([
      {
        type: 'character',
        name: 'MARGOT',
        text: 'Margot (V.O.) (cont’d)',
        extensions: ['V.O.', "CONT'D"],
        dual: null,
      },
      {
        type: 'character',
        name: 'DR. MALIK',
        text: 'DR. MALIK (O.S.)',
        extensions: ['O.S.'],
        dual: null,
      },
    ]);
  });

  it('reads a cue with no name as action, with a warning', () => {
    const result = parseFdx(fdx(p('Character', '(V.O.)')));
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'action', text: '(V.O.)', centered: false },
    ]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
  });

  it('makes the first cue of a DualDialogue block left and the second right', () => {
    const result = parseFdx(
      fdx(`<Paragraph>
  <DualDialogue>
    ${p('Character', 'ANA')}
    ${p('Dialogue', 'Action!')}
    ${p('Character', 'BEN')}
    ${p('Parenthetical', '(same time)')}
    ${p('Dialogue', 'Cut!')}
  </DualDialogue>
</Paragraph>
${p('Character', 'CAL')}`),
    );
    expect(result.diagnostics).toEqual([]);
    expect(withoutLines(result.document.elements)).toEqual([
      { type: 'character', name: 'ANA', text: 'ANA', extensions: [], dual: 'left' },
      { type: 'dialogue', text: 'Action!' },
      { type: 'character', name: 'BEN', text: 'BEN', extensions: [], dual: 'right' },
      { type: 'parenthetical', text: '(same time)' },
      { type: 'dialogue', text: 'Cut!' },
      { type: 'character', name: 'CAL', text: 'CAL', extensions: [], dual: null },
    ]);
    expect(result.document.elements.map((element) => element.line)).toEqual([6, 7, 8, 9, 10, 13]);
  });

  it('warns about a DualDialogue block with one speaker or with three', () => {
    const one = parseFdx(
      fdx(
        `<Paragraph><DualDialogue>${p('Character', 'ANA')}${p('Dialogue', 'Hi.')}</DualDialogue></Paragraph>`,
      ),
    );
    expect(one.document.elements[0]).toMatchObject({ type: 'character', dual: null });
    expect(one.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
    const three = parseFdx(
      fdx(
        `<Paragraph><DualDialogue>${['ANA', 'BEN', 'CAL'].map((name) => p('Character', name) + p('Dialogue', 'Hi.')).join('')}</DualDialogue></Paragraph>`,
      ),
    );
    expect(
      three.document.elements.flatMap((element) =>
        element.type === 'character' ? [element.dual] : [],
      ),
    ).toEqual(['left', 'right', null]);
    expect(three.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
  });
});
