import type { TitlePageField } from '@greenlight/domain';
import { TITLE_PAGE_START } from './classify-paragraph-start.js';
import { parseInline } from './parse-inline.js';
import type { SourceLine } from './strip-boneyard-and-notes.js';

const KEY = /^\p{L}[\p{L}\p{N} ._'&/-]*$/u;

/**
 * Reads the title page when the script opens with one: `Key: value` lines up to the first blank line,
 * the first key being one of Fountain's (Title, Credit, Author, Source, Draft date, Contact…). A key
 * with nothing after the colon takes the indented lines below it as its values (a multi-line
 * contact); an unindented line without a key continues the field above. Emphasis is dropped from
 * values. Returns the fields and the index of the first line after the title page, or null when the
 * script has none.
 */
export const parseTitlePage = (
  lines: readonly SourceLine[],
  start: number,
): { readonly fields: TitlePageField[]; readonly next: number } | null => {
  const first = lines[start];
  if (first === undefined || !TITLE_PAGE_START.test(first.text.trim())) return null;
  const fields: { key: string; values: string[] }[] = [];
  let index = start;
  for (; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    const trimmed = text.trim();
    if (trimmed === '') break;
    // The first line is a key however it is indented (that is what made this a title page).
    const key = index > start && text.startsWith(' ') ? null : keyOf(trimmed);
    const current = fields[fields.length - 1];
    if (key !== null) {
      const value = trimmed.slice(trimmed.indexOf(':') + 1).trim();
      fields.push({ key, values: value === '' ? [] : [parseInline(value).text] });
    } else if (current !== undefined) {
      current.values.push(parseInline(trimmed).text);
    }
  }
  return { fields, next: index };
};

const keyOf = (trimmed: string): string | null => {
  const colon = trimmed.indexOf(':');
  if (colon <= 0) return null;
  const key = trimmed.slice(0, colon).trim();
  return KEY.test(key) ? key : null;
};
