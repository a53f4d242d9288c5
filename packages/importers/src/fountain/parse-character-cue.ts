/** A character cue split into the speaker's name and the extensions after it. */
export type CharacterCue = {
  /** Upper case, single spaces, typographic apostrophes made straight: `MARGOT`, `MCCLANE`. */
  readonly name: string;
  /** Each parenthesised extension, upper case without spaces: `V.O.`, `O.S.`, `CONT'D`. */
  readonly extensions: readonly string[];
};

/**
 * Splits a cue as written (without `@` or `^`) into name and extensions, or null when there is no
 * name left. Names are compared across the script, so they are normalised: `McClane` and `MCCLANE`
 * are one speaker, and so are `MARGOT’S MOTHER` and `MARGOT'S MOTHER`.
 */
export const parseCharacterCue = (cue: string): CharacterCue | null => {
  const { name, extensions } = splitCue(cue);
  const normalised = name
    .replace(/\s+/g, ' ')
    .replace(/\u2019/g, "'")
    .toUpperCase();
  if (normalised === '') return null;
  return {
    name: normalised,
    extensions: extensions.map((extension) =>
      extension
        .replace(/\s+/g, '')
        .replace(/\u2019/g, "'")
        .toUpperCase(),
    ),
  };
};

/**
 * Whether a line reads as a cue without `@`: no lower-case letter outside the extensions, at least
 * one letter in the name ("R2D2" is a cue, "23" is not), no parentheses in the name, and not a
 * transition (`CUT TO:`).
 */
export const isNaturalCharacterCue = (cue: string): boolean => {
  const { name } = splitCue(cue);
  return (
    name !== '' &&
    /\p{L}/u.test(name) &&
    name === name.toUpperCase() &&
    !name.includes('(') &&
    !name.includes(')') &&
    !name.endsWith('TO:')
  );
};

/**
 * The name and the parenthesised groups that end the cue: `MARGOT (V.O.) (CONT'D)`. Read from the
 * end by hand rather than with a regular expression, which would backtrack badly on long lines.
 */
const splitCue = (cue: string): { name: string; extensions: string[] } => {
  const text = cue.trim();
  const extensions: string[] = [];
  let end = text.length;
  while (end > 0 && text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 2);
    if (open < 0) break;
    const inner = text.slice(open + 1, end - 1);
    if (inner.includes(')')) break;
    extensions.unshift(inner.trim());
    end = open;
    while (end > 0 && (text[end - 1] ?? '').trim() === '') end -= 1;
  }
  return { name: text.slice(0, end).trim(), extensions };
};
