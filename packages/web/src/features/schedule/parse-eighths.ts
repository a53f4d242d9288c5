/** Reads a page count as a production office writes it ("5", "4 6/8", "7/8") as eighths; null when it is not one. */
export const parseEighths = (text: string): number | null => {
  const match = /^(?:(\d{1,3})(?:\s+(\d)\/8)?|(\d)\/8)$/.exec(text.trim());
  if (!match) return null;
  const [, pages, withPages, alone] = match;
  const rest = Number(withPages ?? alone ?? '0');
  if (rest > 7) return null;
  return Number(pages ?? '0') * 8 + rest;
};
