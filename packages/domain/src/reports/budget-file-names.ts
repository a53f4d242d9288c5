// How the budget file writes names (ids, account numbers, global names) so that any name reads back as
// itself. People type `payroll; ph` and leave stray spaces around a number, so name cells are split at
// `;` and trimmed; a backslash makes the next character literal, which is how a name keeps a `;`, a
// backslash, a leading or trailing space, or reads as a name where a number or a section would be
// expected (a global called `12` in the Amount column is written `\12`). Ordinary names never need it.

/** One name read from a cell; `escaped` says whether any character of it was escaped. */
export type BudgetFileName = { readonly name: string; readonly escaped: boolean };

const WHITESPACE = /^\s$/u;
const NEEDS_ESCAPE = /[\\;]|^\s|\s$/u;

/**
 * A name as the file writes it. `reserved` escapes its first character too: for a name that would
 * otherwise read as something else (a number in the Amount column, a section in the Base column).
 */
export const formatBudgetFileName = (name: string, reserved = false): string => {
  // Almost every name needs nothing: a budget file has thousands of them.
  if (!reserved && !NEEDS_ESCAPE.test(name)) return name;
  const chars = Array.from(name);
  return chars
    .map((char, index) => {
      const atEdge = index === 0 || index === chars.length - 1;
      const escape =
        char === '\\' ||
        char === ';' ||
        (atEdge && WHITESPACE.test(char)) ||
        (reserved && index === 0);
      return escape ? `\\${char}` : char;
    })
    .join('');
};

/** Names as a list cell: `payroll; ph`. */
export const formatBudgetFileNames = (names: readonly string[]): string =>
  names.map((name) => formatBudgetFileName(name)).join('; ');

/**
 * The names in a cell: split at every `;` that is not escaped, each trimmed of the whitespace that is not
 * escaped; empty names (`a;;b`, a trailing `;`) are dropped. A backslash at the very end is kept as a
 * backslash. Never throws.
 */
export const splitBudgetFileNames = (text: string): BudgetFileName[] => {
  // Without a backslash there is nothing to unescape: split and trim (a budget file has thousands).
  if (!text.includes('\\')) {
    return text
      .split(';')
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => ({ name, escaped: false }));
  }
  const names: BudgetFileName[] = [];
  let chars: { readonly char: string; readonly escaped: boolean }[] = [];
  const flush = (): void => {
    let start = 0;
    let end = chars.length;
    while (start < end && !chars[start]?.escaped && WHITESPACE.test(chars[start]?.char ?? '')) {
      start += 1;
    }
    while (end > start && !chars[end - 1]?.escaped && WHITESPACE.test(chars[end - 1]?.char ?? '')) {
      end -= 1;
    }
    const kept = chars.slice(start, end);
    if (kept.length > 0) {
      names.push({
        name: kept.map((c) => c.char).join(''),
        escaped: kept.some((c) => c.escaped),
      });
    }
    chars = [];
  };
  const all = Array.from(text);
  for (let index = 0; index < all.length; index += 1) {
    const char = all[index] ?? '';
    const next = all[index + 1];
    if (char === '\\' && next !== undefined) {
      chars.push({ char: next, escaped: true });
      index += 1;
    } else if (char === ';') {
      flush();
    } else {
      chars.push({ char, escaped: false });
    }
  }
  flush();
  return names;
};
