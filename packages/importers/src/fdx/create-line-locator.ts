/**
 * A function from a UTF-16 offset in `text` to its 1-based line. The line starts are found once, so
 * locating every paragraph of a large file costs a binary search each instead of a scan.
 */
export const createLineLocator = (text: string): ((offset: number) => number) => {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
};
