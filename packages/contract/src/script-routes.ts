import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { IdSchema } from './schemas/common.schema.js';
import {
  BreakdownSheetListSchema,
  ElementListsSchema,
  ImportDraftRequestSchema,
  MAX_SCRIPT_FILE_BYTES,
  ResolveTagReviewRequestSchema,
  ScriptOverviewSchema,
  SetShootingLocationRequestSchema,
  SuggestionListSchema,
  TagElementsRequestSchema,
  UpdateElementRequestSchema,
} from './schemas/script.schema.js';

const production = z.object({ productionId: IdSchema });
const tag = z.object({ productionId: IdSchema, tagId: IdSchema });
const element = z.object({ productionId: IdSchema, elementId: IdSchema });
const documentBytes = DocumentBytesSchema;

/** The script and its breakdown: drafts, scenes, tagging, sheets and lists (part of the one route table). */
export const scriptRoutes = {
  script: {
    method: 'GET',
    path: '/productions/:productionId/script',
    summary:
      'The current draft of the script with its scenes, breakdown elements and tags, the drafts before it, and the tags a revision left for review',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: ScriptOverviewSchema,
  },
  importDraft: {
    method: 'POST',
    path: '/productions/:productionId/script/drafts',
    summary:
      'Import a draft (Fountain, Final Draft or PDF, base64): a revision of the script when one exists, matched scene by scene so the breakdown carries over',
    authority: { kind: 'action', action: 'script.import-draft' },
    params: production,
    body: ImportDraftRequestSchema,
    response: ActionResultSchema,
    status: 201,
    bodyLimit: Math.ceil((MAX_SCRIPT_FILE_BYTES * 4) / 3) + 64 * 1024,
  },
  suggestions: {
    method: 'GET',
    path: '/productions/:productionId/script/suggestions',
    summary:
      'Elements the current draft suggests: cast from dialogue, capitalised first appearances in the action',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: SuggestionListSchema,
  },
  sceneListCsv: {
    method: 'GET',
    path: '/productions/:productionId/script/scenes.csv',
    summary: 'The scene list of the current draft as CSV',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.csv,
  },
  sceneListXlsx: {
    method: 'GET',
    path: '/productions/:productionId/script/scenes.xlsx',
    summary: 'The scene list of the current draft as an Excel workbook',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.xlsx,
  },
  tagElements: {
    method: 'POST',
    path: '/productions/:productionId/breakdown/tags',
    summary:
      'Tag spans of the current draft (or whole scenes) as breakdown elements, creating elements by category and name as needed',
    authority: { kind: 'action', action: 'breakdown.edit' },
    params: production,
    body: TagElementsRequestSchema,
    response: ActionResultSchema,
  },
  removeTag: {
    method: 'DELETE',
    path: '/productions/:productionId/breakdown/tags/:tagId',
    summary: 'Take an element off a scene (untag)',
    authority: { kind: 'action', action: 'breakdown.edit' },
    params: tag,
    response: ActionResultSchema,
  },
  resolveTagReview: {
    method: 'POST',
    path: '/productions/:productionId/breakdown/tags/:tagId/review',
    summary:
      'Settle a tag a revision left for review: remove it, keep the element on the scene’s sheet, or mark its text again',
    authority: { kind: 'action', action: 'breakdown.edit' },
    params: tag,
    body: ResolveTagReviewRequestSchema,
    response: ActionResultSchema,
  },
  updateElement: {
    method: 'PATCH',
    path: '/productions/:productionId/breakdown/elements/:elementId',
    summary: 'Rename an element or set a cast member’s cast number',
    authority: { kind: 'action', action: 'breakdown.edit' },
    params: element,
    body: UpdateElementRequestSchema,
    response: ActionResultSchema,
  },
  numberCast: {
    method: 'POST',
    path: '/productions/:productionId/breakdown/cast-numbers',
    summary:
      'Give every cast member without a number the next free one, the most-used characters first',
    authority: { kind: 'action', action: 'breakdown.edit' },
    params: production,
    response: ActionResultSchema,
  },
  setShootingLocation: {
    method: 'PUT',
    path: '/productions/:productionId/breakdown/sets',
    summary: 'Map a set to the shooting location where it will be filmed (null to clear)',
    authority: { kind: 'action', action: 'breakdown.edit' },
    params: production,
    body: SetShootingLocationRequestSchema,
    response: ActionResultSchema,
  },
  breakdownSheets: {
    method: 'GET',
    path: '/productions/:productionId/breakdown/sheets',
    summary: 'A breakdown sheet per scene of the current draft',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: BreakdownSheetListSchema,
  },
  breakdownSheetsPdf: {
    method: 'GET',
    path: '/productions/:productionId/breakdown/sheets.pdf',
    summary: 'Every breakdown sheet as a PDF, one scene a page',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.pdf,
  },
  elementLists: {
    method: 'GET',
    path: '/productions/:productionId/breakdown/elements',
    summary:
      'Element lists across the script (which scenes need each element), the cast list with cast numbers, and the sets with their shooting locations',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: ElementListsSchema,
  },
  elementListCsv: {
    method: 'GET',
    path: '/productions/:productionId/breakdown/elements.csv',
    summary: 'The element lists as CSV',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.csv,
  },
  elementListXlsx: {
    method: 'GET',
    path: '/productions/:productionId/breakdown/elements.xlsx',
    summary: 'The element lists as an Excel workbook',
    authority: { kind: 'action', action: 'script.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.xlsx,
  },
} as const satisfies Record<string, RouteDefinition>;
