import { describe, expect, it } from 'vitest';
import type { ScriptElement } from '@greenlight/domain';
import { MAX_FDX_CHARACTERS, parseFdx } from './parse-fdx.js';

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

describe('parseFdx: files that are not a script', () => {
  it('reports malformed XML with its line and column, and reads what it can', () => {
    const result = parseFdx(
      fdx(`${p('Action', 'Fine.')}
<Paragraph Type="Action"><Text>Unclosed.</Paragraph>`),
    );
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        message:
          "The file is not well-formed XML: Expected closing tag 'Text' (opened in line 5, col 26) instead of closing tag 'Paragraph'. What could be read is shown; check the file from here on.",
        line: 5,
        column: 41,
      },
    ]);
    expect(withoutLines(result.document.elements)[0]).toEqual({
      type: 'action',
      text: 'Fine.',
      centered: false,
    });
  });

  it('reports a file cut short at its end, naming the elements left open', () => {
    const whole = fdx(p('Action', 'Fine.'));
    const source = whole.slice(0, whole.indexOf('Fine.') + 'Fine.'.length);
    const result = parseFdx(source);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: 4 });
    expect(result.diagnostics[0]?.message).toMatch(
      /^The file ends before these elements are closed: FinalDraft, Content, Paragraph/,
    );
  });

  it('refuses XML whose root is not FinalDraft, and text that is not XML', () => {
    expect(parseFdx('<?xml version="1.0"?>\n<html><body/></html>')).toEqual({
      document: { titlePage: [], elements: [] },
      diagnostics: [
        {
          severity: 'error',
          message:
            "The file's root element is <html>, not <FinalDraft>, so it is not a Final Draft file.",
        },
      ],
      tags: [],
    });
    const text = parseFdx('INT. HOUSE - DAY\n\nA Fountain script.');
    expect(text.document.elements).toEqual([]);
    expect(text.diagnostics).toMatchObject([{ severity: 'error', line: 1, column: 1 }]);
    expect(parseFdx('').diagnostics).toMatchObject([{ severity: 'error' }]);
  });

  it('refuses text over the size limit without reading it', () => {
    const huge = fdx(p('Action', 'x'.repeat(MAX_FDX_CHARACTERS)));
    expect(parseFdx(huge)).toEqual({
      document: { titlePage: [], elements: [] },
      diagnostics: [
        {
          severity: 'error',
          message: `The file is ${huge.length.toLocaleString('en-US')} characters long, over the limit of 10,485,760 (10 MB), so it was not read.`,
        },
      ],
      tags: [],
    });
  });

  it('reads a file with a byte-order mark and CRLF line ends, counting lines as an editor does', () => {
    const result = parseFdx(`\uFEFF${fdx(`\n${p('Action', 'Fine.')}`).replace(/\n/g, '\r\n')}`);
    expect(result.diagnostics).toEqual([]);
    expect(result.document.elements).toEqual([
      { type: 'action', text: 'Fine.', centered: false, line: 5 },
    ]);
  });

  it('reports nesting too deep to read as an error instead of throwing', () => {
    const deep = fdx(`${'<Paragraph>'.repeat(200)}${'</Paragraph>'.repeat(200)}`);
    const result = parseFdx(deep);
    expect(result.document.elements).toEqual([]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['error']);
  });
});
