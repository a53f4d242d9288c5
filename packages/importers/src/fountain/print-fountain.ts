import type { ScriptDocument, ScriptElement, TitlePageField } from '@greenlight/domain';
import {
  classifyParagraphStart,
  isCentered,
  splitSceneNumber,
  TITLE_PAGE_START,
} from './classify-paragraph-start.js';
import { renderInline } from './render-inline.js';

type Element<T extends ScriptElement['type']> = Extract<ScriptElement, { type: T }>;

const SPEECH_PARTS = new Set<ScriptElement['type']>(['parenthetical', 'dialogue', 'note']);

/**
 * Writes a script as Fountain that `parseFountain` reads back to the same document (element lines
 * aside). Every paragraph is separated by a blank line; an element is written in its natural form when
 * the parser would read that form back as the same element, and with its forcing mark (`.`, `!`, `@`,
 * `>`) otherwise — `parseFountain`'s own classifier is asked, so the two cannot drift apart. Notes
 * inside a speech stay inside it on a line of their own.
 *
 * What Fountain cannot say is written as closely as it can: parentheticals or dialogue with no cue
 * before them become action; text with spaces at the ends of its lines loses them.
 */
export const printFountain = (document: ScriptDocument): string => {
  const paragraphs: string[] = [];
  if (document.titlePage.length > 0) paragraphs.push(printTitlePage(document.titlePage));
  const elements = document.elements;
  // Whether a line the parser reads comes before (notes vanish before the title page is looked for).
  let atStart = document.titlePage.length === 0;
  let index = 0;
  while (index < elements.length) {
    const element = elements[index];
    if (element === undefined) break;
    if (element.type === 'character') {
      let end = index + 1;
      while (end < elements.length && SPEECH_PARTS.has(elements[end]?.type ?? 'action')) end += 1;
      paragraphs.push(printSpeech(element, elements.slice(index + 1, end), atStart));
      index = end;
    } else {
      paragraphs.push(printParagraph(element, atStart));
      index += 1;
    }
    if (element.type !== 'note') atStart = false;
  }
  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`;
};

const printTitlePage = (fields: readonly TitlePageField[]): string =>
  fields
    .map((field) =>
      field.values.length === 1
        ? `${field.key}: ${renderInline(field.values[0] ?? '')}`
        : [`${field.key}:`, ...field.values.map((value) => `    ${renderInline(value)}`)].join(
            '\n',
          ),
    )
    .join('\n');

const printParagraph = (element: ScriptElement, atStart: boolean): string => {
  switch (element.type) {
    case 'scene-heading':
      return printHeading(element);
    case 'action':
      return element.centered
        ? lines(element)
            .map((line) => `> ${line} <`)
            .join('\n')
        : printAction(lines(element), atStart);
    case 'lyrics':
      return lines(element)
        .map((line) => `~${line}`)
        .join('\n');
    case 'transition':
      return printTransition(element, atStart);
    case 'section': {
      const text = renderInline(element.text);
      const marks = '#'.repeat(Math.max(1, element.depth));
      return text === '' ? marks : `${marks} ${text.startsWith('#') ? '\\' : ''}${text}`;
    }
    case 'synopsis': {
      const text = renderInline(element.text);
      return text === '' ? '=' : `= ${text}`;
    }
    case 'note':
      return printNote(element);
    case 'page-break':
      return '===';
    case 'parenthetical':
    case 'dialogue':
      // Without a cue before it this can only be action.
      return printAction(renderInline(element.text).split('\n'), atStart);
    case 'character':
      return printSpeech(element, [], atStart);
  }
};

const lines = (element: Element<'action' | 'lyrics' | 'dialogue'>): string[] =>
  renderInline(element.text, element.styles).split('\n');

const printHeading = (element: Element<'scene-heading'>): string => {
  let text = renderInline(element.text);
  // A heading that itself ends like `#12#` must not lose that to the scene number.
  if (splitSceneNumber(text).sceneNumber !== null) {
    const open = text.lastIndexOf('#', text.length - 2);
    text = `${text.slice(0, open)}\\${text.slice(open)}`;
  }
  const number = element.sceneNumber === null ? '' : ` #${element.sceneNumber}#`;
  const natural = classifyParagraphStart(text + number, true, true);
  const readsBack =
    natural.kind === 'scene-heading' &&
    natural.raw === text &&
    natural.sceneNumber === element.sceneNumber;
  return readsBack ? text + number : `.${text.startsWith('.') ? '\\' : ''}${text}${number}`;
};

const printAction = (rendered: readonly string[], atStart: boolean): string => {
  const [first = '', ...rest] = rendered;
  const blankAfter = rest.length === 0 || rest[0] === '';
  const natural = classifyParagraphStart(first, true, blankAfter);
  const readsBack =
    first !== '' &&
    natural.kind === 'action' &&
    !natural.looksLikeHeading &&
    natural.raw === first &&
    // At the very start a title-page key would open a title page, and a U+FEFF be taken for a BOM.
    !(atStart && (TITLE_PAGE_START.test(first.trim()) || first.startsWith('\uFEFF')));
  return [
    readsBack ? first : `!${first}`,
    ...rest.map((line) => {
      if (line === '') return '  ';
      return line.startsWith('!') || isCentered(line.trim()) ? `!${line}` : line;
    }),
  ].join('\n');
};

const printTransition = (element: Element<'transition'>, atStart: boolean): string => {
  const text = renderInline(element.text);
  const natural = classifyParagraphStart(text, true, true);
  if (
    natural.kind === 'transition' &&
    natural.raw === text &&
    !(atStart && TITLE_PAGE_START.test(text))
  ) {
    return text;
  }
  // `>…<` would be centered text: escape a closing bracket.
  return `>${text.endsWith('<') ? `${text.slice(0, -1)}\\<` : text}`;
};

const printSpeech = (
  cue: Element<'character'>,
  parts: readonly ScriptElement[],
  atStart: boolean,
): string => {
  const spoken = parts.some((part) => part.type !== 'note');
  const rendered = renderInline(cue.text);
  // A name ending in ^ would read as a dual-dialogue caret.
  const text = rendered.endsWith('^') ? `${rendered.slice(0, -1)}\\^` : rendered;
  const written = cue.dual === 'right' ? `${text} ^` : text;
  const natural = classifyParagraphStart(written, true, !spoken);
  const readsBack =
    natural.kind === 'character' &&
    natural.cue === cue.text &&
    natural.name === cue.name &&
    natural.caret === (cue.dual === 'right') &&
    natural.extensions.join('\n') === cue.extensions.join('\n') &&
    !(atStart && TITLE_PAGE_START.test(written));
  const out = [readsBack ? written : `@${written}`];
  for (const part of parts) {
    if (part.type === 'parenthetical') out.push(renderInline(part.text));
    else if (part.type === 'note') out.push(printNote(part));
    else if (part.type === 'dialogue') {
      for (const line of lines(part)) {
        if (line === '') out.push('  ');
        // A line of dialogue in brackets would read as a parenthetical.
        else out.push(line.startsWith('(') && line.endsWith(')') ? `\\${line}` : line);
      }
    }
  }
  return out.join('\n');
};

const printNote = (note: Element<'note'>): string =>
  `[[${note.text
    .split('\n')
    .map((line) => (line === '' ? '  ' : line))
    .join('\n')}]]`;
