import type { AuditEntryDto } from '@greenlight/contract';

/** An override of the greenlight gate as the audit log recorded it. */
export type OverrideRecord = {
  readonly by: string;
  readonly at: string;
  readonly reason: string;
  /** The refusals it overrode, in the gate's words. */
  readonly overridden: readonly string[];
  /** The shortfall at the time, formatted by the server ("$442,109.24"), when there was one. */
  readonly shortfall: string | null;
};

const record = (value: unknown): Readonly<Record<string, unknown>> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : null;

/**
 * Reads the `production.greenlight-override` entry the server writes when the final say overrides the gate
 * (its details: reason, overridden reasons, shortfall). Anything else, or a malformed entry, is null.
 */
export const overrideRecord = (entry: AuditEntryDto): OverrideRecord | null => {
  if (entry.action !== 'production.greenlight-override' || entry.outcome !== 'allowed') return null;
  const details = record(entry.details);
  const reason = details?.['reason'];
  if (typeof reason !== 'string') return null;
  const overridden = Array.isArray(details?.['overridden'])
    ? (details['overridden'] as unknown[]).flatMap((item) => {
        const message = record(item)?.['message'];
        return typeof message === 'string' ? [message] : [];
      })
    : [];
  const shortfall = details?.['shortfall'];
  return {
    by: entry.actorName ?? 'Someone no longer on the production',
    at: entry.at,
    reason,
    overridden,
    shortfall: typeof shortfall === 'string' ? shortfall : null,
  };
};
