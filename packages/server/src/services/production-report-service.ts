import type {
  PreviewProductionReportRequest,
  ProductionReportDayDto,
  ProductionReportDto,
  ProductionReportListDto,
  ProductionReportStepRequest,
  SaveProductionReportRequest,
} from '@greenlight/contract';
import {
  calendarDate,
  DomainError,
  formatDateTimeInZone,
  nextProductionReportStatus,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import { renderProductionReportPdf } from '@greenlight/pdf';
import { findShootingBoardId, loadBoardLayout } from './load-board-layout.js';
import { buildDayReport, entryOf, loadProductionReportDay } from './load-production-report.js';
import { mustFind, personOf, readOnly, type ServiceContext } from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';

/** The domain's readonly report and entry as their DTOs: the same shape, only the DTO types are mutable. */
const readonlyDto = <Dto>(value: unknown): Dto => value as Dto;

const nameOf = async (context: ServiceContext, personId: PersonId | null) =>
  personId === null ? null : ((await readOnly(context.deps).people.get(personId))?.name ?? null);

/** The shooting board's days, each with where its production report stands. */
export const listProductionReports = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<ProductionReportListDto> => {
  const { deps } = context;
  const boardId = await findShootingBoardId(deps, productionId);
  if (boardId === null) return { boardId: null, days: [] };
  const { layout } = await loadBoardLayout(deps, productionId, boardId);
  const records = new Map(
    (await readOnly(deps).productionReports.listCurrent(productionId)).map((r) => [r.date, r]),
  );
  return {
    boardId,
    days: layout.days.flatMap((day) => {
      if (day.kind !== 'shoot') return [];
      const record = records.get(day.date);
      return [
        {
          date: day.date,
          dayNumber: day.dayNumber,
          status: record?.status ?? 'none',
          revision: record?.revision ?? 0,
          signedAt: record?.signedAt ?? null,
        },
      ];
    }),
  };
};

/**
 * One day's report: the entry as saved (or the defaults from the day's call sheet), the report built from it
 * now (or exactly as signed, once signed), and who did what when.
 */
export const productionReportDay = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
): Promise<ProductionReportDayDto> => {
  const date = calendarDate(dateText);
  const loaded = await loadProductionReportDay(context, productionId, date);
  const { record } = loaded;
  const { layout } = loaded.schedule;
  return {
    date,
    dayNumber: loaded.dayNumber,
    totalDays: loaded.schedule.layout.shootDayCount,
    status: record?.status ?? 'none',
    revision: record?.revision ?? 0,
    version: record?.version ?? 0,
    entry: readonlyDto<ProductionReportDayDto['entry']>(entryOf(loaded)),
    report: readonlyDto<ProductionReportDayDto['report']>(record?.signed ?? buildDayReport(loaded)),
    scriptScenes: [
      ...layout.days.flatMap((d) => (d.kind === 'shoot' ? d.scenes : [])),
      ...layout.unscheduled.scenes,
    ].map((s) => ({ sceneId: s.id, number: s.number, set: s.set, eighths: s.eighths })),
    callSheetRevision: loaded.callSheetRevision,
    updatedAt: record?.updatedAt ?? null,
    updatedBy: await nameOf(context, record?.updatedBy ?? null),
    submittedAt: record?.submittedAt ?? null,
    submittedBy: await nameOf(context, record?.submittedBy ?? null),
    signedAt: record?.signedAt ?? null,
    signedBy: await nameOf(context, record?.signedBy ?? null),
  };
};

/** The report an entry would make, totals and standing included; nothing is saved. */
export const previewProductionReport = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
  body: PreviewProductionReportRequest,
): Promise<ProductionReportDto> => {
  const loaded = await loadProductionReportDay(context, productionId, calendarDate(dateText));
  return readonlyDto<ProductionReportDto>(buildDayReport(loaded, body.entry));
};

/**
 * Saves what was entered for the day at the version it was loaded at (`production-report.edit`). The
 * entry is built into the report first, so an entry that does not hold together is refused with the field
 * it is about before anything is decided, and a signed report is a conflict.
 */
export const saveProductionReport = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
  body: SaveProductionReportRequest,
): Promise<TakeActionResult> => {
  const date = calendarDate(dateText);
  const loaded = await loadProductionReportDay(context, productionId, date);
  if (loaded.record !== null) nextProductionReportStatus(loaded.record.status, 'save');
  buildDayReport(loaded, body.entry);
  return takeAction(context, {
    productionId,
    action: 'production-report.edit',
    summary: `Fill in the production report for day ${loaded.dayNumber} (${date})`,
    buildEffect: async () => ({
      kind: 'save-production-report',
      date,
      version: body.version,
      entry: body.entry,
      by: personOf(context),
    }),
  });
};

const STEP_WORDS = {
  submit: 'Submit the production report',
  sign: 'Sign the production report',
  correct: 'Start a correction of the production report',
} as const;

/**
 * Submits the day's report (`production-report.edit`), signs it (`production-report.sign`: the report as
 * it stands is frozen into the signature; someone who may only ask is routed to the signer) or starts a
 * correction of a signed one (`production-report.edit`). The status is checked before deciding, so nobody
 * is asked to approve a signature of a draft.
 */
export const stepProductionReport = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
  step: 'submit' | 'sign' | 'correct',
  body: ProductionReportStepRequest,
): Promise<TakeActionResult> => {
  const date = calendarDate(dateText);
  const loaded = await loadProductionReportDay(context, productionId, date);
  const { record } = loaded;
  if (record === null)
    throw new DomainError('conflict', `Nothing has been reported for ${date} yet: save it first`);
  if (record.version !== body.version)
    throw new DomainError(
      'conflict',
      `The production report for ${date} was changed since you loaded it (it is at version ${record.version}); load it again`,
    );
  nextProductionReportStatus(record.status, step === 'correct' ? 'revise' : step);
  const report = step === 'sign' ? buildDayReport(loaded) : null;
  return takeAction(context, {
    productionId,
    action: step === 'sign' ? 'production-report.sign' : 'production-report.edit',
    summary: `${STEP_WORDS[step]} for day ${loaded.dayNumber} of ${loaded.schedule.layout.shootDayCount} (${date})`,
    buildEffect: async (_repos, _production, _snapshot, requestId) => ({
      kind: 'production-report-step',
      step,
      date,
      version: body.version,
      report,
      requestId,
      by: personOf(context),
    }),
  });
};

const CREDITED = [
  ['director', 'Director'],
  ['producer', 'Producer'],
  ['unit-production-manager', 'UPM'],
] as const;

/** The key people the report's header names: the director, the producers and the UPM, by name. */
const creditsOf = async (context: ServiceContext, productionId: ProductionId) => {
  const repos = readOnly(context.deps);
  const snapshot = await repos.loadAuthoritySnapshot(productionId);
  const names = new Map(
    (await repos.people.listByProduction(productionId)).map((p) => [p.id, p.name]),
  );
  return CREDITED.flatMap(([role, label]) => {
    const people = (snapshot?.assignments ?? [])
      .filter((a) => a.role === role)
      .flatMap((a) => names.get(a.personId) ?? []);
    return people.length === 0 ? [] : [{ role: label, name: people.join(', ') }];
  });
};

/**
 * The day's report as a PDF: as signed, with who signed it and when; before that, the report as it stands
 * with a footer saying it is not signed.
 */
export const productionReportPdf = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
): Promise<Uint8Array> => {
  const { deps } = context;
  const date = calendarDate(dateText);
  const production = mustFind(await readOnly(deps).productions.get(productionId), 'production');
  const loaded = await loadProductionReportDay(context, productionId, date);
  const { record } = loaded;
  const zone = production.timeZone;
  const signer = await nameOf(context, record?.signedBy ?? null);
  const credits = await creditsOf(context, productionId);
  if (record?.signed != null && record.signedAt !== null)
    return renderProductionReportPdf({
      report: record.signed,
      credits,
      signature: { by: signer ?? 'unknown', at: `${formatDateTimeInZone(record.signedAt, zone)}` },
      revision: record.revision,
      generatedAt: record.signedAt,
      footer: `Signed by ${signer ?? 'unknown'}, ${formatDateTimeInZone(record.signedAt, zone)} (${zone})`,
    });
  const now = deps.clock.now();
  return renderProductionReportPdf({
    report: buildDayReport(loaded),
    credits,
    signature: null,
    revision: record?.revision ?? 1,
    generatedAt: now,
    footer: `${record?.status === 'submitted' ? 'SUBMITTED' : 'DRAFT'}, not signed — printed ${formatDateTimeInZone(now, zone)} (${zone})`,
  });
};
