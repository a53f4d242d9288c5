import type { ScriptDiagnostic, ScriptDocument, TitlePageField } from '@greenlight/domain';
import { assemblePdfElements, type BodyPage } from './assemble-pdf-elements.js';
import { buildPdfLines, type PdfLine } from './build-pdf-lines.js';
import { learnScreenplayIndents } from './learn-screenplay-indents.js';
import { loadPdfText, type PdfPageText, type PdfText } from './load-pdf-text.js';
import { readPdfTitlePage } from './read-pdf-title-page.js';
import { removePageFurniture } from './remove-page-furniture.js';

/**
 * 20 MiB. A feature screenplay exported as PDF is 100–500 KB; a file forty times that is a scan or
 * the wrong file, and refusing it keeps one upload from occupying the parser.
 */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** A feature runs 90–130 pages and a long TV script 70; 400 leaves room for anything real. */
export const MAX_PDF_PAGES = 400;

export type PdfScriptParseResult = {
  readonly document: ScriptDocument;
  readonly diagnostics: ScriptDiagnostic[];
};

const POINTS_PER_INCH = 72;
const SINGLE_SPACING = 1 / 6;

/**
 * Reads a screenplay PDF (as screenwriting programs export it: 12-point Courier laid out by
 * indentation) into the script representation, from its text layer alone.
 *
 * Lines are rebuilt from pdf.js's text runs and classified by where they start, against indents
 * learned from the document (action and headings ≈ 1.5 in, dialogue ≈ 2.5 in, parentheticals ≈ 3.1 in,
 * cues ≈ 3.7 in, transitions right-aligned). Scene numbers in either margin become `sceneNumber`;
 * the page a heading prints on becomes `declaredPage` (the printed page number when there is one).
 * Headers, footers, page numbers and CONTINUED lines are dropped, and a speech broken across pages
 * with (MORE) and (CONT'D) is joined. A first page with no heading and centered text is read as the
 * title page. Elements carry no `line`: a PDF has pages, not source lines, so diagnostics name pages.
 *
 * Never throws on content: an unreadable, encrypted or damaged file, one with no text layer (a scan),
 * or one over `MAX_PDF_BYTES` or `MAX_PDF_PAGES` gives one error diagnostic and an empty document.
 * pdf.js is loaded on the first call.
 */
export const parsePdfScript = async (bytes: Uint8Array): Promise<PdfScriptParseResult> => {
  if (bytes.length > MAX_PDF_BYTES) {
    return failed(
      `The PDF is ${bytes.length.toLocaleString('en-US')} bytes, over the limit of ${MAX_PDF_BYTES.toLocaleString('en-US')} (20 MB), so it was not read.`,
    );
  }
  if (!hasPdfHeader(bytes)) {
    return failed('This PDF could not be read: the file does not start like a PDF (%PDF-).');
  }
  let text: PdfText;
  try {
    text = await loadPdfText(bytes, MAX_PDF_PAGES);
  } catch (error) {
    return failed(`This PDF could not be read: ${describeError(error)}`);
  }
  if (text.kind === 'too-many-pages') {
    return failed(
      `The PDF has ${text.pageCount.toLocaleString('en-US')} pages, over the limit of ${MAX_PDF_PAGES}, so it was not read.`,
    );
  }
  return readScreenplay(text.pages);
};

const failed = (message: string): PdfScriptParseResult => ({
  document: { titlePage: [], elements: [] },
  diagnostics: [{ severity: 'error', message }],
});

/** pdf.js accepts the header anywhere in the first 1024 bytes, as some writers prepend junk. */
const hasPdfHeader = (bytes: Uint8Array): boolean => {
  const header = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  const end = Math.min(bytes.length, 1024) - header.length;
  for (let start = 0; start <= end; start += 1) {
    if (header.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
};

const describeError = (error: unknown): string => {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return 'it is protected by a password. Export the script again without one and import that.';
  }
  if (name === 'InvalidPDFException') {
    return `it is damaged or not a PDF (${message}).`;
  }
  return message.endsWith('.') ? message : `${message}.`;
};

const readScreenplay = (pages: readonly PdfPageText[]): PdfScriptParseResult => {
  if (pages.every((page) => page.runs.length === 0)) {
    return failed(
      'This PDF has no text layer (it may be scanned); export the script from your screenwriting program as PDF, Final Draft or Fountain.',
    );
  }
  const lines = pages.map(buildPdfLines);
  const first = pages[0];
  const titlePage: TitlePageField[] | null =
    first === undefined ? null : readPdfTitlePage(lines[0] ?? [], first.width / POINTS_PER_INCH);
  const body = bodyPages(
    pages.slice(titlePage === null ? 0 : 1),
    lines.slice(titlePage === null ? 0 : 1),
  );
  const bodyLines = body.flatMap((page) => page.lines);
  const { elements, diagnostics } = assemblePdfElements(body, {
    indents: learnScreenplayIndents(bodyLines),
    lineSpacing: learnLineSpacing(body),
  });
  if (!elements.some((element) => element.type === 'scene-heading')) {
    diagnostics.push({
      severity: 'warning',
      message:
        'No scene headings (INT., EXT.) were found in this PDF, so it has no scenes. Is it a screenplay?',
    });
  }
  return { document: { titlePage: titlePage ?? [], elements }, diagnostics };
};

/**
 * The script's pages without their furniture, each with its number in the script: the printed one
 * (`12A`, an inserted page, counts as 12), else one more than the page before.
 */
const bodyPages = (pages: readonly PdfPageText[], lines: readonly PdfLine[][]): BodyPage[] => {
  let previous = 0;
  return pages.map((page, index) => {
    const body = removePageFurniture(lines[index] ?? [], page.height / POINTS_PER_INCH);
    const printed = /^\d+/.exec(body.printedNumber ?? '')?.[0];
    const scriptPage = printed === undefined ? previous + 1 : Number(printed);
    previous = scriptPage;
    return {
      page: page.page,
      scriptPage,
      width: page.width / POINTS_PER_INCH,
      lines: body.lines,
    };
  });
};

/**
 * Single line spacing: the commonest distance between neighbouring baselines (to 1/100 in), which
 * is 1/6 in for 12-point Courier but differs for scripts printed at another size.
 */
const learnLineSpacing = (pages: readonly BodyPage[]): number => {
  const counts = new Map<number, number>();
  for (const { lines } of pages) {
    for (let index = 1; index < lines.length; index += 1) {
      const gap = (lines[index]?.y ?? 0) - (lines[index - 1]?.y ?? 0);
      if (gap < 0.08 || gap > 0.5) continue;
      const key = Math.round(gap * 100);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best === undefined ? SINGLE_SPACING : best[0] / 100;
};
