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

describe('parseFdx: breakdown tags', () => {
  const tagData = `<TagData>
  <TagCategories>
    <TagCategory Color="#FFFF00000000" Id="c-cast" Name="Cast Members" Number="2" Style="Bold"/>
    <TagCategory Id="c-props" Name="Props" Number="6"/>
    <TagCategory Id="c-day" Name="Script Day" Number="27"/>
  </TagCategories>
  <TagDefinitions>
    <TagDefinition CatId="c-cast" Id="d-ana" Label="ANA" Number="1"/>
    <TagDefinition CatId="c-props" Id="d-slate" Label="Clapperboard" Number="2"/>
    <TagDefinition CatId="c-day" Id="d-day" Label="Day 3" Number="3"/>
    <TagDefinition CatId="c-gone" Id="d-orphan" Label="Orphan" Number="4"/>
  </TagDefinitions>
  <Tags>
    <Tag Number="1"><DefId>d-ana</DefId></Tag>
    <Tag Number="2"><DefId>d-slate</DefId></Tag>
    <Tag Number="3"><DefId>d-day</DefId><DefId>d-ana</DefId></Tag>
    <Tag Number="4"><DefId>d-orphan</DefId></Tag>
    <Tag Number="5"><DefId>d-missing</DefId></Tag>
  </Tags>
</TagData>`;

  it('turns tagged runs into spans over the element text, merging touching runs of one tag', () => {
    const result = parseFdx(
      fdx(
        [
          `<Paragraph Type="Scene Heading"><Text TagNumber="3">INT. STAGE - DAY</Text></Paragraph>`,
          `<Paragraph Type="Action"><Text> </Text><Text TagNumber="1">ANA</Text><Text> lifts the </Text><Text Style="Bold" TagNumber="2">clapper</Text><Text TagNumber="2">board</Text><Text>.</Text></Paragraph>`,
          `<Paragraph Type="Character"><Text TagNumber="1">ANA</Text></Paragraph>`,
        ].join('\n'),
        tagData,
      ),
    );
    expect(result.tags).toEqual([
      { categoryName: 'Script Day', label: 'Day 3', elementIndex: 0, start: 0, end: 16 },
      { categoryName: 'Cast Members', label: 'ANA', elementIndex: 0, start: 0, end: 16 },
      { categoryName: 'Cast Members', label: 'ANA', elementIndex: 1, start: 0, end: 3 },
      { categoryName: 'Props', label: 'Clapperboard', elementIndex: 1, start: 14, end: 26 },
      { categoryName: 'Cast Members', label: 'ANA', elementIndex: 2, start: 0, end: 3 },
    ]);
    const action = result.document.elements[1];
    expect(action?.type === 'action' ? action.text.slice(14, 26) : null).toBe('clapperboard');
    // The two broken links in <TagData> are reported where it starts.
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          'The tag definition "Orphan" belongs to a category the file does not have (c-gone).',
        line: 8,
      },
      {
        severity: 'warning',
        message: 'Tag 5 refers to a tag definition the file does not have (d-missing).',
        line: 8,
      },
    ]);
  });

  it('warns about a run whose tag is not defined and imports no tag for it', () => {
    const result = parseFdx(
      fdx(
        `<Paragraph Type="Action"><Text TagNumber="9">A prop</Text><Text TagNumber="4"> and more</Text></Paragraph>`,
        tagData,
      ),
    );
    expect(result.tags).toEqual([]);
    expect(
      result.diagnostics.filter((diagnostic) => diagnostic.line === 4).map((d) => d.message),
    ).toEqual([
      "Text is marked with breakdown tag 9, which the file's tag data does not define, so it was not imported as a tag.",
      "Text is marked with breakdown tag 4, which the file's tag data does not define, so it was not imported as a tag.",
    ]);
  });
});
