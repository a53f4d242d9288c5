import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { IdSchema } from './schemas/common.schema.js';
import {
  ApplyScheduleFeedRequestSchema,
  BudgetComparisonQuerySchema,
  BudgetComparisonSchema,
  BudgetListSchema,
  BudgetTransitionRequestSchema,
  BudgetVersionQuerySchema,
  BudgetVersionSchema,
  CreateBudgetRequestSchema,
  EditBudgetLinesRequestSchema,
  ScheduleFeedSchema,
  StartBudgetRevisionRequestSchema,
  TopSheetSchema,
  UpdateBudgetSetupRequestSchema,
} from './schemas/budget.schema.js';
import { ImportBudgetRequestSchema, MAX_BUDGET_FILE_BYTES } from './schemas/budget-file.schema.js';

const production = z.object({ productionId: IdSchema });
const version = z.object({ productionId: IdSchema, versionId: IdSchema });
const documentBytes = DocumentBytesSchema;

/** Budgets, their versions, the top sheet, comparisons and the schedule feed (part of the one route table). */
export const budgetRoutes = {
  budgets: {
    method: 'GET',
    path: '/productions/:productionId/budgets',
    summary:
      'The production’s budgets with their versions (status, revision, grand total) and the templates',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    response: BudgetListSchema,
  },
  createBudget: {
    method: 'POST',
    path: '/productions/:productionId/budgets',
    summary:
      'Make a budget from a template (feature film or episodic TV) in a currency: a first draft with its chart of accounts, fringes, globals, contingency and bond',
    authority: { kind: 'action', action: 'budget.edit-top-sheet' },
    params: production,
    body: CreateBudgetRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  importBudget: {
    method: 'POST',
    path: '/productions/:productionId/budgets/import',
    summary:
      'Make a budget from a budget file (Greenlight’s CSV or XLSX, base64): a first draft with the file’s accounts, fringes, globals, rates and lines; a file with errors is refused with every error and its row',
    authority: { kind: 'action', action: 'budget.edit-top-sheet' },
    params: production,
    body: ImportBudgetRequestSchema,
    response: ActionResultSchema,
    status: 201,
    bodyLimit: Math.ceil((MAX_BUDGET_FILE_BYTES * 4) / 3) + 64 * 1024,
  },
  budgetVersionCsv: {
    method: 'GET',
    path: '/productions/:productionId/budget-versions/:versionId/budget.csv',
    summary:
      'A budget version as a budget file in CSV (setup and lines; reads back without loss, README “Budget files”)',
    authority: { kind: 'action', action: 'budget.view' },
    params: version,
    response: documentBytes,
    produces: DOCUMENT_TYPES.csv,
  },
  budgetVersionXlsx: {
    method: 'GET',
    path: '/productions/:productionId/budget-versions/:versionId/budget.xlsx',
    summary:
      'A budget version as an Excel workbook (the Budget sheet reads back without loss; a Top sheet for people)',
    authority: { kind: 'action', action: 'budget.view' },
    params: version,
    response: documentBytes,
    produces: DOCUMENT_TYPES.xlsx,
  },
  budgetVersionPdf: {
    method: 'GET',
    path: '/productions/:productionId/budget-versions/:versionId/budget.pdf',
    summary: 'A budget version as a PDF: the top sheet, then the detail account by account',
    authority: { kind: 'action', action: 'budget.view' },
    params: version,
    response: documentBytes,
    produces: DOCUMENT_TYPES.pdf,
  },
  budgetVersion: {
    method: 'GET',
    path: '/productions/:productionId/budget-versions/:versionId',
    summary:
      'A budget version worked out: setup, detail lines with their totals and fringes (all, one account’s, or a page), the top sheet',
    authority: { kind: 'action', action: 'budget.view' },
    params: version,
    query: BudgetVersionQuerySchema,
    response: BudgetVersionSchema,
  },
  budgetTopSheet: {
    method: 'GET',
    path: '/productions/:productionId/budget-versions/:versionId/top-sheet',
    summary:
      'The top sheet of a budget version: accounts by section, subtotal, contingency, bond, grand total',
    authority: { kind: 'action', action: 'budget.view' },
    params: version,
    response: TopSheetSchema,
  },
  editBudgetLines: {
    method: 'PATCH',
    path: '/productions/:productionId/budget-versions/:versionId/lines',
    summary:
      'Add, change and remove detail lines of a draft in one batch, at the revision it was loaded at; answers the lines and totals as they now are',
    authority: { kind: 'action', action: 'budget.edit-detail' },
    params: version,
    body: EditBudgetLinesRequestSchema,
    response: ActionResultSchema,
    // A paste of thousands of lines.
    bodyLimit: 32 * 1024 * 1024,
  },
  updateBudgetSetup: {
    method: 'PUT',
    path: '/productions/:productionId/budget-versions/:versionId/setup',
    summary:
      'Replace a draft’s setup: exchange rates, globals, fringes, chart of accounts (with departments) and percentage items',
    authority: { kind: 'action', action: 'budget.edit-top-sheet' },
    params: version,
    body: UpdateBudgetSetupRequestSchema,
    response: ActionResultSchema,
  },
  budgetTransition: {
    method: 'POST',
    path: '/productions/:productionId/budget-versions/:versionId/transitions',
    summary:
      'Submit a draft for approval, withdraw it, return it for changes, or approve it (approving locks the version it revises)',
    authority: {
      kind: 'one-of',
      actions: ['budget.edit-top-sheet', 'budget.approve'],
      how: 'submit and withdraw are preparing the budget (budget.edit-top-sheet); approve and return are the approver’s (budget.approve)',
    },
    params: version,
    body: BudgetTransitionRequestSchema,
    response: ActionResultSchema,
  },
  startBudgetRevision: {
    method: 'POST',
    path: '/productions/:productionId/budget-versions/:versionId/revisions',
    summary:
      'Start a revision of the approved budget: a new draft version copied from it, approved again before it replaces it',
    authority: { kind: 'action', action: 'budget.edit-top-sheet' },
    params: version,
    body: StartBudgetRevisionRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  compareBudgets: {
    method: 'GET',
    path: '/productions/:productionId/budget-comparison',
    summary:
      'Two budget versions line by line: lines added, removed and changed, and the differences per account, section and in the grand total',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    query: BudgetComparisonQuerySchema,
    response: BudgetComparisonSchema,
  },
  budgetScheduleFeed: {
    method: 'GET',
    path: '/productions/:productionId/budget-versions/:versionId/schedule-feed',
    summary:
      'What the main unit’s shooting board would change in a budget version: globals and lines linked to shoot days and cast work days, old and new, and the new grand total',
    authority: { kind: 'action', action: 'budget.view' },
    params: version,
    response: ScheduleFeedSchema,
  },
  applyBudgetScheduleFeed: {
    method: 'POST',
    path: '/productions/:productionId/budget-versions/:versionId/schedule-feed/apply',
    summary:
      'Apply the schedule’s quantities to a draft: all of them, or the globals and lines chosen',
    authority: { kind: 'action', action: 'budget.edit-detail' },
    params: version,
    body: ApplyScheduleFeedRequestSchema,
    response: ActionResultSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
