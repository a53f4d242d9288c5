/**
 * How many printed lines `text` takes when word-wrapped at `width` characters: each `\n` starts a new
 * line, an empty line still takes one, and a word longer than the width is cut. Widths count UTF-16
 * code units, which is exact for the Latin, Greek and Cyrillic scripts a Courier page holds.
 */
export const countWrappedLines = (text: string, width: number): number => {
  const safeWidth = Math.max(1, Math.floor(width));
  if (text.length <= safeWidth && !text.includes('\n')) return 1;
  let total = 0;
  for (const line of text.split('\n')) total += countLine(line, safeWidth);
  return total;
};

const SPACE = 0x20;

// Greedy wrapping, as a typewriter-style printer does it: break at the last space that fits.
const countLine = (line: string, width: number): number => {
  const length = line.length;
  let start = 0;
  let lines = 0;
  while (length - start > width) {
    const space = lastSpace(line, start, start + width);
    if (space <= start) {
      start += width;
    } else {
      start = space + 1;
      while (start < length && line.charCodeAt(start) === SPACE) start += 1;
    }
    lines += 1;
  }
  return start < length || lines === 0 ? lines + 1 : lines;
};

/** The last space in (from, to], or -1; bounded by the width, so a line without spaces stays linear. */
const lastSpace = (line: string, from: number, to: number): number => {
  for (let k = to; k > from; k -= 1) if (line.charCodeAt(k) === SPACE) return k;
  return -1;
};
