import type { ScriptDiagnostic, ScriptElement } from '@greenlight/domain';
import { parseCharacterCue } from '../fountain/parse-character-cue.js';
import type { PdfLine } from './build-pdf-lines.js';
import { classifyPdfLine, splitMargins, type ClassifiedLine } from './classify-pdf-line.js';
import type { ScreenplayIndents } from './learn-screenplay-indents.js';
import { PageNotes } from './page-notes.js';

/** A page of the script body: its lines without headers, footers and page numbers. */
export type BodyPage = {
  /** 1-based page of the file, for diagnostics. */
  readonly page: number;
  /** The page's number in the script (the printed one when it is a plain number). */
  readonly scriptPage: number;
  /** Page width in inches. */
  readonly width: number;
  readonly lines: readonly PdfLine[];
};

export type AssembleOptions = {
  readonly indents: ScreenplayIndents;
  /** Distance between two baselines of single-spaced text, in inches (1/6 in for 12 pt Courier). */
  readonly lineSpacing: number;
};

type Paragraph = {
  readonly kind: 'action' | 'dialogue' | 'parenthetical';
  readonly centered: boolean;
  readonly texts: string[];
};

type DualColumn = { readonly cue: string; readonly parts: Paragraph[] };

type DualSpeech = {
  readonly split: number;
  readonly left: DualColumn;
  readonly right: DualColumn;
};

/**
 * Joins the printed lines of one paragraph: with a space, except after a word broken at a hyphen or
 * a dash, where the line break was the only separator.
 */
export const joinPrintedLines = (texts: readonly string[]): string =>
  texts.reduce(
    (joined, text) =>
      joined === '' ? text : /\p{L}-$|--$/u.test(joined) ? joined + text : `${joined} ${text}`,
    '',
  );

/**
 * Turns the classified lines of the script's pages into elements. Lines of one kind a single line
 * apart form one paragraph; a wider gap or a new page ends it. A speech broken across pages, `(MORE)`
 * at the foot of one and the speaker's `(CONT'D)` cue at the head of the next, becomes one speech:
 * the repeated cue is dropped and the dialogue on both sides of the break joined.
 */
export const assemblePdfElements = (
  pages: readonly BodyPage[],
  options: AssembleOptions,
): { readonly elements: ScriptElement[]; readonly diagnostics: ScriptDiagnostic[] } => {
  const assembler = new Assembler(options);
  for (const page of pages) assembler.readPage(page);
  return assembler.finish();
};

class Assembler {
  private readonly elements: ScriptElement[] = [];
  private readonly notes = new PageNotes();
  private readonly headingNotes: ScriptDiagnostic[] = [];
  private open: Paragraph | null = null;
  private inSpeech = false;
  private speaker: string | null = null;
  /** A cue with nothing said after it yet: if nothing follows, it was not a cue (e.g. THE END). */
  private pendingCue: {
    readonly index: number;
    readonly text: string;
    readonly centered: boolean;
  } | null = null;
  /** Set by (MORE): the speaker whose cue, marked CONT'D, should open the next page. */
  private continued: { readonly name: string | null; readonly page: number } | null = null;
  private dual: DualSpeech | null = null;

  constructor(private readonly options: AssembleOptions) {}

  readPage(page: BodyPage): void {
    let previousY = Number.NEGATIVE_INFINITY;
    for (const line of page.lines) {
      const newParagraph = line.y - previousY > 1.5 * this.options.lineSpacing;
      previousY = line.y;
      if (this.dual !== null) {
        if (!newParagraph) {
          this.addDualLine(this.dual, line);
          continue;
        }
        this.flushDual();
      }
      this.read(classifyPdfLine(line, this.options.indents, page.width), newParagraph, page);
    }
  }

  finish(): { readonly elements: ScriptElement[]; readonly diagnostics: ScriptDiagnostic[] } {
    this.flushDual();
    this.endSpeech();
    if (this.continued !== null) this.noteBrokenContinuation(this.continued.page);
    return { elements: this.elements, diagnostics: [...this.headingNotes, ...this.notes.list()] };
  }

  private read(line: ClassifiedLine, newParagraph: boolean, page: BodyPage): void {
    if (line.kind === 'empty') return;
    if (this.continued !== null) {
      const continued = this.continued;
      this.continued = null;
      if (line.kind === 'character' && this.continues(continued, line.text)) {
        this.resumeSpeech();
        return;
      }
      this.noteBrokenContinuation(continued.page);
    }
    if (newParagraph) {
      this.close();
      if (line.kind !== 'more') this.endSpeech();
    }
    switch (line.kind) {
      case 'scene-heading': {
        this.endSpeech();
        const [number = null, other] = line.numbers;
        if (other !== undefined && other !== number) {
          this.headingNotes.push({
            severity: 'warning',
            message: `Page ${page.page}: the heading "${line.text}" has ${number ?? ''} in the left margin and ${other} in the right; ${number ?? ''} was used as its scene number.`,
          });
        }
        this.elements.push({
          type: 'scene-heading',
          text: line.text,
          sceneNumber: number,
          declaredPage: page.scriptPage,
        });
        return;
      }
      case 'transition':
        this.endSpeech();
        this.elements.push({ type: 'transition', text: line.text });
        return;
      case 'action':
        if (this.inSpeech) this.endSpeech();
        if (line.offIndent) {
          this.notes.add(
            'off-indent',
            page.page,
            'info',
            (pages) =>
              `Some lines on ${pages} do not start at any of the script's indents and were read as action.`,
          );
        }
        this.addText('action', line.text, line.centered);
        return;
      case 'character':
        this.endSpeech();
        this.addCue(line.text, line.centered, null);
        return;
      case 'parenthetical':
      case 'dialogue':
        if (!this.inSpeech) {
          this.addText('action', line.text, false);
          return;
        }
        this.pendingCue = null;
        if (this.open?.kind === 'parenthetical') {
          // A parenthetical runs on until its closing bracket, however the next line is indented.
          if (!isClosed(this.open)) {
            this.open.texts.push(line.text);
            return;
          }
          this.close();
        }
        this.addText(line.kind, line.text, false);
        return;
      case 'more':
        this.close();
        this.continued = { name: this.speaker, page: page.page };
        return;
      case 'dual-cues':
        this.endSpeech();
        this.dual = {
          split: line.split,
          left: { cue: line.left, parts: [] },
          right: { cue: line.right, parts: [] },
        };
        return;
    }
  }

  private continues(continued: { readonly name: string | null }, cue: string): boolean {
    const parsed = parseCharacterCue(cue);
    return (
      parsed !== null && parsed.name === continued.name && parsed.extensions.includes("CONT'D")
    );
  }

  /** After a dropped (CONT'D) cue: the dialogue cut off by (MORE) takes the next lines too. */
  private resumeSpeech(): void {
    this.inSpeech = true;
    const last = this.elements[this.elements.length - 1];
    if (last?.type === 'dialogue') {
      this.elements.pop();
      this.open = { kind: 'dialogue', centered: false, texts: [last.text] };
    }
  }

  private noteBrokenContinuation(page: number): void {
    this.notes.add(
      'broken-more',
      page,
      'warning',
      (pages) =>
        `A speech on ${pages} ends in (MORE), but the next page does not go on with the same speaker's (CONT'D) cue; the speech was ended at the page break.`,
    );
  }

  private addCue(text: string, centered: boolean, dual: 'left' | 'right' | null): void {
    const cue = parseCharacterCue(text);
    if (cue === null) {
      this.addText('action', text, centered);
      return;
    }
    this.elements.push({
      type: 'character',
      name: cue.name,
      text,
      extensions: cue.extensions,
      dual,
    });
    this.inSpeech = true;
    this.speaker = cue.name;
    this.pendingCue = dual === null ? { index: this.elements.length - 1, text, centered } : null;
  }

  private addText(kind: Paragraph['kind'], text: string, centered: boolean): void {
    const open = this.open;
    if (open !== null && open.kind === kind && open.centered === centered) {
      open.texts.push(text);
      return;
    }
    this.close();
    this.open = { kind, centered, texts: [text] };
  }

  private close(): void {
    const open = this.open;
    if (open === null) return;
    this.open = null;
    this.elements.push(toElement(open));
  }

  /** Ends the speech in progress; a cue that nothing was said after becomes action. */
  private endSpeech(): void {
    this.close();
    const pending = this.pendingCue;
    if (pending !== null) {
      this.pendingCue = null;
      this.elements[pending.index] = {
        type: 'action',
        text: pending.text,
        centered: pending.centered,
      };
    }
    this.inSpeech = false;
    this.speaker = null;
  }

  private addDualLine(dual: DualSpeech, line: PdfLine): void {
    for (const segment of splitMargins(line, this.options.indents).main) {
      const column = segment.x < dual.split ? dual.left : dual.right;
      const last = column.parts[column.parts.length - 1];
      if (last?.kind === 'parenthetical' && !isClosed(last)) last.texts.push(segment.text);
      else if (segment.text.startsWith('('))
        column.parts.push({ kind: 'parenthetical', centered: false, texts: [segment.text] });
      else if (last?.kind === 'dialogue') last.texts.push(segment.text);
      else column.parts.push({ kind: 'dialogue', centered: false, texts: [segment.text] });
    }
  }

  private flushDual(): void {
    const dual = this.dual;
    if (dual === null) return;
    this.dual = null;
    for (const [column, side] of [
      [dual.left, 'left'],
      [dual.right, 'right'],
    ] as const) {
      this.addCue(column.cue, false, side);
      for (const part of column.parts) this.elements.push(toElement(part));
    }
    this.inSpeech = false;
    this.speaker = null;
  }
}

const isClosed = (paragraph: Paragraph): boolean =>
  (paragraph.texts[paragraph.texts.length - 1] ?? '').endsWith(')');

const toElement = (paragraph: Paragraph): ScriptElement => {
  const text = joinPrintedLines(paragraph.texts);
  switch (paragraph.kind) {
    case 'action':
      return { type: 'action', text, centered: paragraph.centered };
    case 'dialogue':
      return { type: 'dialogue', text };
    case 'parenthetical':
      return { type: 'parenthetical', text };
  }
};
