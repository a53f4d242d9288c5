import {
  calendarDate,
  DomainError,
  nextProductionReportStatus,
  type ApprovalRequestId,
  type Instant,
  type JsonValue,
  type PersonId,
  type Production,
} from '@greenlight/domain';
import type { Repositories } from '@greenlight/db';
import type { ActionEffect } from './action-effect.js';

type ProductionReportEffect = Extract<
  ActionEffect,
  { kind: 'save-production-report' | 'production-report-step' }
>;

const stale = (date: string): DomainError =>
  new DomainError(
    'conflict',
    `The production report for ${date} was changed since this was asked; load it again`,
  );

/**
 * Saves a day's entry, or submits, signs or starts a correction of its report, each only from the version
 * it was asked at and only where the report's status allows (`nextProductionReportStatus`).
 */
export const applyProductionReportEffect = async (
  repos: Repositories,
  production: Production,
  effect: ProductionReportEffect,
  now: Instant,
): Promise<JsonValue> => {
  const date = calendarDate(effect.date);
  const current = await repos.productionReports.current(production.id, date);
  if ((current?.version ?? 0) !== effect.version) throw stale(date);
  if (effect.kind === 'save-production-report') {
    if (current !== null) nextProductionReportStatus(current.status, 'save');
    const saved = await repos.productionReports.save({
      productionId: production.id,
      date,
      entry: effect.entry,
      expectedVersion: effect.version,
      by: effect.by as PersonId,
      now,
    });
    return { date: saved.date, version: saved.version, status: saved.status };
  }
  if (current === null)
    throw new DomainError('conflict', `Nothing has been reported for ${date} yet: save it first`);
  const base = {
    productionId: production.id,
    date,
    expectedVersion: effect.version,
    by: effect.by as PersonId,
    now,
  };
  nextProductionReportStatus(current.status, effect.step === 'correct' ? 'revise' : effect.step);
  const moved =
    effect.step === 'submit'
      ? await repos.productionReports.move({ ...base, to: 'submitted' })
      : effect.step === 'correct'
        ? await repos.productionReports.move({ ...base, to: 'correction' })
        : await repos.productionReports.move({
            ...base,
            // Signed by whoever approved the request when it was asked for, else by who signed it.
            by: await signerOf(repos, effect.requestId, effect.by as PersonId),
            to: 'signed',
            report: effect.report ?? missingReport(),
          });
  return {
    date: moved.date,
    revision: moved.revision,
    version: moved.version,
    status: moved.status,
  };
};

const signerOf = async (
  repos: Repositories,
  requestId: string | null,
  by: PersonId,
): Promise<PersonId> => {
  if (requestId === null) return by;
  const request = await repos.approvalRequests.get(requestId as ApprovalRequestId);
  return request?.decidedBy ?? by;
};

const missingReport = (): never => {
  throw new DomainError('internal', 'A signature must carry the report it signs');
};
