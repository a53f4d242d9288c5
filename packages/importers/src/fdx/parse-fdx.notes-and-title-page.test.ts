import { describe, expect, it } from 'vitest';
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

describe('parseFdx: notes and title page', () => {
  it('puts script notes after the paragraph they are in, one element per note', () => {
    const result = parseFdx(
      fdx(`<Paragraph Type="Action">
  <Text>The truck backs in.</Text>
  <ScriptNote ID="1">
    <Paragraph><Text>Ask transport:</Text></Paragraph>
    <Paragraph><Text>is the gate wide enough?</Text></Paragraph>
  </ScriptNote>
  <ScriptNote ID="2"><Paragraph><Text></Text></Paragraph></ScriptNote>
</Paragraph>
<Paragraph Type="Action"><ScriptNote><Paragraph><Text>On an empty paragraph</Text></Paragraph></ScriptNote></Paragraph>`),
    );
    expect(result.document.elements).toEqual([
      { type: 'action', text: 'The truck backs in.', centered: false, line: 4 },
      { type: 'note', text: 'Ask transport:\nis the gate wide enough?', line: 6 },
      { type: 'note', text: 'On an empty paragraph', line: 12 },
    ]);
  });

  it('infers title page fields from free-form paragraphs', () => {
    const line = (text: string, alignment = 'Center'): string =>
      `<Paragraph Alignment="${alignment}"><Text>${text}</Text></Paragraph>`;
    const result = parseFdx(
      fdx(
        p('Action', 'Body.'),
        `<TitlePage><Content>
${[
  line('NIGHT'),
  line('SHOOT'),
  line(''),
  line('Screenplay by'),
  line(''),
  line('Ana Pérez &amp; Tom Ray'),
  line(''),
  line('Based on the radio play by Lou Fenn'),
  line(''),
  line('Blue revisions 2 May 2026'),
  line(''),
  line('Some Agency', 'Left'),
  line('+1 555 010 0000', 'Left'),
  line(''),
  line('For the cast only'),
].join('\n')}
</Content></TitlePage>`,
      ),
    );
    expect(result.document.titlePage).toEqual([
      { key: 'Title', values: ['NIGHT', 'SHOOT'] },
      { key: 'Credit', values: ['Screenplay by'] },
      { key: 'Author', values: ['Ana Pérez & Tom Ray'] },
      { key: 'Source', values: ['Based on the radio play by Lou Fenn'] },
      { key: 'Draft date', values: ['Blue revisions 2 May 2026'] },
      { key: 'Contact', values: ['Some Agency', '+1 555 010 0000'] },
      { key: 'Notes', values: ['For the cast only'] },
    ]);
  });
});
