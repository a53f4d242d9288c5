import type { AuditLogDto } from '@greenlight/contract';
import type { AuditOutcome, ProductionId } from '@greenlight/domain';
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
  return {
    currency: production.currency,
    entries: entries.map((e) => ({
      sequence: e.sequence,
      productionId: e.productionId,
      at: e.at,
      actorPersonId: e.actorPersonId,
      actorName: e.actorPersonId === null ? null : (names.get(e.actorPersonId) ?? null),
      action: e.action,
      outcome: e.outcome,
      rule: e.rule,
      amount: e.amount,
      approvalRequestId: e.approvalRequestId,
      details: e.details,
    })),
  };
};
