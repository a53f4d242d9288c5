import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  ScriptDocument,
  ScriptElement,
  TextStyleSpan,
  TitlePageField,
} from '@greenlight/domain';
import { parseCharacterCue } from './parse-character-cue.js';
import { parseFountain } from './parse-fountain.js';
import { printFountain } from './print-fountain.js';

// ---------------------------------------------------------------------------------------------
// An arbitrary of documents Fountain can express: each element's text is what the parser produces
// (trimmed lines, no tabs, spans inside one line and not touching spaces), and the structure is one
// the parser can build (dialogue only after a cue, no two dialogue elements in a row, dual pairs
// made of two adjacent speeches). Texts lean on the characters that need escaping or forcing.
// ---------------------------------------------------------------------------------------------

const TRICKY = [...'*_\\[]/#=!@~.><^():\'"-,?'];
const LETTERS = [...'abcXYZéÑ'];
const DIGITS = [...'079'];

const wordOf = (units: readonly string[], maxLength = 6): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength });

/** A word with no spaces; any character the parser must survive. */
const anyWord = wordOf([...LETTERS, ...DIGITS, ...TRICKY]);

/** Words joined by single spaces: trimmed, never blank. */
const plainLine = (word = anyWord): fc.Arbitrary<string> =>
  fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

type Styled = { readonly text: string; readonly styles: TextStyleSpan[] };

const STYLES: readonly TextStyleSpan['style'][] = ['bold', 'italic', 'underline'];

/** A line made of plain and styled stretches separated by spaces; each styled stretch gets one span per style. */
const styledLine: fc.Arbitrary<Styled> = fc
  .array(
    fc.record({
      text: plainLine(),
      styles: fc.subarray([...STYLES]),
    }),
    { minLength: 1, maxLength: 4 },
  )
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

/** Styled lines joined with `\n`; empty lines only inside (written as two spaces), when allowed. */
const styledLines = (options: { allowEmpty: boolean; indent?: boolean }): fc.Arbitrary<Styled> =>
  fc
    .array(
      fc.tuple(
        styledLine,
        options.indent ? fc.constantFrom('', '', '  ', '    ') : fc.constant(''),
        fc.boolean(),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((lines) => {
      let text = '';
      const styles: TextStyleSpan[] = [];
      lines.forEach(([line, indent, emptyBefore], index) => {
        if (index > 0) text += options.allowEmpty && emptyBefore ? '\n\n' : '\n';
        text += indent;
        for (const span of line.styles) {
          styles.push({ ...span, start: span.start + text.length, end: span.end + text.length });
        }
        text += line.text;
      });
      return { text, styles: styles.sort(compareSpans) };
    });

const compareSpans = (a: TextStyleSpan, b: TextStyleSpan): number =>
  a.start - b.start || a.end - b.end || STYLES.indexOf(a.style) - STYLES.indexOf(b.style);

const withStyles = (styled: Styled): { text: string; styles?: TextStyleSpan[] } =>
  styled.styles.length > 0 ? { text: styled.text, styles: styled.styles } : { text: styled.text };

const NAME_WORDS = ['MARGOT', 'TOMAS', 'McCLANE', 'R2D2', 'DR. O’NEIL', 'Zoë', 'MAN #2', '23'];
const EXTENSIONS = ['(V.O.)', '(O.S.)', "(CONT'D)", '(cont’d)', '(o. s.)', '(ON PHONE)'];

const cue = (dual: 'left' | 'right' | null): fc.Arbitrary<ScriptElement> =>
  fc
    .tuple(fc.constantFrom(...NAME_WORDS), fc.subarray(EXTENSIONS, { maxLength: 2 }))
    .map(([name, extensions]) => {
      const text = [name, ...extensions].join(' ');
      const parsed = parseCharacterCue(text) ?? { name: text, extensions: [] };
      return { type: 'character', text, ...parsed, dual };
    });

const note: fc.Arbitrary<ScriptElement> = fc
  .array(plainLine(wordOf([...LETTERS, ...DIGITS, ...'*_\\/#=!@~.><():'])), {
    minLength: 1,
    maxLength: 3,
  })
  .map((lines) => ({ type: 'note', text: lines.join('\n') }));

const parenthetical: fc.Arbitrary<ScriptElement> = plainLine().map((text) => ({
  type: 'parenthetical',
  text: `(${text})`,
}));

const dialogue: fc.Arbitrary<ScriptElement> = styledLines({ allowEmpty: true }).map((styled) => ({
  type: 'dialogue',
  ...withStyles(styled),
}));

/** A cue and what is said after it: parentheticals and dialogue (never two dialogues in a row), notes anywhere. */
const speech = (dual: 'left' | 'right' | null): fc.Arbitrary<ScriptElement[]> =>
  fc
    .tuple(
      cue(dual),
      fc.array(fc.oneof({ weight: 3, arbitrary: dialogue }, parenthetical, note), {
        maxLength: 5,
      }),
    )
    .map(([speaker, parts]) => {
      // Two stretches of dialogue with only notes between them read back as one.
      let last: ScriptElement['type'] = 'character';
      const kept = parts.filter((part) => {
        if (part.type === 'dialogue' && last === 'dialogue') return false;
        if (part.type !== 'note') last = part.type;
        return true;
      });
      return [speaker, ...kept];
    });

const HEADING_STARTS = ['INT.', 'EXT.', 'int.', 'EST.', 'INT./EXT.', 'I/E', 'INT'];

const sceneHeading: fc.Arbitrary<ScriptElement> = fc
  .tuple(
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...HEADING_STARTS), plainLine())
        .map(([start, rest]) => `${start} ${rest}`),
      plainLine(),
    ),
    fc.option(wordOf([...'0123456789AB.-'], 4), { nil: null }),
  )
  .map(([text, sceneNumber]) => ({ type: 'scene-heading', text, sceneNumber }));

const action: fc.Arbitrary<ScriptElement> = fc.oneof(
  styledLines({ allowEmpty: true, indent: true }).map((styled) => ({
    type: 'action' as const,
    centered: false,
    ...withStyles(styled),
  })),
  styledLines({ allowEmpty: false }).map((styled) => ({
    type: 'action' as const,
    centered: true,
    ...withStyles(styled),
  })),
  // Lines that look like other elements, which the printer must force.
  fc
    .constantFrom(
      'INT. HOUSE - DAY',
      'MARGOT',
      'CUT TO:',
      '===',
      '# not a section',
      '.not a heading',
      '> not a transition',
      'Title: not a title page',
      '!bang',
    )
    .map((text) => ({ type: 'action' as const, centered: false, text })),
);

const otherElement: fc.Arbitrary<ScriptElement> = fc.oneof(
  styledLines({ allowEmpty: false }).map((styled) => ({
    type: 'lyrics' as const,
    ...withStyles(styled),
  })),
  fc.oneof(fc.constantFrom('CUT TO:', 'SMASH CUT TO:', 'FADE OUT.'), plainLine()).map((text) => ({
    type: 'transition' as const,
    text,
  })),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(fc.constant(''), plainLine()))
    .map(([depth, text]) => ({ type: 'section' as const, depth, text })),
  fc.oneof(fc.constant(''), plainLine()).map((text) => ({ type: 'synopsis' as const, text })),
  fc.constant({ type: 'page-break' as const }),
);

const block: fc.Arbitrary<ScriptElement[]> = fc.oneof(
  { weight: 2, arbitrary: sceneHeading.map((e) => [e]) },
  { weight: 3, arbitrary: action.map((e) => [e]) },
  { weight: 3, arbitrary: speech(null) },
  fc.tuple(speech('left'), speech('right')).map(([left, right]) => [...left, ...right]),
  otherElement.map((e) => [e]),
  note.map((e) => [e]),
);

const TITLE_KEYS = ['Title', 'Credit', 'Author', 'Draft date', 'Contact', 'Notes'];

const titlePage: fc.Arbitrary<TitlePageField[]> = fc.oneof(
  fc.constant<TitlePageField[]>([]),
  fc
    .array(
      fc.record({
        key: fc.constantFrom(...TITLE_KEYS, 'Episode', 'Revision color'),
        values: fc.array(plainLine(), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map(([first, ...rest]) => [
      { key: TITLE_KEYS[0] ?? 'Title', values: first?.values ?? [] },
      ...rest,
    ]),
);

const arbScriptDocument: fc.Arbitrary<ScriptDocument> = fc
  .tuple(titlePage, fc.array(block, { maxLength: 12 }))
  .map(([fields, blocks]) => ({ titlePage: fields, elements: blocks.flat() }));

/** The document without source lines, which the printed text does not keep. */
const withoutLines = (document: ScriptDocument): ScriptDocument => ({
  titlePage: document.titlePage,
  elements: document.elements.map((element) => {
    const { line: _line, ...rest } = element;
    return rest;
  }),
});

describe('printFountain', () => {
  it('writes every generated document so that parseFountain reads the same document back', () => {
    fc.assert(
      fc.property(arbScriptDocument, (document) => {
        const printed = printFountain(document);
        const reparsed = parseFountain(printed);
        expect(withoutLines(reparsed.document)).toEqual(document);
        expect(reparsed.diagnostics).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
