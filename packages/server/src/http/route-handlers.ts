import {
  ACTION_AREA_LABELS,
  ACTION_AREAS,
  ACTION_CATALOG,
  decide,
  DomainError,
  type ActionId,
  type ApprovalRequestId,
  type AssignmentId,
  type DelegationId,
  type ProductionId,
} from '@greenlight/domain';
import { buildOpenApiDocument, type RouteId } from '@greenlight/contract';
import { requireActor, type RequestContext, type RouteHandlers } from './route-handler.js';
import { mustFind, readOnly, snapshotOf, todayFor } from '../services/service-context.js';
import { currentSession, createUser, signIn, signOut } from '../services/session-service.js';
import {
  changeStage,
  createProduction,
  getProduction,
  portfolio,
  updateProduction,
} from '../services/productions-service.js';
import { addTeamMember, orgChart, setReportsTo, team } from '../services/team-service.js';
import {
  dryRunDecision,
  getAuthorityMatrix,
  performAction,
  raci,
  rolesReference,
  updateAuthorityMatrix,
} from '../services/authority-service.js';
import {
  createDelegation,
  listDelegations,
  revokeDelegation,
} from '../services/delegations-service.js';
import { createExpenditure, listExpenditures } from '../services/expenditures-service.js';
import { decideApproval, getApproval, listApprovals } from '../services/approvals-service.js';
import { auditLog, auditLogPdf } from '../services/audit-log-service.js';
import { createBoard, getBoard, listBoards, updateBoard } from '../services/schedule-service.js';
import {
  optimizeBoard,
  optimizeJob,
  startOptimizeJob,
  stopOptimizeJob,
} from '../services/optimize-board-service.js';
import {
  scheduleSettings,
  updateCastDetails,
  updateScheduleSettings,
} from '../services/schedule-settings-service.js';
import {
  dayOutOfDays,
  dayOutOfDaysCsv,
  dayOutOfDaysPdf,
  dayOutOfDaysXlsx,
  myCalendarIcs,
  shootCalendarIcs,
} from '../services/day-out-of-days-service.js';
import {
  importDraft,
  sceneListCsv,
  sceneListXlsx,
  scriptOverview,
  suggestions,
} from '../services/script-service.js';
import {
  breakdownSheets,
  breakdownSheetsPdf,
  elementListCsv,
  elementLists,
  elementListXlsx,
  numberCast,
  removeTag,
  resolveTagReview,
  setShootingLocation,
  tagElements,
  updateElement,
} from '../services/breakdown-service.js';
import { budgetHandlers } from './budget-handlers.js';
import { calendarFeedHandlers } from './calendar-feed-handlers.js';
import { callSheetHandlers } from './call-sheet-handlers.js';
import { costHandlers } from './cost-handlers.js';
import { timecardHandlers } from './timecard-handlers.js';
import { progressReportHandlers } from './progress-report-handlers.js';
import { productionReportHandlers } from './production-report-handlers.js';
import { act, service } from './handler-context.js';

/**
 * Reads on a production are checked here, before the service runs, against the route's declared action; a
 * refusal of a read is not audited (nothing happened), and a stranger to the production gets 404 so that ids
 * reveal nothing. Writes are decided inside their service through takeAction, which audits.
 */
const canRead = async <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
): Promise<ProductionId> => {
  const context = service(ctx);
  const id = productionId as ProductionId;
  const production = mustFind(await readOnly(ctx.deps).productions.get(id), 'production');
  const snapshot = await snapshotOf(ctx.deps.database.kysely, id);
  const decision = decide(snapshot, context.actor.user.personId, ctx.declare(action), {
    today: todayFor(ctx.deps, production),
  });
  if (decision.outcome === 'allow') return id;
  if (decision.outcome === 'deny' && decision.code === 'not-on-production')
    throw new DomainError('not-found', 'No such production');
  throw new DomainError(
    'forbidden',
    decision.outcome === 'deny' ? decision.reason : decision.reason,
  );
};

export const routeHandlers: RouteHandlers = {
  health: async (ctx) => {
    await ctx.deps.database.kysely.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    return { ok: true, database: ctx.deps.database.kind };
  },
  openApi: async (ctx) => buildOpenApiDocument(ctx.deps.version),
  signIn: async (ctx) => {
    const result = await signIn(ctx.deps, ctx.body, ctx.clientAddress);
    ctx.cookies.setSession(result.token, result.maxAgeSeconds);
    return result.session;
  },
  signOut: async (ctx) => {
    await signOut(ctx.deps, requireActor(ctx.actor));
    ctx.cookies.clearSession();
    return { ok: true as const };
  },
  me: async (ctx) => currentSession(requireActor(ctx.actor)),
  createUser: async (ctx) => createUser(ctx.deps, ctx.body),
  catalog: async () => ({
    actions: ACTION_CATALOG.map((a) => ({ ...a })),
    areas: ACTION_AREAS.map((area) => ({ area, label: ACTION_AREA_LABELS[area] })),
  }),
  roles: async () => rolesReference(),
  portfolio: async (ctx) => portfolio(service(ctx)),
  createProduction: async (ctx) => createProduction(service(ctx), ctx.body),
  getProduction: async (ctx) =>
    getProduction(service(ctx), await canRead(ctx, ctx.params.productionId, 'production.view')),
  updateProduction: async (ctx) =>
    act(ctx, (context) =>
      updateProduction(context, ctx.params.productionId as ProductionId, ctx.body),
    ),
  changeStage: async (ctx) =>
    act(ctx, (context) =>
      changeStage(context, ctx.params.productionId as ProductionId, ctx.body, ctx.declare),
    ),
  team: async (ctx) =>
    team(service(ctx), await canRead(ctx, ctx.params.productionId, 'production.view')),
  addTeamMember: async (ctx) =>
    act(ctx, (context) =>
      addTeamMember(context, ctx.params.productionId as ProductionId, ctx.body, ctx.declare),
    ),
  setReportsTo: async (ctx) =>
    act(ctx, (context) =>
      setReportsTo(
        context,
        ctx.params.productionId as ProductionId,
        ctx.params.assignmentId as AssignmentId,
        ctx.body.reportsTo as AssignmentId | null,
      ),
    ),
  orgChart: async (ctx) =>
    orgChart(service(ctx), await canRead(ctx, ctx.params.productionId, 'production.view')),
  authorityMatrix: async (ctx) =>
    getAuthorityMatrix(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'production.view'),
    ),
  updateAuthorityMatrix: async (ctx) =>
    act(ctx, (context) =>
      updateAuthorityMatrix(
        context,
        ctx.params.productionId as ProductionId,
        ctx.body,
        ctx.declare,
      ),
    ),
  decide: async (ctx) =>
    dryRunDecision(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'production.view'),
      ctx.body,
    ),
  performAction: async (ctx) =>
    act(ctx, (context) =>
      performAction(context, ctx.params.productionId as ProductionId, ctx.body),
    ),
  delegations: async (ctx) =>
    listDelegations(service(ctx), await canRead(ctx, ctx.params.productionId, 'production.view')),
  createDelegation: async (ctx) =>
    act(ctx, (context) =>
      createDelegation(context, ctx.params.productionId as ProductionId, ctx.body),
    ),
  revokeDelegation: async (ctx) =>
    act(ctx, (context) =>
      revokeDelegation(
        context,
        ctx.params.productionId as ProductionId,
        ctx.params.delegationId as DelegationId,
      ),
    ),
  expenditures: async (ctx) =>
    listExpenditures(service(ctx), await canRead(ctx, ctx.params.productionId, 'expenditure.view')),
  createExpenditure: async (ctx) =>
    createExpenditure(service(ctx), ctx.params.productionId as ProductionId, ctx.body),
  approvals: async (ctx) =>
    listApprovals(service(ctx), { scope: ctx.query.scope, status: ctx.query.status }),
  productionApprovals: async (ctx) =>
    listApprovals(service(ctx), {
      scope: ctx.query.scope,
      status: ctx.query.status,
      productionId: await canRead(ctx, ctx.params.productionId, 'production.view'),
    }),
  approval: async (ctx) => getApproval(service(ctx), ctx.params.requestId as ApprovalRequestId),
  approve: async (ctx) =>
    decideApproval(service(ctx), ctx.params.requestId as ApprovalRequestId, 'approve', {
      note: ctx.body.note,
    }),
  reject: async (ctx) =>
    decideApproval(service(ctx), ctx.params.requestId as ApprovalRequestId, 'reject', {
      reason: ctx.body.reason,
    }),
  escalate: async (ctx) =>
    decideApproval(service(ctx), ctx.params.requestId as ApprovalRequestId, 'escalate'),
  withdraw: async (ctx) =>
    decideApproval(service(ctx), ctx.params.requestId as ApprovalRequestId, 'withdraw'),
  auditLog: async (ctx) =>
    auditLog(service(ctx), await canRead(ctx, ctx.params.productionId, 'audit.view'), ctx.query),
  auditLogPdf: async (ctx) =>
    auditLogPdf(service(ctx), await canRead(ctx, ctx.params.productionId, 'audit.view')),
  script: async (ctx) =>
    scriptOverview(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  importDraft: async (ctx) =>
    act(ctx, (context) => importDraft(context, ctx.params.productionId as ProductionId, ctx.body)),
  suggestions: async (ctx) =>
    suggestions(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  sceneListCsv: async (ctx) =>
    sceneListCsv(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  sceneListXlsx: async (ctx) =>
    sceneListXlsx(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  tagElements: async (ctx) =>
    act(ctx, (context) => tagElements(context, ctx.params.productionId as ProductionId, ctx.body)),
  removeTag: async (ctx) =>
    act(ctx, (context) =>
      removeTag(context, ctx.params.productionId as ProductionId, ctx.params.tagId),
    ),
  resolveTagReview: async (ctx) =>
    act(ctx, (context) =>
      resolveTagReview(
        context,
        ctx.params.productionId as ProductionId,
        ctx.params.tagId,
        ctx.body,
      ),
    ),
  updateElement: async (ctx) =>
    act(ctx, (context) =>
      updateElement(
        context,
        ctx.params.productionId as ProductionId,
        ctx.params.elementId,
        ctx.body,
      ),
    ),
  numberCast: async (ctx) =>
    act(ctx, (context) => numberCast(context, ctx.params.productionId as ProductionId)),
  setShootingLocation: async (ctx) =>
    act(ctx, (context) =>
      setShootingLocation(context, ctx.params.productionId as ProductionId, ctx.body),
    ),
  breakdownSheets: async (ctx) =>
    breakdownSheets(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  breakdownSheetsPdf: async (ctx) =>
    breakdownSheetsPdf(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  elementLists: async (ctx) =>
    elementLists(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  elementListCsv: async (ctx) =>
    elementListCsv(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  elementListXlsx: async (ctx) =>
    elementListXlsx(service(ctx), await canRead(ctx, ctx.params.productionId, 'script.view')),
  scheduleSettings: async (ctx) =>
    scheduleSettings(service(ctx), await canRead(ctx, ctx.params.productionId, 'schedule.view')),
  updateScheduleSettings: async (ctx) =>
    act(ctx, (context) =>
      updateScheduleSettings(context, ctx.params.productionId as ProductionId, ctx.body),
    ),
  updateCastDetails: async (ctx) =>
    act(ctx, (context) =>
      updateCastDetails(
        context,
        ctx.params.productionId as ProductionId,
        ctx.params.elementId,
        ctx.body,
      ),
    ),
  boards: async (ctx) =>
    listBoards(service(ctx), await canRead(ctx, ctx.params.productionId, 'schedule.view')),
  createBoard: async (ctx) =>
    act(ctx, (context) => createBoard(context, ctx.params.productionId as ProductionId, ctx.body)),
  board: async (ctx) =>
    getBoard(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.boardId,
    ),
  updateBoard: async (ctx) =>
    act(ctx, (context) =>
      updateBoard(
        context,
        ctx.params.productionId as ProductionId,
        ctx.params.boardId,
        ctx.body,
        ctx.declare,
      ),
    ),
  optimizeBoard: async (ctx) =>
    optimizeBoard(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.boardId,
      ctx.body,
    ),
  startOptimizeJob: async (ctx) =>
    startOptimizeJob(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.boardId,
      ctx.body,
    ),
  optimizeJob: async (ctx) =>
    optimizeJob(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.jobId,
    ),
  stopOptimizeJob: async (ctx) =>
    stopOptimizeJob(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.jobId,
    ),
  dayOutOfDays: async (ctx) =>
    dayOutOfDays(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.boardId,
    ),
  dayOutOfDaysCsv: async (ctx) =>
    dayOutOfDaysCsv(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.boardId,
    ),
  dayOutOfDaysXlsx: async (ctx) =>
    dayOutOfDaysXlsx(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.boardId,
    ),
  dayOutOfDaysPdf: async (ctx) =>
    dayOutOfDaysPdf(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.boardId,
    ),
  shootCalendarIcs: async (ctx) =>
    shootCalendarIcs(service(ctx), await canRead(ctx, ctx.params.productionId, 'schedule.view')),
  myCalendarIcs: async (ctx) =>
    myCalendarIcs(service(ctx), await canRead(ctx, ctx.params.productionId, 'schedule.view')),
  ...calendarFeedHandlers(canRead),
  ...callSheetHandlers(canRead),
  ...productionReportHandlers(canRead),
  ...budgetHandlers(canRead),
  ...costHandlers(canRead),
  ...timecardHandlers(canRead),
  ...progressReportHandlers(canRead),
  raci: async (ctx) =>
    raci(service(ctx), await canRead(ctx, ctx.params.productionId, 'production.view')),
};
