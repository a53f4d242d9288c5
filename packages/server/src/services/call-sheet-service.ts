import type {
  CallSheetDayDto,
  CallSheetIssueDto,
  CallSheetListDto,
  CallSheetRecipientDto,
  PublishCallSheetRequest,
  SaveCallSheetRequest,
} from '@greenlight/contract';
import {
  calendarDate,
  callSheetChanges,
  DomainError,
  formatDateTimeInZone,
  type CallSheetPublication,
  type CallSheetRecipient,
  type JsonValue,
  type ProductionId,
} from '@greenlight/domain';
import { renderCallSheetPdf } from '@greenlight/pdf';
import type { ActionEffect } from './action-effect.js';
import { deliverPublishedCallSheet, publicationPdf } from './call-sheet-delivery.js';
import { findShootingBoardId, loadBoardLayout } from './load-board-layout.js';
import {
  buildDaySheet,
  defaultCallSheetDetails,
  loadCallSheetSchedule,
  shootDayOn,
} from './load-call-sheet.js';
import { mustFind, personOf, readOnly, type ServiceContext } from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';

/**
 * The domain's readonly sheet and details as their DTOs: the same shape (the API tests check every answer
 * against the contract's schemas), only the DTO types are mutable.
 */
const readonlyDto = <Dto>(value: unknown): Dto => value as Dto;

const recipientStatus = (r: CallSheetRecipient): CallSheetRecipientDto['status'] =>
  r.confirmedAt !== null
    ? 'confirmed'
    : r.sentAt !== null
      ? 'sent'
      : r.sendError !== null
        ? 'failed'
        : 'sending';

const toRecipientDto = (r: CallSheetRecipient): CallSheetRecipientDto => ({
  id: r.id,
  personId: r.personId,
  name: r.name,
  email: r.email,
  status: recipientStatus(r),
  sentAt: r.sentAt,
  sendError: r.sendError,
  confirmedAt: r.confirmedAt,
});

/** The shooting board's days, each with where its call sheet stands. */
export const listCallSheets = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<CallSheetListDto> => {
  const { deps } = context;
  const boardId = await findShootingBoardId(deps, productionId);
  if (boardId === null) return { boardId: null, days: [] };
  const { layout } = await loadBoardLayout(deps, productionId, boardId);
  const repos = readOnly(deps);
  const drafts = new Map(
    (await repos.callSheets.listDrafts(productionId)).map((d) => [d.date, d] as const),
  );
  const issues = new Map(
    (await repos.callSheets.listLatestIssues(productionId)).map((i) => [i.date, i] as const),
  );
  return {
    boardId,
    days: layout.days.flatMap((day) => {
      if (day.kind !== 'shoot') return [];
      const draft = drafts.get(day.date);
      const issue = issues.get(day.date);
      return [
        {
          date: day.date,
          dayNumber: day.dayNumber,
          status: issue !== undefined ? 'published' : draft !== undefined ? 'draft' : 'none',
          revision: issue?.revision ?? null,
          publishedAt: issue?.publishedAt ?? null,
          editedSincePublished:
            issue !== undefined && draft !== undefined && draft.updatedAt > issue.publishedAt,
          recipients: issue?.recipients ?? 0,
          confirmed: issue?.confirmed ?? 0,
        },
      ];
    }),
  };
};

const issueDto = async (
  context: ServiceContext,
  publication: CallSheetPublication,
): Promise<CallSheetIssueDto> => {
  const repos = readOnly(context.deps);
  const recipients = await repos.callSheets.listRecipients(publication.id);
  const publisher =
    publication.publishedBy === null ? null : await repos.people.get(publication.publishedBy);
  return {
    id: publication.id,
    revision: publication.revision,
    publishedAt: publication.publishedAt,
    publishedBy: publisher?.name ?? null,
    changes: [...publication.changes],
    recipients: recipients.map(toRecipientDto),
    confirmed: recipients.filter((r) => r.confirmedAt !== null).length,
  };
};

/**
 * One day's call sheet as it would be printed now (the saved details, or the defaults: the schedule's usual
 * crew call and nothing else), the latest issue with who confirmed it, and what publishing now would list as
 * changed since that issue.
 */
export const callSheetDay = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
): Promise<CallSheetDayDto> => {
  const date = calendarDate(dateText);
  const schedule = await loadCallSheetSchedule(context, productionId);
  const day = shootDayOn(schedule, date);
  const repos = readOnly(context.deps);
  const draft = await repos.callSheets.getDraft(productionId, date);
  const details = draft?.details ?? defaultCallSheetDetails(schedule.settings.crewCall);
  const sheet = buildDaySheet(schedule, date, details);
  const latest = await repos.callSheets.latestPublication(productionId, date);
  const editor =
    draft?.updatedBy === null || draft === null ? null : await repos.people.get(draft.updatedBy);
  return {
    date,
    dayNumber: day.dayNumber,
    totalDays: schedule.layout.shootDayCount,
    details: readonlyDto<CallSheetDayDto['details']>(details),
    version: draft?.version ?? 0,
    updatedAt: draft?.updatedAt ?? null,
    updatedBy: editor?.name ?? null,
    sheet: readonlyDto<CallSheetDayDto['sheet']>(sheet),
    latest: latest === null ? null : await issueDto(context, latest),
    changesSinceLatest: latest === null ? [] : callSheetChanges(latest.sheet, sheet),
  };
};

/**
 * The day's sheet as a PDF: the latest issue exactly as it was emailed, or, before the first, a preview of
 * the sheet as it stands (its footer says it is a draft).
 */
export const callSheetPdf = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
): Promise<Uint8Array> => {
  const { deps } = context;
  const date = calendarDate(dateText);
  const production = mustFind(await readOnly(deps).productions.get(productionId), 'production');
  const latest = await readOnly(deps).callSheets.latestPublication(productionId, date);
  if (latest !== null) return publicationPdf(deps, production, latest);
  const schedule = await loadCallSheetSchedule(context, productionId);
  shootDayOn(schedule, date);
  const draft = await readOnly(deps).callSheets.getDraft(productionId, date);
  const now = deps.clock.now();
  return renderCallSheetPdf({
    sheet: buildDaySheet(
      schedule,
      date,
      draft?.details ?? defaultCallSheetDetails(schedule.settings.crewCall),
    ),
    revision: null,
    generatedAt: now,
    footer: `DRAFT, not published — printed ${formatDateTimeInZone(now, production.timeZone)} (${production.timeZone})`,
  });
};

/**
 * Saves a day's details at the version they were loaded at (`callsheet.edit`). The details are tried on the
 * day's sheet first, so a day that is not on the shooting board is a 404 and nothing is decided.
 */
export const saveCallSheet = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
  body: SaveCallSheetRequest,
): Promise<TakeActionResult> => {
  const date = calendarDate(dateText);
  const schedule = await loadCallSheetSchedule(context, productionId);
  const day = shootDayOn(schedule, date);
  buildDaySheet(schedule, date, body.details);
  return takeAction(context, {
    productionId,
    action: 'callsheet.edit',
    summary: `Prepare the call sheet for day ${day.dayNumber} (${date})`,
    buildEffect: async () => ({
      kind: 'save-call-sheet',
      date,
      version: body.version,
      details: body.details,
      by: personOf(context),
    }),
  });
};

/**
 * Publishes the day's sheet as it stands (`callsheet.publish`): the publisher names the version of the
 * details they are looking at, the sheet is built before the decision, and once the publication has
 * committed each recipient is emailed the PDF with their own confirmation link. A mail failure is recorded
 * on its recipient and never undoes the publication; the answer says how many went and how many failed.
 */
export const publishCallSheet = async (
  context: ServiceContext,
  productionId: ProductionId,
  dateText: string,
  body: PublishCallSheetRequest,
  origin: string,
): Promise<TakeActionResult> => {
  const { deps } = context;
  const date = calendarDate(dateText);
  const schedule = await loadCallSheetSchedule(context, productionId);
  const day = shootDayOn(schedule, date);
  const draft = await readOnly(deps).callSheets.getDraft(productionId, date);
  if ((draft?.version ?? 0) !== body.version)
    throw new DomainError(
      'conflict',
      `The call sheet for ${date} was changed since you loaded it (it is at version ${draft?.version ?? 0}); load it again before publishing`,
    );
  const sheet = buildDaySheet(
    schedule,
    date,
    draft?.details ?? defaultCallSheetDetails(schedule.settings.crewCall),
  );
  let effect: ActionEffect | null = null;
  const result = await takeAction(context, {
    productionId,
    action: 'callsheet.publish',
    summary: `Publish the call sheet for day ${day.dayNumber} of ${schedule.layout.shootDayCount} (${date})`,
    buildEffect: async () => {
      effect = {
        kind: 'publish-call-sheet',
        date,
        detailsVersion: body.version,
        sheet,
        origin,
        by: personOf(context),
      };
      return effect;
    },
  });
  if (result.outcome !== 'allowed' || effect === null) return result;
  const delivered = await deliverPublishedCallSheet(deps, effect);
  const produced =
    result.result !== null && typeof result.result === 'object' && !Array.isArray(result.result)
      ? result.result
      : {};
  return { ...result, result: { ...produced, ...(delivered ?? {}) } as JsonValue };
};
