/**
 * The element name a selection suggests: the selected words without the punctuation around them and with
 * spaces collapsed ("a *heavy* ledger." → "a heavy ledger"); a character cue's extension is dropped.
 */
export const nameFromSelection = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*\((V\.O\.|O\.S\.|O\.C\.|CONT'D|CONT’D)\)\s*$/i, '')
    .replace(/^[\s"'“”‘’([*_.,;:!?-]+|[\s"'“”‘’)\]*_.,;:!?-]+$/g, '')
    .trim();

/** Case- and space-insensitive key for matching an element by name. */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
