import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractScenes,
  type ScriptDocument,
  type ScriptElement,
  type TextStyleSpan,
} from '@greenlight/domain';
import { parseCharacterCue } from '../fountain/parse-character-cue.js';
import { parseFdx } from './parse-fdx.js';
import { printFdx } from './testing/print-fdx.js';

// ---------------------------------------------------------------------------------------------
// Documents Final Draft can carry, in the shape parseFdx produces: trimmed one-line texts, canonical
// style spans (sorted, never touching another of the same style), notes after a paragraph,
// synopses right after their heading, page breaks before a paragraph, dual pairs of two speeches.
// ---------------------------------------------------------------------------------------------

const word = fc.string({
  unit: fc.constantFrom(...'abcXYZ079é’日🎬&<>"\'.,-()#/;'),
  minLength: 1,
  maxLength: 6,
});
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

type Styled = { readonly text: string; readonly styles: TextStyleSpan[] };

const styled: fc.Arbitrary<Styled> = fc
  .array(fc.record({ text: line, styles: fc.subarray(['bold', 'italic', 'underline'] as const) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((segments) => {
    let text = '';
    const styles: TextStyleSpan[] = [];
    segments.forEach((segment, index) => {
      if (index > 0) text += ' ';
      for (const style of segment.styles) {
        styles.push({ start: text.length, end: text.length + segment.text.length, style });
      }
      text += segment.text;
    });
    return { text, styles };
  });

const withStyles = ({ text, styles }: Styled): { text: string; styles?: TextStyleSpan[] } =>
  styles.length > 0 ? { text, styles } : { text };

const cue = (dual: 'left' | 'right' | null): fc.Arbitrary<ScriptElement> =>
  fc
    .tuple(
      fc.array(fc.string({ unit: fc.constantFrom(..."ABCÉ.'-"), minLength: 1, maxLength: 5 }), {
        minLength: 1,
        maxLength: 2,
      }),
      fc.subarray(['V.O.', 'O.S.', "CONT'D"]),
    )
    .filter(([words]) => /\p{L}/u.test(words.join('')))
    .map(([words, extensions]) => {
      const text = [words.join(' '), ...extensions.map((extension) => `(${extension})`)].join(' ');
      return {
        type: 'character',
        name: parseCharacterCue(text)?.name ?? '',
        text,
        extensions,
        dual,
      };
    });

const speech = (dual: 'left' | 'right' | null): fc.Arbitrary<ScriptElement[]> =>
  fc
    .tuple(cue(dual), fc.option(line.map((text) => `(${text})`)), styled)
    .map(([character, parenthetical, dialogue]) => [
      character,
      ...(parenthetical === null ? [] : [{ type: 'parenthetical' as const, text: parenthetical }]),
      { type: 'dialogue' as const, ...withStyles(dialogue) },
    ]);

const block: fc.Arbitrary<ScriptElement[]> = fc.oneof(
  fc
    .record({
      text: line,
      sceneNumber: fc.option(fc.stringMatching(/^[1-9][0-9]?[A-Z]?$/)),
      eighths: fc.option(fc.integer({ min: 1, max: 80 })),
      page: fc.option(fc.integer({ min: 1, max: 200 })),
      synopsis: fc.option(line),
    })
    .map(({ text, sceneNumber, eighths, page, synopsis }): ScriptElement[] => [
      {
        type: 'scene-heading',
        text,
        sceneNumber,
        ...(eighths === null ? {} : { declaredEighths: eighths }),
        ...(page === null ? {} : { declaredPage: page }),
      },
      ...(synopsis === null ? [] : [{ type: 'synopsis' as const, text: synopsis }]),
    ]),
  fc
    .tuple(styled, fc.boolean())
    .map(([text, centered]): ScriptElement[] => [
      { type: 'action', centered, ...withStyles(text) },
    ]),
  speech(null),
  fc.tuple(speech('left'), speech('right')).map(([left, right]) => [...left, ...right]),
  styled.map((text): ScriptElement[] => [{ type: 'lyrics', ...withStyles(text) }]),
  line.map((text): ScriptElement[] => [{ type: 'transition', text }]),
  line.map((text): ScriptElement[] => [{ type: 'section', text, depth: 1 }]),
);

const documentArbitrary: fc.Arbitrary<ScriptDocument> = fc
  .array(fc.tuple(fc.boolean(), block, fc.option(line, { freq: 4 })), { maxLength: 12 })
  .map((blocks) => ({
    titlePage: [],
    elements: blocks.flatMap(([pageBreak, elements, note]) => [
      ...(pageBreak ? [{ type: 'page-break' as const }] : []),
      ...elements,
      ...(note === null ? [] : [{ type: 'note' as const, text: note }]),
    ]),
  }));

const withoutLines = (elements: readonly ScriptElement[]): ScriptElement[] =>
  elements.map((element) => {
    const { line: _line, ...rest } = element;
    return rest;
  });

// ---------------------------------------------------------------------------------------------

const FRAGMENTS = [
  '<?xml version="1.0"?>',
  '<FinalDraft>',
  '</FinalDraft>',
  '<Content>',
  '</Content>',
  '<Paragraph Type="Action">',
  '<Paragraph Type="Scene Heading" Number="5A">',
  '<Paragraph Type="Character">',
  '<Paragraph>',
  '</Paragraph>',
  '<Text>',
  '<Text Style="Bold+Italic" TagNumber="1">',
  '</Text>',
  '<DualDialogue>',
  '</DualDialogue>',
  '<ScriptNote>',
  '</ScriptNote>',
  '<SceneProperties Length="1 3/8" Page="2"/>',
  '<TagData><Tags><Tag Number="1"><DefId>x</DefId></Tag></Tags></TagData>',
  '<!DOCTYPE x [<!ENTITY a "&b;">]>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '&amp;',
  '&#8217;',
  '&#xD800;',
  '&a;',
  '&',
  '<',
  '>',
  '"',
  '\n',
  '\r\n',
  ' ',
  'INT. HOUSE - DAY',
  'MARGOT (V.O.)',
  '🎬',
];

const xmlish = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 })
  .map((parts) => parts.join(''));

const checkParse = (text: string): ReturnType<typeof parseFdx> => {
  const result = parseFdx(text);
  for (const diagnostic of result.diagnostics) {
    expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
    expect(diagnostic.message.length).toBeGreaterThan(0);
    if (diagnostic.line !== undefined) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
  }
  for (const tag of result.tags) {
    const element = result.document.elements[tag.elementIndex];
    const text = element !== undefined && 'text' in element ? element.text : '';
    expect(0 <= tag.start && tag.start < tag.end && tag.end <= text.length).toBe(true);
  }
  for (const scene of extractScenes(result.document))
    expect(scene.eighths).toBeGreaterThanOrEqual(1);
  return result;
};

const SAMPLE = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="Scene Heading" Number="5A"><SceneProperties Length="1 3/8" Page="2"><Summary><Paragraph><Text>Sum</Text></Paragraph></Summary></SceneProperties><Text>INT. STAGE - DAY</Text></Paragraph>
    <Paragraph Type="Action"><Text>A </Text><Text Style="Bold" TagNumber="1">clapper</Text><Text> snaps &amp; echoes.</Text><ScriptNote><Paragraph><Text>note</Text></Paragraph></ScriptNote></Paragraph>
    <Paragraph><DualDialogue><Paragraph Type="Character"><Text>ANA (V.O.)</Text></Paragraph><Paragraph Type="Dialogue"><Text>Mark.</Text></Paragraph><Paragraph Type="Character"><Text>BEN</Text></Paragraph><Paragraph Type="Dialogue"><Text>Set.</Text></Paragraph></DualDialogue></Paragraph>
  </Content>
  <TitlePage><Content><Paragraph Alignment="Center"><Text>TITLE</Text></Paragraph></Content></TitlePage>
  <TagData><TagCategories><TagCategory Id="c" Name="Props"/></TagCategories><TagDefinitions><TagDefinition CatId="c" Id="d" Label="Clapper"/></TagDefinitions><Tags><Tag Number="1"><DefId>d</DefId></Tag></Tags></TagData>
</FinalDraft>
`;
const END_OF_ROOT = SAMPLE.lastIndexOf('</FinalDraft>') + '</FinalDraft>'.length;

describe('parseFdx on anything', () => {
  it('reads the sample without diagnostics', () => {
    const result = checkParse(SAMPLE);
    expect(result.diagnostics).toEqual([]);
    expect(result.tags).toHaveLength(1);
  });

  it('never throws on any string and returns well-formed diagnostics', () => {
    fc.assert(
      fc.property(fc.oneof(xmlish, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        checkParse(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reports an error for every truncation of a valid file before its root closes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: END_OF_ROOT - 1 }), (end) => {
        const result = checkParse(SAMPLE.slice(0, end));
        expect(result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when a random range of a valid file is deleted or repeated', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SAMPLE.length }),
        fc.integer({ min: 0, max: 200 }),
        fc.boolean(),
        (start, length, repeat) => {
          const range = SAMPLE.slice(start, start + length);
          checkParse(
            SAMPLE.slice(0, start) + (repeat ? range.repeat(3) : '') + SAMPLE.slice(start + length),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('printFdx (test writer) and parseFdx', () => {
  it('reads back every generated document it printed', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const result = parseFdx(printFdx(document));
        expect(result.diagnostics).toEqual([]);
        expect(withoutLines(result.document.elements)).toEqual(document.elements);
      }),
      { numRuns: 500 },
    );
  });
});
