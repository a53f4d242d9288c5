import { isActionId, actionDefinition } from '../authority/action-catalog.js';
import type { AuditEntry } from '../authority/audit-entry.js';
import type { Instant } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import { formatMoney } from '../shared/money.js';
import type { CurrencyCode } from '../shared/money.js';
import { AUDIT_OUTCOME_LABELS } from './audit-outcome-labels.js';
import { createDateTimeFormatter } from './format-date-time-in-zone.js';
import type { ReportColumn, ReportDocument, ReportRow } from './report-document.js';

export type AuditLogReportInput = {
  readonly productionTitle: string;
  readonly currency: CurrencyCode;
  /** The production's IANA zone: every time in the report is wall-clock time there. */
  readonly timeZone: string;
  readonly generatedAt: Instant;
  readonly entries: readonly AuditEntry[];
  /** Display names of the people who appear as actors. */
  readonly names: Readonly<Record<PersonId, string>>;
};

// Relative widths tuned for a landscape page: the rule is the one long, free-text column.
const COLUMNS: readonly ReportColumn[] = [
  { key: 'when', label: 'When', width: 13 },
  { key: 'who', label: 'Who', width: 13 },
  { key: 'action', label: 'Action', width: 16 },
  { key: 'outcome', label: 'Outcome', width: 10 },
  { key: 'rule', label: 'Rule', width: 37 },
  { key: 'amount', label: 'Amount', align: 'right', width: 11 },
];

const NONE = '—';

/**
 * The audit log as a report: one row per entry, oldest first (the order written, by sequence),
 * so a printed log reads as the history it is. The web view pages newest-first instead; a
 * printout has no paging, and a record is read from the start.
 */
export const buildAuditLogReport = (input: AuditLogReportInput): ReportDocument => {
  const { timeZone } = input;
  const entries = [...input.entries].sort((a, b) => a.sequence - b.sequence);
  const when = createDateTimeFormatter(timeZone);
  const generated = when(input.generatedAt);
  const first = entries[0];
  const last = entries[entries.length - 1];
  const rows = entries.map((entry): ReportRow => ({
    when: when(entry.at),
    who: actorName(entry.actorPersonId, input.names),
    action: isActionId(entry.action) ? actionDefinition(entry.action).label : entry.action,
    outcome: Object.hasOwn(AUDIT_OUTCOME_LABELS, entry.outcome)
      ? AUDIT_OUTCOME_LABELS[entry.outcome]
      : entry.outcome,
    rule: entry.rule.trim() === '' ? NONE : entry.rule,
    amount: entry.amount === null ? NONE : formatMoney(entry.amount, input.currency),
  }));
  return {
    title: 'Audit log',
    subtitle: input.productionTitle,
    generatedAt: input.generatedAt,
    meta: [
      { label: 'Generated', value: generated },
      { label: 'Time zone', value: timeZone },
      { label: 'Currency', value: input.currency },
      { label: 'Entries', value: String(entries.length) },
      {
        label: 'Period',
        value: first && last ? `${when(first.at)} – ${when(last.at)}` : NONE,
      },
    ],
    sections: [
      {
        heading: 'Entries, oldest first',
        columns: COLUMNS,
        rows,
        emptyText: 'Nothing has been recorded yet.',
      },
    ],
    footer: `${input.productionTitle} · Audit log · generated ${generated}`,
  };
};

const actorName = (
  personId: PersonId | null,
  names: Readonly<Record<PersonId, string>>,
): string => {
  // No actor means the system did it (sign-in housekeeping, scheduled expiry).
  if (personId === null) return 'System';
  return names[personId] ?? 'Unknown person';
};
