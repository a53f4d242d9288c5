/** A value read from a cell, or why it could not be: the message names the value, not the cell. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const notParsed = (message: string): Parsed<never> => ({ ok: false, message });

/** A cell's text quoted in a message, cut short: a message should not carry a whole pasted page. */
export const quoted = (text: string): string =>
  `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
