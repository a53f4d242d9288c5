import type { DiagnosticSink } from './diagnostic-sink.js';
import { isEscapable } from './parse-inline.js';

/** A line of the script once boneyard and notes are out, tabs expanded; `lineNumber` is 1-based. */
export type SourceLine = { readonly text: string; readonly lineNumber: number };

/** A `[[note]]`, where its `[[` was. */
export type SourceNote = { readonly text: string; readonly line: number; readonly column: number };

export type StrippedSource = {
  readonly lines: readonly SourceLine[];
  readonly notes: readonly SourceNote[];
};

const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_BRACKET = 0x5b;
const SPACE = 0x20;

/**
 * Takes boneyard (`/* … *\/`, any number of lines) and notes (`[[ … ]]`, which may span lines but not a
 * blank one; a line of two spaces keeps a note together) out of the text before anything else reads it,
 * since both may cut across every other element. A line that held nothing but boneyard or notes is
 * dropped rather than left blank, so a note between a cue and its dialogue does not end the speech;
 * every kept line keeps its original number. `\` before punctuation escapes `/*` and `[[`.
 *
 * An opener without a closer is kept as text with a warning: losing the rest of a script to a typo
 * would be worse than showing the typo.
 */
export const stripBoneyardAndNotes = (text: string, sink: DiagnosticSink): StrippedSource => {
  if (!text.includes('/*') && !text.includes('[[')) {
    return { lines: text.split('\n').map(toSourceLine), notes: [] };
  }
  return new Stripper(text, sink).run();
};

const toSourceLine = (text: string, index: number): SourceLine => ({
  text: expandTabs(text),
  lineNumber: index + 1,
});

// Fountain reads a tab as four spaces (and keeps spaces in action, where they indent).
const expandTabs = (text: string): string =>
  text.includes('\t') ? text.replace(/\t/g, '    ') : text;

class Stripper {
  private readonly lines: SourceLine[] = [];
  private readonly notes: SourceNote[] = [];
  private lineNumber = 1;
  private lineStart = 0;
  private current = '';
  private touched = false;
  // Whether `current` ends in a space, kept aside: asking the growing string itself would flatten it
  // on every removal.
  private endsWithSpace = false;
  // Cached forward searches: each stays valid while the scan has not passed it, which keeps the whole
  // strip linear even for a file that is nothing but unclosed openers.
  private boneyardClose = { from: -1, at: -1 };
  private noteClose = { from: -1, at: -1 };
  private blankLine = { from: -1, at: -1 };
  private column = { lineStart: -1, index: 0, column: 1 };
  private newline = { from: -1, at: -1 };

  constructor(
    private readonly text: string,
    private readonly sink: DiagnosticSink,
  ) {}

  run(): StrippedSource {
    const text = this.text;
    const length = text.length;
    let copyFrom = 0;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (code === BACKSLASH && isEscapable(next)) {
        i += 2;
      } else if (code === NEWLINE) {
        this.current += text.slice(copyFrom, i);
        this.endLine(i);
        i += 1;
        copyFrom = i;
      } else if ((code === SLASH && next === STAR) || (code === OPEN_BRACKET && next === code)) {
        const isNote = code === OPEN_BRACKET;
        const close = isNote ? this.findNoteClose(i + 2) : this.findBoneyardClose(i + 2);
        if (close < 0) {
          this.reportUnclosed(isNote, i);
          i += 2;
          continue;
        }
        if (copyFrom < i) this.endsWithSpace = text.charCodeAt(i - 1) === SPACE;
        this.current += text.slice(copyFrom, i);
        if (isNote) this.addNote(i, close);
        this.skipRemoved(i, close + 2);
        i = close + 2;
        // "He waits [[beat]] and goes" reads "He waits and goes", not with two spaces.
        if (this.endsWithSpace && text.charCodeAt(i) === SPACE) i += 1;
        copyFrom = i;
      } else {
        i += 1;
      }
    }
    this.current += text.slice(copyFrom);
    this.pushLine();
    return { lines: this.lines, notes: this.notes };
  }

  private endLine(newlineAt: number): void {
    this.pushLine();
    this.current = '';
    this.endsWithSpace = false;
    this.touched = false;
    this.lineNumber += 1;
    this.lineStart = newlineAt + 1;
  }

  private pushLine(): void {
    if (this.touched && this.current.trim() === '') return;
    this.lines.push({ text: expandTabs(this.current), lineNumber: this.lineNumber });
  }

  /** Ends lines for the newlines inside a removed stretch [from, to). */
  private skipRemoved(from: number, to: number): void {
    this.touched = true;
    this.newline = this.search(this.newline, from, (f) => this.text.indexOf('\n', f));
    while (this.newline.at >= 0 && this.newline.at < to) {
      this.endLine(this.newline.at);
      this.touched = true;
      this.newline = this.search(this.newline, this.newline.at + 1, (f) =>
        this.text.indexOf('\n', f),
      );
    }
  }

  private addNote(open: number, close: number): void {
    const body = this.text
      .slice(open + 2, close)
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim();
    this.notes.push({ text: body, line: this.lineNumber, column: this.columnOf(open) });
  }

  private reportUnclosed(isNote: boolean, at: number): void {
    this.sink.report(isNote ? 'unclosed-note' : 'unclosed-boneyard', {
      severity: 'warning',
      message: isNote
        ? 'This note opens with [[ but is not closed with ]] before the next blank line, so it was kept as text.'
        : 'This boneyard opens with /* but is never closed with */, so it was kept as text.',
      line: this.lineNumber,
      column: this.columnOf(at),
    });
  }

  /**
   * 1-based column in code points, as decodeText counts them. Counted on from the last column asked
   * for on the same line, so a line of a thousand unclosed openers costs one pass, not a thousand.
   */
  private columnOf(index: number): number {
    const cached = this.column;
    const resume = cached.lineStart === this.lineStart && cached.index <= index;
    let column = resume ? cached.column : 1;
    for (let k = resume ? cached.index : this.lineStart; k < index; k += 1) {
      const unit = this.text.charCodeAt(k);
      if (unit < 0xdc00 || unit > 0xdfff) column += 1;
    }
    this.column = { lineStart: this.lineStart, index, column };
    return column;
  }

  private findBoneyardClose(from: number): number {
    this.boneyardClose = this.search(this.boneyardClose, from, (f) => this.text.indexOf('*/', f));
    return this.boneyardClose.at;
  }

  /** The `]]` closing a note opened before `from`, unless a blank line comes first. */
  private findNoteClose(from: number): number {
    this.noteClose = this.search(this.noteClose, from, (f) => this.text.indexOf(']]', f));
    this.blankLine = this.search(this.blankLine, from, (f) => this.nextBlankLine(f));
    const close = this.noteClose.at;
    const blank = this.blankLine.at;
    return close >= 0 && (blank < 0 || close < blank) ? close : -1;
  }

  private search(
    cached: { from: number; at: number },
    from: number,
    find: (from: number) => number,
  ): { from: number; at: number } {
    const stillValid =
      cached.from >= 0 && from >= cached.from && (cached.at < 0 || from <= cached.at);
    return stillValid ? cached : { from, at: find(from) };
  }

  /** Index of the newline that ends the last line before a blank one (a line of two spaces is not). */
  private nextBlankLine(from: number): number {
    const text = this.text;
    let newline = text.indexOf('\n', from);
    while (newline >= 0) {
      const end = text.indexOf('\n', newline + 1);
      const line = text.slice(newline + 1, end < 0 ? text.length : end);
      if (line !== '  ' && line.trim() === '') return newline;
      newline = end;
    }
    return -1;
  }
}
