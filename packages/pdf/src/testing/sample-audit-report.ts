import {
  buildAuditLogReport,
  currencyCode,
  instant,
  minorUnits,
  ACTION_CATALOG,
} from '@greenlight/domain';
import type {
  AuditEntry,
  AuditOutcome,
  PersonId,
  ProductionId,
  ReportDocument,
} from '@greenlight/domain';

const PEOPLE: Readonly<Record<string, string>> = {
  'p-zoe': 'Zoë Ångström',
  'p-lodz': 'Łucja Dąbrowska-Łódź',
  'p-kim': 'Kim Nguyễn',
  'p-olga': 'Ольга Петрова',
  'p-sam': 'Sam O’Neill',
};

const OUTCOMES: readonly AuditOutcome[] = [
  'allowed',
  'approval-requested',
  'approved',
  'denied',
  'rejected',
  'escalated',
  'withdrawn',
];

const RULES: readonly string[] = [
  'producer may commit expenditures up to $100,000.00',
  'line producer may close financing deals up to $50,000.00; above that the executive producer approves',
  'department heads may engage crew for their own department only (Art, Camera, Sound)',
  '',
  'requires approval: amount exceeds the requester’s signing limit of $25,000.00 and no delegation is active for this period',
];

/**
 * A deterministic audit log report of `count` entries with non-ASCII names (Łódź, Zoë, Cyrillic,
 * Vietnamese), long rules that wrap, system (null) actors, missing and negative amounts, and an
 * action outside the catalog.
 */
export const sampleAuditReport = (count = 300): ReportDocument => {
  const ids = Object.keys(PEOPLE);
  const entries: AuditEntry[] = Array.from({ length: count }, (_, i): AuditEntry => {
    const action =
      i % 17 === 5 ? 'session.sign-in' : (ACTION_CATALOG[i % ACTION_CATALOG.length]?.id ?? 'x');
    return {
      productionId: 'prod-1' as ProductionId,
      sequence: i + 1,
      at: instant(new Date(Date.UTC(2026, 9, 1, 8) + i * 47 * 60_000).toISOString()),
      actorPersonId: i % 23 === 7 ? null : ((ids[i % ids.length] ?? 'p-zoe') as PersonId),
      action,
      outcome: OUTCOMES[i % OUTCOMES.length] ?? 'allowed',
      rule: RULES[i % RULES.length] ?? '',
      amount:
        i % 3 === 0 ? null : minorUnits(i % 11 === 1 ? -12_500 : (i * 7_919_113) % 987_654_321),
      approvalRequestId: null,
      details: null,
    };
  });
  return buildAuditLogReport({
    productionTitle: 'Nocturne in Łódź',
    currency: currencyCode('USD'),
    timeZone: 'Europe/Warsaw',
    generatedAt: instant('2026-11-24T17:31:51Z'),
    entries,
    names: PEOPLE,
  });
};
