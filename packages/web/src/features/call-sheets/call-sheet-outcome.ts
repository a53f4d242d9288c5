import type { ActionResultDto } from '@greenlight/contract';

/** What became of the last save or publish on a day's call sheet. */
export type CallSheetOutcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'conflict'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

/**
 * The publish answer in words: "Published revision 2 — sent to 12, 1 failed". The server's `result` is
 * untyped JSON (revision, recipients, sent, failed), so each figure is read with care and left out if absent.
 */
export const publishedText = (result: unknown): string => {
  const record =
    result !== null && typeof result === 'object' && !Array.isArray(result)
      ? (result as Record<string, unknown>)
      : {};
  const revision = count(record.revision);
  const sent = count(record.sent);
  const failed = count(record.failed);
  const head = revision === null ? 'Published' : `Published revision ${revision}`;
  if (sent === null) return `${head}; the emails go out shortly`;
  return `${head} — sent ${sent}, failed ${failed ?? 0}`;
};
