import type { AuditLogDto } from '@greenlight/contract';
import type {
  ApprovalRequestId,
  AuditEntry,
  AuditOutcome,
  JsonValue,
  ProductionId,
} from '@greenlight/domain';
import type { Repositories } from '@greenlight/db';
import { buildAuditLogReport } from '@greenlight/domain';
import { renderReportPdf } from '@greenlight/pdf';
import { mustFind, readOnly, type ServiceContext } from './service-context.js';

export const auditLog = async (
  context: ServiceContext,
  productionId: ProductionId,
  query: {
    before?: number | undefined;
    limit: number;
    action?: string | undefined;
    outcome?: AuditOutcome | undefined;
  },
): Promise<AuditLogDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const [entries, people] = await Promise.all([
    repos.auditLog.list(productionId, {
      limit: query.limit,
      order: 'newest-first',
      ...(query.before === undefined ? {} : { beforeSequence: query.before }),
      ...(query.action === undefined ? {} : { action: query.action }),
      ...(query.outcome === undefined ? {} : { outcome: query.outcome }),
    }),
    repos.people.listByProduction(productionId),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const summaries = await summariesOf(repos, entries);
  return {
    currency: production.currency,
    entries: entries.map((e) => ({
      sequence: e.sequence,
      productionId: e.productionId,
      at: e.at,
      actorPersonId: e.actorPersonId,
      actorName: e.actorPersonId === null ? null : (names.get(e.actorPersonId) ?? null),
      action: e.action,
      summary:
        summaryIn(e.details) ??
        (e.approvalRequestId ? (summaries.get(e.approvalRequestId) ?? null) : null),
      outcome: e.outcome,
      rule: e.rule,
      amount: e.amount,
      approvalRequestId: e.approvalRequestId,
      details: e.details,
    })),
  };
};

const summaryIn = (details: JsonValue): string | null =>
  typeof details === 'object' &&
  details !== null &&
  !Array.isArray(details) &&
  typeof (details as Record<string, JsonValue>)['summary'] === 'string'
    ? ((details as Record<string, JsonValue>)['summary'] as string)
    : null;

/** Approval decisions carry no summary of their own: take the request's. */
const summariesOf = async (
  repos: Repositories,
  entries: readonly AuditEntry[],
): Promise<Map<string, string>> => {
  const ids = [
    ...new Set(
      entries
        .filter((e) => summaryIn(e.details) === null && e.approvalRequestId)
        .map((e) => e.approvalRequestId as ApprovalRequestId),
    ),
  ];
  const requests = await Promise.all(ids.map((id) => repos.approvalRequests.get(id)));
  return new Map(requests.flatMap((r) => (r ? [[r.id, r.summary] as const] : [])));
};

/** Every entry of the production, oldest first, as a PDF report in the production's time zone. */
export const auditLogPdf = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<Uint8Array> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const people = await repos.people.listByProduction(productionId);
  // Read in pages (the repository caps a page); a shoot's log runs to thousands of lines.
  const entries: AuditEntry[] = [];
  for (;;) {
    const last = entries.at(-1);
    const page = await repos.auditLog.list(productionId, {
      limit: AUDIT_PAGE,
      order: 'oldest-first',
      ...(last ? { afterSequence: last.sequence } : {}),
    });
    entries.push(...page);
    if (page.length < AUDIT_PAGE) break;
  }
  const report = buildAuditLogReport({
    productionTitle: production.title,
    currency: production.currency,
    timeZone: production.timeZone,
    generatedAt: context.deps.clock.now(),
    entries,
    names: Object.fromEntries(people.map((p) => [p.id, p.name])),
  });
  return renderReportPdf(report);
};

const AUDIT_PAGE = 1000;
