import type { ImportedBreakdownTag, ScriptElement } from '@greenlight/domain';
import type { DiagnosticSink } from '../fountain/diagnostic-sink.js';
import { parseCharacterCue } from '../fountain/parse-character-cue.js';
import { parseEighths } from './parse-eighths.js';
import { readTextRuns, type ParagraphText } from './read-text-runs.js';
import type { TagMeaning } from './read-tag-data.js';
import { childrenNamed, firstChildNamed, type XmlElement } from './read-xml-tree.js';

export type FdxBodyContext = {
  readonly sink: DiagnosticSink;
  /** The 1-based line of an element of the file, when known. */
  readonly lineOf: (element: XmlElement) => number | undefined;
  readonly tags: ReadonlyMap<string, readonly TagMeaning[]>;
};

type Kind =
  | 'scene-heading'
  | 'action'
  | 'character'
  | 'parenthetical'
  | 'dialogue'
  | 'lyrics'
  | 'transition'
  | 'section';

/**
 * Final Draft paragraph types by lower-case name. `Shot` is action: a shot (ANGLE ON…, CLOSE ON…)
 * is a new set-up inside the scene, not a new scene, and reading it as a heading would split
 * scenes and their eighths. `General` and `Cast List` (stage-play templates) are action too; act
 * markers are sections.
 */
const KINDS: Readonly<Record<string, Kind>> = {
  'scene heading': 'scene-heading',
  action: 'action',
  general: 'action',
  shot: 'action',
  'cast list': 'action',
  character: 'character',
  parenthetical: 'parenthetical',
  dialogue: 'dialogue',
  lyrics: 'lyrics',
  transition: 'transition',
  'new act': 'section',
  'end of act': 'section',
  teaser: 'section',
  'end of teaser': 'section',
};

type DualState = { cues: number; firstCue: number };

/**
 * Reads the paragraphs of `<Content>` into script elements and the breakdown tags on their runs.
 * Empty paragraphs (Final Draft keeps blank ones for spacing) give no element; their notes are
 * still kept.
 */
export const readFdxBody = (
  content: XmlElement | undefined,
  context: FdxBodyContext,
): { readonly elements: ScriptElement[]; readonly tags: ImportedBreakdownTag[] } => {
  const reader = new BodyReader(context);
  for (const paragraph of content === undefined ? [] : childrenNamed(content, 'Paragraph')) {
    reader.read(paragraph);
  }
  return reader.finish();
};

class BodyReader {
  private readonly elements: ScriptElement[] = [];
  private readonly tags: ImportedBreakdownTag[] = [];
  private readonly unknownTypes = new Map<string, { count: number; line: number | undefined }>();

  constructor(private readonly context: FdxBodyContext) {}

  finish(): { readonly elements: ScriptElement[]; readonly tags: ImportedBreakdownTag[] } {
    for (const [type, { count, line }] of this.unknownTypes) {
      this.context.sink.report('unknown-type', {
        severity: 'info',
        message: `${count === 1 ? 'A paragraph' : `${count} paragraphs`} of type "${type}", which Greenlight does not know, ${count === 1 ? 'was' : 'were'} read as action.`,
        ...at(line),
      });
    }
    return { elements: this.elements, tags: this.tags };
  }

  read(paragraph: XmlElement, dual: DualState | null = null): void {
    const line = this.context.lineOf(paragraph);
    if (dual === null && paragraph.attributes['StartsNewPage'] === 'Yes') {
      this.elements.push({ type: 'page-break', ...at(line) });
    }
    const dualDialogue = firstChildNamed(paragraph, 'DualDialogue');
    if (dualDialogue !== undefined && dual === null) {
      this.readDual(dualDialogue);
    } else {
      this.readOwn(paragraph, line, dual);
    }
    for (const note of childrenNamed(paragraph, 'ScriptNote')) {
      const text = childrenNamed(note, 'Paragraph')
        .map((inner) => readTextRuns(inner).text)
        .filter((part) => part !== '')
        .join('\n');
      if (text !== '') {
        this.elements.push({ type: 'note', text, ...at(this.context.lineOf(note) ?? line) });
      }
    }
  }

  private readDual(dualDialogue: XmlElement): void {
    const state: DualState = { cues: 0, firstCue: -1 };
    for (const inner of childrenNamed(dualDialogue, 'Paragraph')) this.read(inner, state);
    const first = this.elements[state.firstCue];
    if (state.cues === 1 && first?.type === 'character') {
      this.elements[state.firstCue] = { ...first, dual: null };
      this.context.sink.report('dual-one-speaker', {
        severity: 'warning',
        message:
          'This dual dialogue block has only one speaker, so it was read as ordinary dialogue.',
        ...at(this.context.lineOf(dualDialogue)),
      });
    }
  }

  private readOwn(paragraph: XmlElement, line: number | undefined, dual: DualState | null): void {
    const rawType = paragraph.attributes['Type']?.trim() ?? '';
    let kind = KINDS[rawType.toLowerCase()];
    if (kind === undefined) {
      kind = 'action';
      if (rawType !== '') {
        const seen = this.unknownTypes.get(rawType);
        if (seen === undefined) this.unknownTypes.set(rawType, { count: 1, line });
        else seen.count += 1;
      }
    }
    const runs = readTextRuns(paragraph);
    if (runs.text === '') return;
    const index = this.elements.length;
    const element = this.elementOf(kind, rawType, paragraph, runs, line, dual);
    if (element === null) return;
    this.elements.push(element);
    if (element.type === 'character' && dual !== null && dual.cues === 1) dual.firstCue = index;
    this.addTags(runs, index, line);
    if (element.type === 'scene-heading') this.addSynopsis(paragraph);
  }

  private elementOf(
    kind: Kind,
    rawType: string,
    paragraph: XmlElement,
    { text, styles }: ParagraphText,
    line: number | undefined,
    dual: DualState | null,
  ): ScriptElement | null {
    const base = at(line);
    const styled = styles.length > 0 ? { styles } : {};
    switch (kind) {
      case 'scene-heading':
        return { type: 'scene-heading', text, ...this.sceneNumbering(paragraph, line), ...base };
      case 'action':
        return {
          type: 'action',
          text,
          centered: paragraph.attributes['Alignment'] === 'Center',
          ...base,
          ...styled,
        };
      case 'character': {
        const cue = parseCharacterCue(text);
        if (cue === null) {
          this.context.sink.report('cue-without-name', {
            severity: 'warning',
            message: `The character cue "${text}" has no name, so it was read as action.`,
            ...base,
          });
          return { type: 'action', text, centered: false, ...base };
        }
        return {
          type: 'character',
          name: cue.name,
          text,
          extensions: cue.extensions,
          dual: dual === null ? null : this.dualSide(dual, line),
          ...base,
        };
      }
      case 'dialogue':
      case 'lyrics':
        return { type: kind, text, ...base, ...styled };
      case 'parenthetical':
      case 'transition':
        return { type: kind, text, ...base };
      case 'section':
        return { type: 'section', text: text === '' ? rawType : text, depth: 1, ...base };
    }
  }

  /** Left for the first cue of a dual dialogue block, right for the second; a third pairs with nothing. */
  private dualSide(dual: DualState, line: number | undefined): 'left' | 'right' | null {
    dual.cues += 1;
    if (dual.cues === 1) return 'left';
    if (dual.cues === 2) return 'right';
    this.context.sink.report('dual-third-speaker', {
      severity: 'warning',
      message:
        'A dual dialogue block has more than two speakers; this one was read as ordinary dialogue.',
      ...at(line),
    });
    return null;
  }

  private sceneNumbering(
    paragraph: XmlElement,
    line: number | undefined,
  ): { sceneNumber: string | null; declaredEighths?: number; declaredPage?: number } {
    const number = paragraph.attributes['Number']?.trim() ?? '';
    const properties = firstChildNamed(paragraph, 'SceneProperties');
    const length = properties?.attributes['Length']?.trim() ?? '';
    const page = properties?.attributes['Page']?.trim() ?? '';
    const eighths = length === '' ? null : parseEighths(length);
    if (length !== '' && eighths === null) {
      this.context.sink.report('scene-length', {
        severity: 'info',
        message: `The scene length "${length}" is not in pages and eighths, so the scene will be measured instead.`,
        ...at(line),
      });
    }
    const declaredPage = /^\d{1,6}$/.test(page) ? Number(page) : 0;
    return {
      sceneNumber: number === '' ? null : number,
      ...(eighths === null ? {} : { declaredEighths: eighths }),
      ...(declaredPage >= 1 ? { declaredPage } : {}),
    };
  }

  /**
   * `SceneProperties` `Title` (the scene's name in Final Draft's navigator) and `<Summary>` become
   * one synopsis after the heading — `Title: summary` when there are both — which is what the scene
   * list shows as the scene's synopsis.
   */
  private addSynopsis(heading: XmlElement): void {
    const properties = firstChildNamed(heading, 'SceneProperties');
    if (properties === undefined) return;
    const title = properties.attributes['Title']?.trim() ?? '';
    const summary = childrenNamed(properties, 'Summary')
      .flatMap((element) => childrenNamed(element, 'Paragraph'))
      .map((paragraph) => readTextRuns(paragraph).text)
      .filter((text) => text !== '')
      .join('\n');
    const text = title !== '' && summary !== '' ? `${title}: ${summary}` : title || summary;
    if (text === '') return;
    this.elements.push({ type: 'synopsis', text, ...at(this.context.lineOf(properties)) });
  }

  private addTags({ tagged }: ParagraphText, elementIndex: number, line: number | undefined) {
    for (const { tagNumber, start, end } of tagged) {
      const meanings = this.context.tags.get(tagNumber);
      if (meanings === undefined) {
        this.context.sink.report('undefined-tag', {
          severity: 'warning',
          message: `Text is marked with breakdown tag ${tagNumber}, which the file's tag data does not define, so it was not imported as a tag.`,
          ...at(line),
        });
        continue;
      }
      for (const { categoryName, label } of meanings) {
        this.tags.push({ categoryName, label, elementIndex, start, end });
      }
    }
  }
}

const at = (line: number | undefined): { line?: number } => (line === undefined ? {} : { line });
