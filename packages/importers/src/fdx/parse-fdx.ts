import { XMLValidator } from 'fast-xml-parser';
import type {
  ImportedBreakdownTag,
  ScriptDiagnostic,
  ScriptDocument,
  TitlePageField,
} from '@greenlight/domain';
import { positionAt } from '../text-position.js';
import { createDiagnosticSink, type DiagnosticSink } from '../fountain/diagnostic-sink.js';
import { createLineLocator } from './create-line-locator.js';
import { readFdxBody } from './read-fdx-body.js';
import { readTagData } from './read-tag-data.js';
import { readTextRuns } from './read-text-runs.js';
import { readTitlePage } from './read-title-page.js';
import { childrenNamed, firstChildNamed, readXmlTree, type XmlElement } from './read-xml-tree.js';

/**
 * 10 MiB of text. A feature in Final Draft's XML is 0.5–2 MB (each line of dialogue carries its
 * markup); anything far larger is the wrong file, and refusing it keeps a request or a browser tab
 * from parsing something huge.
 */
export const MAX_FDX_CHARACTERS = 10 * 1024 * 1024;

export type FdxParseResult = {
  readonly document: ScriptDocument;
  readonly diagnostics: ScriptDiagnostic[];
  readonly tags: ImportedBreakdownTag[];
};

const EMPTY: ScriptDocument = { titlePage: [], elements: [] };

/**
 * Parses a Final Draft `.fdx` file (already decoded to text) into the script representation: the
 * paragraphs of `<Content>` (see `readFdxBody` for the type mapping) with scene numbers and the
 * declared length and page of each scene, styled runs as style spans, dual dialogue, script notes
 * (as note elements after their paragraph), the title page (keys inferred, see `readTitlePage`) and
 * the breakdown tags of `<TagData>` as spans over the elements' text. Every element carries the line
 * its paragraph starts on.
 *
 * Never throws on content. Text over `MAX_FDX_CHARACTERS` is refused with one error; XML that is not
 * well formed gives one error with its line and column, plus whatever the lenient parser could still
 * read; a file whose root is not `<FinalDraft>` gives an error and an empty document. Entities
 * declared in a DOCTYPE are never expanded.
 */
export const parseFdx = (input: string): FdxParseResult => {
  if (input.length > MAX_FDX_CHARACTERS) {
    return {
      document: EMPTY,
      diagnostics: [
        {
          severity: 'error',
          message: `The file is ${input.length.toLocaleString('en-US')} characters long, over the limit of ${MAX_FDX_CHARACTERS.toLocaleString('en-US')} (10 MB), so it was not read.`,
        },
      ],
      tags: [],
    };
  }
  const sink = createDiagnosticSink();
  // decodeText already removes the BOM and CRs; text from anywhere else may still have them.
  const withoutBom = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const text = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const lineAt = createLineLocator(text);
  const wellFormed = checkWellFormed(text, sink);
  const tree = readXmlTree(text, (name, start) =>
    sink.report('unknown-entity', {
      severity: 'warning',
      message: `"&${name};" is not an XML entity Greenlight knows, so it was kept as written.`,
      ...(start === undefined ? {} : { line: lineAt(start) }),
    }),
  );
  if (!tree.ok) {
    if (wellFormed) {
      sink.report('unreadable', {
        severity: 'error',
        message: `The file could not be read as XML: ${tree.message}.`,
      });
    }
    return { document: EMPTY, diagnostics: sink.list(), tags: [] };
  }
  const root = tree.nodes.find((node): node is XmlElement => 'name' in node);
  if (root?.name !== 'FinalDraft') {
    if (wellFormed) {
      sink.report('not-fdx', {
        severity: 'error',
        message:
          root === undefined
            ? 'The file has no XML element in it, so it is not a Final Draft file.'
            : `The file's root element is <${root.name}>, not <FinalDraft>, so it is not a Final Draft file.`,
      });
    }
    return { document: EMPTY, diagnostics: sink.list(), tags: [] };
  }
  const lineOf = (element: XmlElement): number | undefined =>
    element.start === undefined ? undefined : lineAt(element.start);
  const tagDataElement = firstChildNamed(root, 'TagData');
  const tagData = readTagData(tagDataElement);
  for (const problem of tagData.problems) {
    sink.report('tag-data', {
      severity: 'warning',
      message: problem,
      ...(tagDataElement?.start === undefined ? {} : { line: lineAt(tagDataElement.start) }),
    });
  }
  const content = firstChildNamed(root, 'Content');
  if (content === undefined && wellFormed) {
    sink.report('no-content', {
      severity: 'warning',
      message: 'The file has no <Content> element, so it holds no script.',
      ...(root.start === undefined ? {} : { line: lineAt(root.start) }),
    });
  }
  const body = readFdxBody(content, { sink, lineOf, tags: tagData.tags });
  return {
    document: { titlePage: readFdxTitlePage(root), elements: body.elements },
    diagnostics: sink.list(),
    tags: body.tags,
  };
};

/**
 * Validates the XML, reporting the first problem with its line and column. fast-xml-parser's
 * validator reports elements left open at the end of the file at line 1 with their names in a JSON
 * array; that case is reported at the end of the text instead, with the names listed.
 */
const checkWellFormed = (text: string, sink: DiagnosticSink): boolean => {
  let result: ReturnType<typeof XMLValidator.validate>;
  try {
    result = XMLValidator.validate(text);
  } catch (error) {
    result = {
      err: {
        code: 'InvalidXml',
        msg: error instanceof Error ? error.message : String(error),
        line: 1,
        col: 1,
      },
    };
  }
  if (result === true) return true;
  const { msg, line, col } = result.err;
  const unclosed = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(msg);
  if (unclosed !== null) {
    const names = [...(unclosed[1] ?? '').matchAll(/"([^"]*)"/g)].map((match) => match[1]);
    const end = positionAt(text, text.length);
    sink.report('not-well-formed', {
      severity: 'error',
      message: `The file ends before ${names.length === 1 ? 'this element is' : 'these elements are'} closed: ${names.join(', ')}. It may be cut short; what could be read is shown.`,
      line: end.line,
      column: end.column,
    });
    return false;
  }
  sink.report('not-well-formed', {
    severity: 'error',
    message: `The file is not well-formed XML: ${/[.!?]$/.test(msg) ? msg : `${msg}.`} What could be read is shown; check the file from here on.`,
    line,
    column: col,
  });
  return false;
};

/** `<TitlePage><Content><Paragraph>…`: free-form lines whose keys `readTitlePage` infers. */
const readFdxTitlePage = (root: XmlElement): TitlePageField[] => {
  const content = childrenNamed(root, 'TitlePage').flatMap((page) =>
    childrenNamed(page, 'Content'),
  )[0];
  if (content === undefined) return [];
  return readTitlePage(
    childrenNamed(content, 'Paragraph').map((paragraph) => ({
      text: readTextRuns(paragraph).text,
      centered: paragraph.attributes['Alignment'] === 'Center',
    })),
  );
};
