import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { IdSchema, OkSchema } from './schemas/common.schema.js';
import {
  CreateUserRequestSchema,
  SessionSchema,
  SignInRequestSchema,
  UserSchema,
} from './schemas/session.schema.js';
import {
  ChangeStageRequestSchema,
  CreateProductionRequestSchema,
  PortfolioSchema,
  ProductionSchema,
  UpdateProductionRequestSchema,
} from './schemas/production.schema.js';
import {
  AddTeamMemberRequestSchema,
  OrgChartSchema,
  RolesSchema,
  SetReportsToRequestSchema,
  TeamSchema,
} from './schemas/team.schema.js';
import {
  ActionResultSchema,
  ApprovalListQuerySchema,
  ApprovalListSchema,
  ApprovalRequestSchema,
  ApproveRequestSchema,
  AuditLogQuerySchema,
  AuditLogSchema,
  AuthorityMatrixResponseSchema,
  CatalogSchema,
  CreateDelegationRequestSchema,
  DecisionRequestSchema,
  DecisionSchema,
  DelegationListSchema,
  PerformActionRequestSchema,
  RaciSchema,
  RejectRequestSchema,
  UpdateAuthorityMatrixRequestSchema,
} from './schemas/authority.schema.js';
import { budgetRoutes } from './budget-routes.js';
import { calendarFeedRoutes } from './calendar-feed-routes.js';
import { callSheetRoutes } from './call-sheet-routes.js';
import { expenditureRoutes } from './expenditure-routes.js';
import { timecardRoutes } from './timecard-routes.js';
import { costRoutes } from './cost-routes.js';
import { progressReportRoutes } from './progress-report-routes.js';
import { productionReportRoutes } from './production-report-routes.js';
import { financingRoutes } from './financing-routes.js';
import { scheduleRoutes } from './schedule-routes.js';
import { scriptRoutes } from './script-routes.js';

const production = z.object({ productionId: IdSchema });
const approval = z.object({ requestId: IdSchema });
const documentBytes = DocumentBytesSchema;
const HIRING_ACTIONS = [
  'hiring.producer',
  'hiring.director',
  'hiring.principal-cast',
  'hiring.line-producer',
  'hiring.department-head',
  'hiring.crew',
  'team.manage-people',
] as const;

/** The whole HTTP API in one table: the server implements it, the client calls it, OpenAPI describes it. */
export const routes = {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Liveness and database check',
    authority: {
      kind: 'public',
      reason: 'Probes and the test runner check the server before signing in',
    },
    response: z.object({ ok: z.boolean(), database: z.enum(['pglite', 'postgres']) }),
  },
  openApi: {
    method: 'GET',
    path: '/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    authority: { kind: 'public', reason: 'The API description is public documentation' },
    response: z.record(z.string(), z.unknown()),
  },
  signIn: {
    method: 'POST',
    path: '/session',
    summary: 'Sign in with email and password; sets the session cookie',
    authority: { kind: 'public', reason: 'Signing in is how a caller becomes authenticated' },
    body: SignInRequestSchema,
    response: SessionSchema,
  },
  signOut: {
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out and clear the session cookie',
    authority: { kind: 'signed-in', reason: 'Ends the caller’s own session' },
    response: OkSchema,
  },
  me: {
    method: 'GET',
    path: '/me',
    summary: 'The signed-in user and the CSRF token for writes',
    authority: { kind: 'signed-in', reason: 'Returns only the caller' },
    response: SessionSchema,
  },
  createUser: {
    method: 'POST',
    path: '/users',
    summary: 'Create a user who can sign in',
    authority: {
      kind: 'admin',
      reason: 'Logins for the installation are managed by its administrators',
    },
    body: CreateUserRequestSchema,
    response: UserSchema,
    status: 201,
  },
  catalog: {
    method: 'GET',
    path: '/catalog',
    summary: 'Every action the product offers, by area',
    authority: { kind: 'signed-in', reason: 'Reference data, the same for everyone' },
    response: CatalogSchema,
  },
  roles: {
    method: 'GET',
    path: '/roles',
    summary: 'The roles of a producing team and what each is responsible for',
    authority: { kind: 'signed-in', reason: 'Reference data, the same for everyone' },
    response: RolesSchema,
  },
  portfolio: {
    method: 'GET',
    path: '/productions',
    summary: 'The productions the caller holds a role on, with stage and pending approvals',
    authority: { kind: 'signed-in', reason: 'Lists only productions the caller is on' },
    response: PortfolioSchema,
  },
  createProduction: {
    method: 'POST',
    path: '/productions',
    summary: 'Start a production in development; the creator becomes its executive producer',
    authority: {
      kind: 'signed-in',
      reason: 'Anyone may develop a project; the matrix governs it from then on',
    },
    body: CreateProductionRequestSchema,
    response: ProductionSchema,
    status: 201,
  },
  getProduction: {
    method: 'GET',
    path: '/productions/:productionId',
    summary: 'One production',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    response: ProductionSchema,
  },
  updateProduction: {
    method: 'PATCH',
    path: '/productions/:productionId',
    summary: 'Edit title, kind, time zone, seasons and episodes',
    authority: { kind: 'action', action: 'production.edit' },
    params: production,
    body: UpdateProductionRequestSchema,
    response: ActionResultSchema,
  },
  changeStage: {
    method: 'POST',
    path: '/productions/:productionId/stage',
    summary: 'Move the production to another stage (the greenlight is the move out of development)',
    authority: {
      kind: 'one-of',
      actions: ['production.greenlight', 'production.advance-stage', 'production.cancel'],
      how: 'development → pre-production is the greenlight; cancelled is a cancellation; any other move forward advances the stage',
    },
    params: production,
    body: ChangeStageRequestSchema,
    response: ActionResultSchema,
  },
  team: {
    method: 'GET',
    path: '/productions/:productionId/team',
    summary: 'Everyone on the production and their roles',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    response: TeamSchema,
  },
  addTeamMember: {
    method: 'POST',
    path: '/productions/:productionId/team',
    summary: 'Bring a person onto the production in a role (a hire)',
    authority: {
      kind: 'one-of',
      actions: HIRING_ACTIONS,
      how: 'The hiring action that matches the role: producers, director, cast, line producer and managers, department heads, crew; other roles are managed people',
    },
    params: production,
    body: AddTeamMemberRequestSchema,
    response: ActionResultSchema,
  },
  setReportsTo: {
    method: 'PUT',
    path: '/productions/:productionId/team/:assignmentId/reports-to',
    summary: 'Change whom a team member reports to',
    authority: { kind: 'action', action: 'team.edit-reporting-lines' },
    params: z.object({ productionId: IdSchema, assignmentId: IdSchema }),
    body: SetReportsToRequestSchema,
    response: ActionResultSchema,
  },
  orgChart: {
    method: 'GET',
    path: '/productions/:productionId/org-chart',
    summary: 'The org chart derived from the reporting lines',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    response: OrgChartSchema,
  },
  authorityMatrix: {
    method: 'GET',
    path: '/productions/:productionId/authority-matrix',
    summary: 'Who may do, request and approve each action; signing limits; final say',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    response: AuthorityMatrixResponseSchema,
  },
  updateAuthorityMatrix: {
    method: 'PUT',
    path: '/productions/:productionId/authority-matrix',
    summary:
      'Replace the authority matrix (rules and final say need edit-matrix; limits need set-signing-limits)',
    authority: {
      kind: 'one-of',
      actions: ['authority.edit-matrix', 'authority.set-signing-limits'],
      how: 'Changing rules or final say is editing the matrix; changing limits is setting signing limits; a change to both needs both',
    },
    params: production,
    body: UpdateAuthorityMatrixRequestSchema,
    response: ActionResultSchema,
  },
  decide: {
    method: 'POST',
    path: '/productions/:productionId/decisions',
    summary: 'Ask the matrix whether the caller may do an action, without doing it',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    body: DecisionRequestSchema,
    response: DecisionSchema,
  },
  performAction: {
    method: 'POST',
    path: '/productions/:productionId/actions',
    summary: 'Take any action of the catalog: done at once, routed for approval, or refused',
    authority: { kind: 'action-in-body' },
    params: production,
    body: PerformActionRequestSchema,
    response: ActionResultSchema,
  },
  delegations: {
    method: 'GET',
    path: '/productions/:productionId/delegations',
    summary: 'Authority lent from one person to another',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    response: DelegationListSchema,
  },
  createDelegation: {
    method: 'POST',
    path: '/productions/:productionId/delegations',
    summary: 'Lend some of your authority to someone for a period',
    authority: { kind: 'action', action: 'authority.delegate' },
    params: production,
    body: CreateDelegationRequestSchema,
    response: ActionResultSchema,
  },
  revokeDelegation: {
    method: 'DELETE',
    path: '/productions/:productionId/delegations/:delegationId',
    summary: 'End a delegation early',
    authority: { kind: 'action', action: 'authority.delegate' },
    params: z.object({ productionId: IdSchema, delegationId: IdSchema }),
    response: ActionResultSchema,
  },
  approvals: {
    method: 'GET',
    path: '/approvals',
    summary: 'Approval requests across the caller’s productions (the inbox)',
    authority: { kind: 'signed-in', reason: 'Lists only requests on productions the caller is on' },
    query: ApprovalListQuerySchema,
    response: ApprovalListSchema,
  },
  productionApprovals: {
    method: 'GET',
    path: '/productions/:productionId/approvals',
    summary: 'Every approval request of one production',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    query: ApprovalListQuerySchema,
    response: ApprovalListSchema,
  },
  approval: {
    method: 'GET',
    path: '/approvals/:requestId',
    summary: 'One approval request',
    authority: { kind: 'action', action: 'production.view' },
    params: approval,
    response: ApprovalRequestSchema,
  },
  approve: {
    method: 'POST',
    path: '/approvals/:requestId/approve',
    summary: 'Approve a request (you must hold enough authority now, and not be the requester)',
    authority: { kind: 'action', action: 'approvals.decide' },
    params: approval,
    body: ApproveRequestSchema,
    response: ApprovalRequestSchema,
  },
  reject: {
    method: 'POST',
    path: '/approvals/:requestId/reject',
    summary: 'Reject a request, with the reason',
    authority: { kind: 'action', action: 'approvals.decide' },
    params: approval,
    body: RejectRequestSchema,
    response: ApprovalRequestSchema,
  },
  escalate: {
    method: 'POST',
    path: '/approvals/:requestId/escalate',
    summary: 'Send a request up the reporting line, toward the final say',
    authority: { kind: 'action', action: 'approvals.decide' },
    params: approval,
    response: ApprovalRequestSchema,
  },
  withdraw: {
    method: 'POST',
    path: '/approvals/:requestId/withdraw',
    summary: 'Withdraw your own pending request',
    authority: { kind: 'action', action: 'approvals.decide' },
    params: approval,
    response: ApprovalRequestSchema,
  },
  auditLog: {
    method: 'GET',
    path: '/productions/:productionId/audit-log',
    summary: 'The append-only record of every decision and approval, newest first',
    authority: { kind: 'action', action: 'audit.view' },
    params: production,
    query: AuditLogQuerySchema,
    response: AuditLogSchema,
  },
  auditLogPdf: {
    method: 'GET',
    path: '/productions/:productionId/audit-log.pdf',
    summary:
      'The whole audit log as a PDF, oldest first, for stakeholders and the production files',
    authority: { kind: 'action', action: 'audit.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.pdf,
  },
  ...scriptRoutes,
  ...scheduleRoutes,
  ...calendarFeedRoutes,
  ...callSheetRoutes,
  ...productionReportRoutes,
  ...expenditureRoutes,
  ...budgetRoutes,
  ...financingRoutes,
  ...costRoutes,
  ...progressReportRoutes,
  ...timecardRoutes,
  raci: {
    method: 'GET',
    path: '/productions/:productionId/raci',
    summary: 'Responsible, accountable, consulted, informed per area, derived from the matrix',
    authority: { kind: 'action', action: 'production.view' },
    params: production,
    response: RaciSchema,
  },
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
