import type { ScriptElementDto } from '@greenlight/contract';
import type { StyleSpan } from './text-segments';

/** The text of a script element that tags anchor into; undefined for a page break. */
export const elementText = (element: ScriptElementDto): string | undefined =>
  element.type === 'page-break' ? undefined : element.text;

/** Bold, italic and underlined stretches of action, dialogue and lyrics. */
export const elementStyles = (element: ScriptElementDto): readonly StyleSpan[] =>
  (element.type === 'action' || element.type === 'dialogue' || element.type === 'lyrics') &&
  element.styles
    ? element.styles
    : [];
