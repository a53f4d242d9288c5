import type { ScriptDocument, TextStyleSpan } from '@greenlight/domain';

// A test-only writer of the subset of Final Draft that parseFdx reads back exactly (the round-trip
// property in parse-fdx.property.test.ts). Not a real exporter: no title page, tags or layout.

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const STYLE_NAMES = { bold: 'Bold', italic: 'Italic', underline: 'Underline' } as const;

/** `<Text>` runs for `text`, split wherever the set of styles changes. */
const printRuns = (text: string, styles: readonly TextStyleSpan[] = []): string => {
  const cuts = [
    ...new Set([0, text.length, ...styles.flatMap((span) => [span.start, span.end])]),
  ].sort((a, b) => a - b);
  let runs = '';
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    const active = (['bold', 'italic', 'underline'] as const).filter((style) =>
      styles.some((span) => span.style === style && span.start <= start && span.end >= end),
    );
    const style =
      active.length > 0 ? ` Style="${active.map((name) => STYLE_NAMES[name]).join('+')}"` : '';
    runs += `<Text${style}>${escapeXml(text.slice(start, end))}</Text>`;
  }
  return runs;
};

const printLength = (eighths: number): string => {
  const pages = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(pages);
  return pages === 0 ? `${rest}/8` : `${pages} ${rest}/8`;
};

type OpenParagraph = { open: string; inner: string; close: string };

/** The paragraph around a dual pair, its speeches wrapped so that notes can follow them. */
const closeDual = (dual: OpenParagraph): OpenParagraph => ({
  ...dual,
  inner: `<DualDialogue>${dual.inner}</DualDialogue>`,
});

/**
 * Writes a document as Final Draft XML: notes go into the paragraph before them, a synopsis into
 * its heading's SceneProperties Summary, a page break onto the next paragraph, and a dual pair into
 * one DualDialogue paragraph.
 */
export const printFdx = (document: ScriptDocument): string => {
  const paragraphs: OpenParagraph[] = [];
  let newPage = false;
  let dual: OpenParagraph | null = null;
  const paragraph = (type: string, runs: string, attributes = ''): OpenParagraph => {
    const starts = newPage ? ' StartsNewPage="Yes"' : '';
    newPage = false;
    return {
      open: `<Paragraph Type="${type}"${attributes}${starts}>`,
      inner: runs,
      close: '</Paragraph>',
    };
  };
  const add = (next: OpenParagraph): void => {
    if (dual !== null) dual.inner += `${next.open}${next.inner}${next.close}`;
    else paragraphs.push(next);
  };
  for (const element of document.elements) {
    const inSpeech =
      element.type === 'dialogue' ||
      element.type === 'parenthetical' ||
      (element.type === 'character' && element.dual === 'right');
    if (dual !== null && !inSpeech) {
      paragraphs.push(closeDual(dual));
      dual = null;
    }
    switch (element.type) {
      case 'scene-heading': {
        const number =
          element.sceneNumber === null ? '' : ` Number="${escapeXml(element.sceneNumber)}"`;
        const length =
          element.declaredEighths === undefined
            ? ''
            : ` Length="${printLength(element.declaredEighths)}"`;
        const page = element.declaredPage === undefined ? '' : ` Page="${element.declaredPage}"`;
        add(
          paragraph(
            'Scene Heading',
            `<SceneProperties${length}${page}></SceneProperties>${printRuns(element.text)}`,
            number,
          ),
        );
        break;
      }
      case 'synopsis': {
        const heading = paragraphs[paragraphs.length - 1];
        if (heading === undefined) throw new Error('a synopsis must follow a heading');
        heading.inner = heading.inner.replace(
          '></SceneProperties>',
          `><Summary><Paragraph>${printRuns(element.text)}</Paragraph></Summary></SceneProperties>`,
        );
        break;
      }
      case 'note': {
        const host = paragraphs[paragraphs.length - 1] ?? paragraph('Action', '');
        if (paragraphs.length === 0) paragraphs.push(host);
        host.inner += `<ScriptNote><Paragraph>${printRuns(element.text)}</Paragraph></ScriptNote>`;
        break;
      }
      case 'page-break':
        newPage = true;
        break;
      case 'action':
        add(
          paragraph(
            'Action',
            printRuns(element.text, element.styles),
            element.centered ? ' Alignment="Center"' : '',
          ),
        );
        break;
      case 'character':
        if (element.dual === 'left') {
          const starts = newPage ? ' StartsNewPage="Yes"' : '';
          newPage = false;
          dual = { open: `<Paragraph${starts}>`, inner: '', close: '</Paragraph>' };
        }
        add(paragraph('Character', printRuns(element.text)));
        break;
      case 'dialogue':
        add(paragraph('Dialogue', printRuns(element.text, element.styles)));
        break;
      case 'lyrics':
        add(paragraph('Lyrics', printRuns(element.text, element.styles)));
        break;
      case 'parenthetical':
        add(paragraph('Parenthetical', printRuns(element.text)));
        break;
      case 'transition':
        add(paragraph('Transition', printRuns(element.text)));
        break;
      case 'section':
        add(paragraph('New Act', printRuns(element.text)));
        break;
    }
  }
  if (dual !== null) paragraphs.push(closeDual(dual));
  const body = paragraphs.map((next) => `    ${next.open}${next.inner}${next.close}`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">\n  <Content>\n${body}\n  </Content>\n</FinalDraft>\n`;
};
