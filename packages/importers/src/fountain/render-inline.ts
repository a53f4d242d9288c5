import type { TextStyleSpan } from '@greenlight/domain';

type Group = { readonly start: number; readonly end: number; readonly styles: Set<string> };

/**
 * Writes text with its style spans as Fountain emphasis, escaping what would otherwise be read as
 * markup (`\`, `*`, `_`, `[` so that `[[` cannot open a note, and a `/` next to a star). Spans sharing a range combine
 * (`***bold italic***`, `_**bold underlined**_`); nested spans nest; a span crossing a line break is
 * closed and reopened around it, since Fountain emphasis stops at the end of a line.
 */
export const renderInline = (text: string, styles: readonly TextStyleSpan[] = []): string => {
  if (styles.length === 0) return escapeText(text);
  const groups = groupSpans(styles);
  let out = '';
  const open: Group[] = [];
  let next = 0;
  for (let position = 0; position <= text.length; position += 1) {
    // Close what ends here (innermost first), then open what starts here (outermost first).
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= position) {
      const group = open.pop();
      if (group) out += closing(group);
    }
    for (let group = groups[next]; group?.start === position; group = groups[next]) {
      out += opening(group);
      open.push(group);
      next += 1;
    }
    const char = text[position];
    if (char === undefined) break;
    if (char === '\n') {
      for (let k = open.length - 1; k >= 0; k -= 1) out += closing(open[k] ?? EMPTY);
      out += '\n';
      for (const group of open) out += opening(group);
    } else {
      out += escapeChar(char);
    }
  }
  for (let k = open.length - 1; k >= 0; k -= 1) out += closing(open[k] ?? EMPTY);
  // A slash next to an emphasis star would open or close a boneyard: `*/path*`, `*x*/`.
  return out.includes('/') ? out.replace(/\/(?=\*)|(?<=\*)\//g, '\\/') : out;
};

const EMPTY: Group = { start: 0, end: 0, styles: new Set() };

export const escapeText = (text: string): string =>
  /[\\*_[]/.test(text) ? text.replace(/[\\*_[]/g, (char) => `\\${char}`) : text;

const escapeChar = (char: string): string =>
  char === '\\' || char === '*' || char === '_' || char === '[' ? `\\${char}` : char;

const groupSpans = (styles: readonly TextStyleSpan[]): Group[] => {
  const byRange = new Map<string, Group>();
  for (const span of styles) {
    if (span.end <= span.start) continue;
    const key = `${span.start}:${span.end}`;
    const group = byRange.get(key) ?? { start: span.start, end: span.end, styles: new Set() };
    group.styles.add(span.style);
    byRange.set(key, group);
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
};

const stars = (group: Group): string =>
  '*'.repeat((group.styles.has('bold') ? 2 : 0) + (group.styles.has('italic') ? 1 : 0));

const opening = (group: Group): string => (group.styles.has('underline') ? '_' : '') + stars(group);

const closing = (group: Group): string => stars(group) + (group.styles.has('underline') ? '_' : '');
