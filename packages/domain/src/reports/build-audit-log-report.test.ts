import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../authority/audit-entry.js';
import { DomainError } from '../shared/domain-error.js';
import { instant } from '../shared/calendar-date.js';
import type { ApprovalRequestId, PersonId, ProductionId } from '../shared/ids.js';
import { currencyCode, minorUnits } from '../shared/money.js';
import { buildAuditLogReport } from './build-audit-log-report.js';
import type { AuditLogReportInput } from './build-audit-log-report.js';

const ZOE = 'person-zoe' as PersonId;
const LODZ = 'person-lodz' as PersonId;
const GHOST = 'person-ghost' as PersonId;

const entry = (over: Partial<AuditEntry> & Pick<AuditEntry, 'sequence' | 'at'>): AuditEntry => ({
  productionId: 'prod-1' as ProductionId,
  actorPersonId: ZOE,
  action: 'budget.edit-top-sheet',
  outcome: 'allowed',
  rule: 'producer may build the top-level budget',
  amount: null,
  approvalRequestId: null,
  details: null,
  ...over,
});

const input = (over: Partial<AuditLogReportInput> = {}): AuditLogReportInput => ({
  productionTitle: 'Nocturne in Łódź',
  currency: currencyCode('USD'),
  timeZone: 'America/Los_Angeles',
  generatedAt: instant('2026-11-24T17:31:51Z'),
  names: { [ZOE]: 'Zoë Ångström', [LODZ]: 'Łucja Dąbrowska' },
  entries: [
    // Deliberately out of order: the report sorts by sequence.
    entry({
      sequence: 3,
      at: instant('2026-03-08T10:00:00Z'), // 03:00 PDT, just after the spring-forward gap
      actorPersonId: LODZ,
      action: 'financing.close-deal',
      outcome: 'approval-requested',
      rule: 'line producer may close financing deals up to $50,000.00',
      amount: minorUnits(12_345_678),
    }),
    entry({ sequence: 1, at: instant('2026-03-08T09:59:00Z') }), // 01:59 PST
    entry({
      sequence: 2,
      at: instant('2026-03-08T09:59:30Z'),
      actorPersonId: null,
      action: 'session.sign-in',
      outcome: 'allowed',
      rule: '',
    }),
    entry({
      sequence: 4,
      at: instant('2026-11-01T09:30:00Z'),
      actorPersonId: GHOST,
      outcome: 'denied',
      approvalRequestId: 'req-1' as ApprovalRequestId,
      amount: minorUnits(-5),
    }),
  ],
  ...over,
});

describe('buildAuditLogReport', () => {
  it('builds the whole document (snapshot)', () => {
    expect(buildAuditLogReport(input())).toMatchInlineSnapshot(`
      {
        "footer": "Nocturne in Łódź · Audit log · generated 24 Nov 2026, 09:31",
        "generatedAt": "2026-11-24T17:31:51.000Z",
        "meta": [
          {
            "label": "Generated",
            "value": "24 Nov 2026, 09:31",
          },
          {
            "label": "Time zone",
            "value": "America/Los_Angeles",
          },
          {
            "label": "Currency",
            "value": "USD",
          },
          {
            "label": "Entries",
            "value": "4",
          },
          {
            "label": "Period",
            "value": "8 Mar 2026, 01:59 – 1 Nov 2026, 01:30",
          },
        ],
        "sections": [
          {
            "columns": [
              {
                "key": "when",
                "label": "When",
                "width": 13,
              },
              {
                "key": "who",
                "label": "Who",
                "width": 13,
              },
              {
                "key": "action",
                "label": "Action",
                "width": 16,
              },
              {
                "key": "outcome",
                "label": "Outcome",
                "width": 10,
              },
              {
                "key": "rule",
                "label": "Rule",
                "width": 37,
              },
              {
                "align": "right",
                "key": "amount",
                "label": "Amount",
                "width": 11,
              },
            ],
            "emptyText": "Nothing has been recorded yet.",
            "heading": "Entries, oldest first",
            "rows": [
              {
                "action": "Build the top-level budget",
                "amount": "—",
                "outcome": "Allowed",
                "rule": "producer may build the top-level budget",
                "when": "8 Mar 2026, 01:59",
                "who": "Zoë Ångström",
              },
              {
                "action": "session.sign-in",
                "amount": "—",
                "outcome": "Allowed",
                "rule": "—",
                "when": "8 Mar 2026, 01:59",
                "who": "System",
              },
              {
                "action": "Close a financing deal",
                "amount": "$123,456.78",
                "outcome": "Approval requested",
                "rule": "line producer may close financing deals up to $50,000.00",
                "when": "8 Mar 2026, 03:00",
                "who": "Łucja Dąbrowska",
              },
              {
                "action": "Build the top-level budget",
                "amount": "-$0.05",
                "outcome": "Denied",
                "rule": "producer may build the top-level budget",
                "when": "1 Nov 2026, 01:30",
                "who": "Unknown person",
              },
            ],
          },
        ],
        "subtitle": "Nocturne in Łódź",
        "title": "Audit log",
      }
    `);
  });

  it('formats times in the zone it is given, not the server zone', () => {
    const report = buildAuditLogReport(input({ timeZone: 'Europe/Warsaw' }));
    expect(report.sections[0]?.rows.map((r) => r.when)).toEqual([
      '8 Mar 2026, 10:59',
      '8 Mar 2026, 10:59',
      '8 Mar 2026, 11:00',
      '1 Nov 2026, 10:30',
    ]);
    expect(report.meta).toContainEqual({ label: 'Time zone', value: 'Europe/Warsaw' });
  });

  it('formats amounts in the production currency', () => {
    const report = buildAuditLogReport(input({ currency: currencyCode('JPY') }));
    expect(report.sections[0]?.rows.map((r) => r.amount)).toEqual(['—', '—', '¥12,345,678', '-¥5']);
  });

  it('says so when there are no entries', () => {
    const report = buildAuditLogReport(input({ entries: [] }));
    expect(report.sections).toEqual([
      expect.objectContaining({ rows: [], emptyText: 'Nothing has been recorded yet.' }),
    ]);
    expect(report.meta).toContainEqual({ label: 'Period', value: '—' });
    expect(report.meta).toContainEqual({ label: 'Entries', value: '0' });
  });

  it('keeps an outcome it does not know as it is', () => {
    const odd = {
      ...entry({ sequence: 1, at: instant('2026-01-01T00:00:00Z') }),
      outcome: 'vetoed',
    };
    const report = buildAuditLogReport(input({ entries: [odd as unknown as AuditEntry] }));
    expect(report.sections[0]?.rows[0]?.outcome).toBe('vetoed');
  });

  it('does not reorder the caller’s array', () => {
    const given = input();
    const before = given.entries.map((e) => e.sequence);
    buildAuditLogReport(given);
    expect(given.entries.map((e) => e.sequence)).toEqual(before);
  });

  it('refuses an unknown time zone', () => {
    expect(() => buildAuditLogReport(input({ timeZone: 'Mars/Olympus_Mons' }))).toThrow(
      DomainError,
    );
  });
});
