import type {
  ScriptDiagnostic,
  ScriptDocument,
  ScriptElement,
  TextStyleSpan,
} from '@greenlight/domain';
import { classifyParagraphStart, isCentered } from './classify-paragraph-start.js';
import { createDiagnosticSink, type DiagnosticSink } from './diagnostic-sink.js';
import { parseInline } from './parse-inline.js';
import { parseTitlePage } from './parse-title-page.js';
import {
  stripBoneyardAndNotes,
  type SourceLine,
  type SourceNote,
} from './strip-boneyard-and-notes.js';

/**
 * 5 MiB of text. A feature screenplay is 150–300 KB of Fountain; anything far larger is the wrong file,
 * and refusing it keeps a browser tab or a request from parsing something huge.
 */
export const MAX_FOUNTAIN_CHARACTERS = 5 * 1024 * 1024;

export type FountainParseResult = {
  readonly document: ScriptDocument;
  readonly diagnostics: ScriptDiagnostic[];
};

/**
 * Parses Fountain 1.1 (https://fountain.io/syntax) into the script representation: title page, scene
 * headings with their numbers, action (forced, centered), cues with extensions and dual dialogue,
 * parentheticals, dialogue, lyrics, transitions, sections, synopses, notes (taken out of the text they
 * were in and kept as note elements after it), boneyard (dropped) and page breaks; emphasis becomes
 * plain text plus style spans. Every element carries the 1-based line it starts on.
 *
 * Never throws on content: anything odd becomes a diagnostic with a line number. Text over
 * `MAX_FOUNTAIN_CHARACTERS` is refused with one error and an empty document.
 */
export const parseFountain = (input: string): FountainParseResult => {
  if (input.length > MAX_FOUNTAIN_CHARACTERS) {
    return {
      document: { titlePage: [], elements: [] },
      diagnostics: [
        {
          severity: 'error',
          message: `The script is ${input.length.toLocaleString('en-US')} characters long, over the limit of ${MAX_FOUNTAIN_CHARACTERS.toLocaleString('en-US')} (5 MB), so it was not read.`,
        },
      ],
    };
  }
  const sink = createDiagnosticSink();
  // decodeText already removes the BOM and CRs; text from anywhere else may still have them.
  const withoutBom = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const text = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const { lines, notes } = stripBoneyardAndNotes(text, sink);
  let start = 0;
  while (start < lines.length && (lines[start]?.text.trim() ?? '') === '') start += 1;
  const titlePage = parseTitlePage(lines, start);
  const elements = new BodyParser(lines, sink).parse(titlePage?.next ?? 0);
  return {
    document: { titlePage: titlePage?.fields ?? [], elements: placeNotes(elements, notes) },
    diagnostics: sink.list(),
  };
};

type OpenParagraph = {
  readonly kind: 'action' | 'centered' | 'lyrics' | 'dialogue';
  readonly line: number;
  readonly lines: string[];
};

/** The line-by-line reader of everything after the title page. */
class BodyParser {
  private readonly elements: ScriptElement[] = [];
  private open: OpenParagraph | null = null;
  private inSpeech = false;
  private blankBefore = true;

  constructor(
    private readonly lines: readonly SourceLine[],
    private readonly sink: DiagnosticSink,
  ) {}

  parse(from: number): ScriptElement[] {
    for (let i = from; i < this.lines.length; i += 1) {
      const line = this.lines[i];
      if (line !== undefined) this.read(line, this.isBlank(i + 1));
    }
    this.close();
    return this.elements;
  }

  private isBlank(index: number): boolean {
    const line = this.lines[index];
    return line === undefined || line.text.trim() === '';
  }

  private read({ text, lineNumber }: SourceLine, blankAfter: boolean): void {
    const trimmed = text.trim();
    if (trimmed === '') {
      // Two spaces keep a blank line inside action or dialogue; any other blank line ends the paragraph.
      if (text === '  ' && (this.open?.kind === 'action' || this.open?.kind === 'dialogue')) {
        this.open.lines.push('');
        return;
      }
      this.close();
      this.inSpeech = false;
      this.blankBefore = true;
      return;
    }
    if (this.inSpeech) {
      this.readSpeech(trimmed, lineNumber);
      return;
    }
    if (this.continues(text, trimmed)) return;
    this.close();
    this.readParagraphStart(text, lineNumber, blankAfter);
  }

  /** Adds the line to the open paragraph when it belongs there. */
  private continues(text: string, trimmed: string): boolean {
    const open = this.open;
    if (open === null) return false;
    switch (open.kind) {
      case 'action':
        // `!` at the start of a later line keeps it literal (the printer uses it before `> x <`).
        if (text.startsWith('!')) open.lines.push(text.slice(1).trimEnd());
        else if (!isCentered(trimmed)) open.lines.push(text.trimEnd());
        else return false;
        return true;
      case 'centered':
        if (!isCentered(trimmed)) return false;
        open.lines.push(trimmed.slice(1, -1).trim());
        return true;
      case 'lyrics':
        if (!trimmed.startsWith('~')) return false;
        open.lines.push(trimmed.slice(1).trim());
        return true;
      case 'dialogue':
        return false;
    }
  }

  private readSpeech(trimmed: string, line: number): void {
    if (trimmed.startsWith('(') && trimmed.endsWith(')')) {
      this.close();
      this.elements.push({ type: 'parenthetical', text: parseInline(trimmed).text, line });
    } else if (this.open?.kind === 'dialogue') {
      this.open.lines.push(trimmed);
    } else {
      this.open = { kind: 'dialogue', line, lines: [trimmed] };
    }
  }

  private readParagraphStart(text: string, line: number, blankAfter: boolean): void {
    const start = classifyParagraphStart(text, this.blankBefore, blankAfter);
    this.blankBefore = false;
    switch (start.kind) {
      case 'page-break':
        this.elements.push({ type: 'page-break', line });
        this.blankBefore = true;
        return;
      case 'section':
        this.elements.push({
          type: 'section',
          text: parseInline(start.raw).text,
          depth: start.depth,
          line,
        });
        this.blankBefore = true;
        return;
      case 'synopsis':
        this.elements.push({ type: 'synopsis', text: parseInline(start.raw).text, line });
        this.blankBefore = true;
        return;
      case 'scene-heading':
        this.elements.push({
          type: 'scene-heading',
          text: parseInline(start.raw).text,
          sceneNumber: start.sceneNumber,
          line,
        });
        return;
      case 'transition':
        this.elements.push({ type: 'transition', text: parseInline(start.raw).text, line });
        return;
      case 'character':
        this.elements.push({
          type: 'character',
          name: start.name,
          text: start.cue,
          extensions: start.extensions,
          dual: start.caret ? this.pairWithPreviousSpeaker(line) : null,
          line,
        });
        this.inSpeech = true;
        return;
      case 'action':
        if (start.looksLikeHeading) {
          this.sink.report('heading-without-blank', {
            severity: 'warning',
            message:
              'This line looks like a scene heading, but the next line is not blank, so it was read as action. Add a blank line after it, or start it with a period to force a heading.',
            line,
          });
        }
        this.open = { kind: 'action', line, lines: [start.raw] };
        return;
      case 'centered':
      case 'lyrics':
        this.open = { kind: start.kind, line, lines: [start.raw] };
        return;
    }
  }

  /**
   * `^` makes this cue the right-hand speaker of a pair with the speech just before it, whose cue
   * becomes the left-hand one. Returns this cue's side, or null (with a warning) when there is no
   * speech just before or that speaker is paired already.
   */
  private pairWithPreviousSpeaker(line: number): 'right' | null {
    let k = this.elements.length - 1;
    while (k >= 0 && ['parenthetical', 'dialogue'].includes(this.elements[k]?.type ?? '')) k -= 1;
    const previous = this.elements[k];
    if (previous?.type === 'character' && previous.dual === null) {
      this.elements[k] = { ...previous, dual: 'left' };
      return 'right';
    }
    this.sink.report('dual-without-speaker', {
      severity: 'warning',
      message:
        previous?.type === 'character'
          ? 'This cue ends in ^ (dual dialogue), but the speech before it is already part of a pair, so it was read as an ordinary cue.'
          : 'This cue ends in ^ (dual dialogue), but no speech comes just before it to pair with, so it was read as an ordinary cue.',
      line,
    });
    return null;
  }

  /** Ends the open paragraph and adds it as an element. */
  private close(): void {
    const open = this.open;
    if (open === null) return;
    this.open = null;
    const { text, styles } = joinInline(open.lines);
    const styled = styles.length > 0 ? { styles } : {};
    switch (open.kind) {
      case 'action':
      case 'centered':
        this.elements.push({
          type: 'action',
          text,
          centered: open.kind === 'centered',
          line: open.line,
          ...styled,
        });
        return;
      case 'lyrics':
      case 'dialogue':
        this.elements.push({ type: open.kind, text, line: open.line, ...styled });
        return;
    }
  }
}

/** Lines read for emphasis one by one (emphasis never crosses a line) and joined with `\n`. */
const joinInline = (
  lines: readonly string[],
): { readonly text: string; readonly styles: TextStyleSpan[] } => {
  let text = '';
  const styles: TextStyleSpan[] = [];
  lines.forEach((line, index) => {
    if (index > 0) text += '\n';
    const inline = parseInline(line);
    for (const span of inline.styles) {
      styles.push({
        start: span.start + text.length,
        end: span.end + text.length,
        style: span.style,
      });
    }
    text += inline.text;
  });
  return { text, styles };
};

/**
 * Puts each note after the elements that start on or before its line, so a note written inside a
 * paragraph follows that paragraph and a note on a line of its own keeps its place among the others.
 */
const placeNotes = (
  elements: readonly ScriptElement[],
  notes: readonly SourceNote[],
): ScriptElement[] => {
  if (notes.length === 0) return [...elements];
  const placed: ScriptElement[] = [];
  let next = 0;
  const flushUntil = (line: number): void => {
    for (let note = notes[next]; note !== undefined && note.line < line; note = notes[next]) {
      placed.push({ type: 'note', text: note.text, line: note.line });
      next += 1;
    }
  };
  for (const element of elements) {
    flushUntil(element.line ?? 0);
    placed.push(element);
  }
  flushUntil(Number.POSITIVE_INFINITY);
  return placed;
};
