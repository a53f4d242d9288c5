import { z } from 'zod';
import type { ScriptDiagnostic, ScriptDocument } from '@greenlight/domain';
import {
  ActionIdSchema,
  AuthorityMatrixSchema,
  CalendarDateSchema,
  MoneyLimitSchema,
  DepartmentSchema,
  ProductionStageSchema,
  RoleSchema,
  UpdateProductionRequestSchema,
  BreakdownCategorySchema,
  ScriptDocumentSchema,
  ScriptDiagnosticSchema,
  ScriptFileFormatSchema,
  TextAnchorSchema,
  ProductionUnitSchema,
  StripSchema,
  StripboardKindSchema,
  UpdateScheduleSettingsRequestSchema,
} from '@greenlight/contract';
import {
  BUDGET_EFFECT_SCHEMAS,
  FINANCING_EFFECT_SCHEMAS,
  GreenlightOverrideSchema,
} from './budget-effects.js';
import { CALL_SHEET_EFFECT_SCHEMAS } from './call-sheet-effects.js';
import { COST_EFFECT_SCHEMAS } from './cost-effects.js';
import { TIMECARD_EFFECT_SCHEMAS } from './timecard-effects.js';
import { PRODUCTION_REPORT_EFFECT_SCHEMAS } from './production-report-effects.js';

/**
 * What an action does once it is allowed: at once, or when its approval request is approved. Stored in the
 * request's payload, so an approval days later does exactly what was asked, no more.
 */
export const ActionEffectSchema = z.discriminatedUnion('kind', [
  /** The decision itself is the record (a creative approval, a deal signed outside the system). */
  z.object({ kind: z.literal('record-only') }),
  z.object({ kind: z.literal('commit-expenditure'), expenditureId: z.uuid() }),
  z.object({ kind: z.literal('update-production'), changes: UpdateProductionRequestSchema }),
  z.object({
    kind: z.literal('change-stage'),
    from: ProductionStageSchema,
    to: ProductionStageSchema,
    /** A greenlight past a refusing gate, on the final financial say's record. */
    override: GreenlightOverrideSchema.optional(),
  }),
  z.object({
    kind: z.literal('add-team-member'),
    personId: z.uuid().nullable(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    role: RoleSchema,
    department: DepartmentSchema.nullable(),
  }),
  z.object({
    kind: z.literal('create-delegation'),
    id: z.uuid(),
    fromPersonId: z.uuid(),
    toPersonId: z.uuid(),
    actions: z.array(ActionIdSchema).min(1),
    startsOn: CalendarDateSchema,
    endsOn: CalendarDateSchema,
    limit: MoneyLimitSchema,
  }),
  z.object({ kind: z.literal('revoke-delegation'), delegationId: z.uuid() }),
  z.object({
    kind: z.literal('set-reports-to'),
    assignmentId: z.uuid(),
    reportsTo: z.uuid().nullable(),
  }),
  z.object({
    kind: z.literal('import-script-draft'),
    importedBy: z.uuid(),
    fileName: z.string(),
    format: ScriptFileFormatSchema,
    title: z.string().nullable(),
    revisionColour: z.string(),
    draftDate: CalendarDateSchema,
    // Checked by the contract's schemas, typed as the domain's (readonly, exact optional) types.
    document: z.custom<ScriptDocument>((value) => ScriptDocumentSchema.safeParse(value).success),
    diagnostics: z.custom<ScriptDiagnostic[]>(
      (value) => z.array(ScriptDiagnosticSchema).safeParse(value).success,
    ),
    importedTags: z.array(
      z.object({
        categoryName: z.string(),
        label: z.string(),
        elementIndex: z.number().int(),
        start: z.number().int(),
        end: z.number().int(),
      }),
    ),
  }),
  z.object({
    kind: z.literal('tag-elements'),
    draftId: z.uuid(),
    tags: z.array(
      z.object({
        sceneId: z.uuid(),
        anchor: TextAnchorSchema.nullable(),
        elementId: z.uuid().nullable(),
        category: BreakdownCategorySchema,
        name: z.string(),
      }),
    ),
  }),
  z.object({ kind: z.literal('remove-tag'), tagId: z.uuid() }),
  z.object({
    kind: z.literal('resolve-tag-review'),
    tagId: z.uuid(),
    resolution: z.enum(['remove', 'keep-on-sheet', 'reanchor']),
    place: z.object({ draftId: z.uuid(), sceneId: z.uuid(), anchor: TextAnchorSchema }).nullable(),
  }),
  z.object({
    kind: z.literal('update-element'),
    elementId: z.uuid(),
    name: z.string().optional(),
    castNumber: z.number().int().nullable().optional(),
  }),
  z.object({ kind: z.literal('number-cast') }),
  z.object({
    kind: z.literal('set-shooting-location'),
    set: z.string(),
    shootingLocation: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('save-schedule-settings'),
    settings: UpdateScheduleSettingsRequestSchema.omit({ version: true }),
    version: z.number().int().nullable(),
  }),
  z.object({
    kind: z.literal('set-cast-details'),
    elementId: z.uuid(),
    dailyRate: z.number().int().nullable().optional(),
    personId: z.uuid().nullable().optional(),
  }),
  z.object({
    kind: z.literal('create-board'),
    name: z.string(),
    boardKind: StripboardKindSchema,
    unit: ProductionUnitSchema,
    strips: z.array(StripSchema),
    createdBy: z.uuid(),
  }),
  z.object({
    kind: z.literal('update-board'),
    boardId: z.uuid(),
    version: z.number().int(),
    strips: z.array(StripSchema).optional(),
    locked: z.boolean().optional(),
    name: z.string().optional(),
  }),
  z.object({
    kind: z.literal('replace-matrix'),
    matrix: AuthorityMatrixSchema,
    version: z.number().int(),
  }),
  ...BUDGET_EFFECT_SCHEMAS,
  ...FINANCING_EFFECT_SCHEMAS,
  ...CALL_SHEET_EFFECT_SCHEMAS,
  ...PRODUCTION_REPORT_EFFECT_SCHEMAS,
  ...COST_EFFECT_SCHEMAS,
  ...TIMECARD_EFFECT_SCHEMAS,
]);
export type ActionEffect = z.infer<typeof ActionEffectSchema>;

/** The payload of an approval request: the effect, plus free details the requester attached. */
export const RequestPayloadSchema = z.object({
  effect: ActionEffectSchema,
  details: z.json().optional(),
});
export type RequestPayload = z.infer<typeof RequestPayloadSchema>;
