import { z } from 'zod';
import { BREAKDOWN_CATEGORIES, SCRIPT_FILE_FORMATS } from '@greenlight/domain';
import { CalendarDateSchema, IdSchema, InstantSchema } from './common.schema.js';

export const BreakdownCategorySchema = z.enum(BREAKDOWN_CATEGORIES);
export const ScriptFileFormatSchema = z.enum(SCRIPT_FILE_FORMATS as ['fountain', 'fdx', 'pdf']);

/** 10 MB: a feature screenplay is a few hundred kilobytes (a PDF a few megabytes). */
export const MAX_SCRIPT_FILE_BYTES = 10 * 1024 * 1024;
const MAX_BASE64_CHARACTERS = Math.ceil(MAX_SCRIPT_FILE_BYTES / 3) * 4;

// ---- The parsed script, as the script view reads it -------------------------------------------------------

const StyleSpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  style: z.enum(['bold', 'italic', 'underline']),
});
const line = { line: z.number().int().optional() };
const styled = { text: z.string(), styles: z.array(StyleSpanSchema).optional() };

export const ScriptElementSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('scene-heading'),
    text: z.string(),
    sceneNumber: z.string().nullable(),
    declaredEighths: z.number().optional(),
    declaredPage: z.number().optional(),
    ...line,
  }),
  z.object({ type: z.literal('action'), centered: z.boolean(), ...styled, ...line }),
  z.object({
    type: z.literal('character'),
    name: z.string(),
    text: z.string(),
    extensions: z.array(z.string()),
    dual: z.enum(['left', 'right']).nullable(),
    ...line,
  }),
  z.object({ type: z.literal('parenthetical'), text: z.string(), ...line }),
  z.object({ type: z.literal('dialogue'), ...styled, ...line }),
  z.object({ type: z.literal('lyrics'), ...styled, ...line }),
  z.object({ type: z.literal('transition'), text: z.string(), ...line }),
  z.object({ type: z.literal('section'), text: z.string(), depth: z.number().int(), ...line }),
  z.object({ type: z.literal('synopsis'), text: z.string(), ...line }),
  z.object({ type: z.literal('note'), text: z.string(), ...line }),
  z.object({ type: z.literal('page-break'), ...line }),
]);
export type ScriptElementDto = z.infer<typeof ScriptElementSchema>;

export const ScriptDocumentSchema = z.object({
  titlePage: z.array(z.object({ key: z.string(), values: z.array(z.string()) })),
  elements: z.array(ScriptElementSchema),
});

export const ScriptDiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

// ---- Drafts and scenes ---------------------------------------------------------------------------------

export const OmittedSceneSchema = z.object({
  sceneId: IdSchema,
  number: z.string(),
  heading: z.string(),
});

export const ScriptDraftSchema = z.object({
  id: IdSchema,
  number: z.number().int(),
  title: z.string().nullable(),
  revisionColour: z.string().describe('white, blue, pink, yellow, green, goldenrod, …'),
  revisionLabel: z.string().describe('“Blue revision”; the first draft is “White draft”'),
  revisionHex: z.string(),
  draftDate: CalendarDateSchema,
  fileName: z.string(),
  format: ScriptFileFormatSchema,
  importedByName: z.string(),
  importedAt: InstantSchema,
  diagnostics: z.array(ScriptDiagnosticSchema),
  sceneCounts: z.object({
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    omitted: z.number().int(),
  }),
  omitted: z.array(OmittedSceneSchema),
});
export type ScriptDraftDto = z.infer<typeof ScriptDraftSchema>;

export const SceneSchema = z.object({
  id: IdSchema.describe('The scene’s identity across drafts'),
  number: z.string(),
  heading: z.string(),
  intExt: z.enum(['INT', 'EXT', 'INT/EXT']).nullable(),
  set: z.string().describe('The heading’s location part: the set'),
  time: z.string().nullable(),
  dayNight: z
    .enum(['day', 'night'])
    .describe('Day or night, CONTINUOUS and LATER carried on from the scene before'),
  pageStart: z.number().int(),
  eighths: z.number().int().describe('Length in eighths of a page'),
  pages: z.string().describe('The length as a page count: `1 3/8`'),
  characters: z.array(z.string()).describe('Speaking characters'),
  nonSpeaking: z.array(z.string()).describe('Characters named in the action who do not speak'),
  synopsis: z.string().nullable(),
  /** Elements [elementStart, elementEnd) of the draft's document are this scene's. */
  elementStart: z.number().int(),
  elementEnd: z.number().int(),
  status: z.enum(['added', 'changed', 'unchanged']),
  previousNumber: z.string().nullable(),
  castNumbers: z.array(z.number().int()),
  shootingLocation: z.string().nullable(),
});
export type SceneDto = z.infer<typeof SceneSchema>;

export const TextAnchorSchema = z.object({
  elementIndex: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string(),
});

export const BreakdownElementSchema = z.object({
  id: IdSchema,
  category: BreakdownCategorySchema,
  name: z.string(),
  castNumber: z.number().int().nullable(),
  sceneCount: z.number().int(),
});
export type BreakdownElementDto = z.infer<typeof BreakdownElementSchema>;

export const BreakdownTagSchema = z.object({
  id: IdSchema,
  elementId: IdSchema,
  sceneId: IdSchema,
  /** Null: the element is on the scene's sheet without marking the text. */
  anchor: TextAnchorSchema.nullable(),
  /** Whether the anchor points into the current draft (false while it waits for review). */
  current: z.boolean(),
  review: z.enum(['scene-omitted', 'text-not-found']).nullable(),
});
export type BreakdownTagDto = z.infer<typeof BreakdownTagSchema>;

export const TagReviewItemSchema = z.object({
  tagId: IdSchema,
  elementId: IdSchema,
  elementName: z.string(),
  category: BreakdownCategorySchema,
  reason: z.enum(['scene-omitted', 'text-not-found']),
  sceneId: IdSchema,
  sceneNumber: z.string().describe('The scene’s number in the draft the tag was made on'),
  sceneHeading: z.string(),
  text: z.string().nullable().describe('The tagged text as it read'),
});
export type TagReviewItemDto = z.infer<typeof TagReviewItemSchema>;

export const CategoryInfoSchema = z.object({
  id: BreakdownCategorySchema,
  label: z.string(),
  colour: z.string(),
  mark: z.enum(['highlight', 'circle', 'asterisk', 'box', 'underline']),
  department: z.string(),
});

/** Everything the script page needs in one answer: the current draft, its scenes and the breakdown. */
export const ScriptOverviewSchema = z.object({
  draft: ScriptDraftSchema.nullable(),
  drafts: z.array(ScriptDraftSchema),
  document: ScriptDocumentSchema.nullable(),
  scenes: z.array(SceneSchema),
  totalEighths: z.number().int(),
  totalPages: z.string(),
  elements: z.array(BreakdownElementSchema),
  tags: z.array(BreakdownTagSchema),
  review: z.array(TagReviewItemSchema),
  categories: z.array(CategoryInfoSchema),
  nextRevision: z.object({ colour: z.string(), label: z.string() }),
});
export type ScriptOverviewDto = z.infer<typeof ScriptOverviewSchema>;

// ---- Importing a draft -------------------------------------------------------------------------------------

export const ImportDraftRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  content: z
    .base64()
    .max(MAX_BASE64_CHARACTERS, 'the file is over the 10 MB limit for scripts')
    .describe('The file’s bytes, base64'),
  revisionColour: z
    .string()
    .optional()
    .describe('Defaults to the next colour in the industry’s order'),
  draftDate: CalendarDateSchema.optional().describe('Defaults to today in the production’s zone'),
});
export type ImportDraftRequest = z.infer<typeof ImportDraftRequestSchema>;

// ---- Editing the breakdown ---------------------------------------------------------------------------------

export const TagInputSchema = z
  .object({
    sceneId: IdSchema,
    /** The span of the current draft to mark; omitted to put the element on the sheet only. */
    anchor: z
      .object({
        elementIndex: z.number().int().min(0),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
      })
      .refine((a) => a.end > a.start, 'the span must not be empty')
      .optional(),
    elementId: IdSchema.optional(),
    category: BreakdownCategorySchema.optional(),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .refine(
    (t) => t.elementId !== undefined || (t.category !== undefined && t.name !== undefined),
    'name an existing element (elementId) or give a category and a name',
  );

export const TagElementsRequestSchema = z.object({
  draftId: IdSchema.describe('The draft the anchors refer to: must be the current one'),
  tags: z.array(TagInputSchema).min(1).max(500),
});
export type TagElementsRequest = z.infer<typeof TagElementsRequestSchema>;

export const UpdateElementRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    castNumber: z.number().int().min(1).max(9999).nullable().optional(),
  })
  .refine((c) => c.name !== undefined || c.castNumber !== undefined, 'nothing to change');
export type UpdateElementRequest = z.infer<typeof UpdateElementRequestSchema>;

export const SetShootingLocationRequestSchema = z.object({
  set: z.string().trim().min(1).max(300),
  shootingLocation: z.string().trim().max(300).nullable(),
});
export type SetShootingLocationRequest = z.infer<typeof SetShootingLocationRequestSchema>;

export const ResolveTagReviewRequestSchema = z.discriminatedUnion('resolution', [
  z.object({ resolution: z.literal('remove') }),
  z.object({ resolution: z.literal('keep-on-sheet') }),
  z.object({
    resolution: z.literal('reanchor'),
    draftId: IdSchema,
    sceneId: IdSchema,
    anchor: z.object({
      elementIndex: z.number().int().min(0),
      start: z.number().int().min(0),
      end: z.number().int().min(1),
    }),
  }),
]);
export type ResolveTagReviewRequest = z.infer<typeof ResolveTagReviewRequestSchema>;

// ---- Reports -------------------------------------------------------------------------------------------

export const SuggestionSchema = z.object({
  category: BreakdownCategorySchema.nullable(),
  name: z.string(),
  sceneId: IdSchema,
  anchor: TextAnchorSchema,
  reason: z.enum(['speaks', 'first-appearance', 'capitalised']),
});
export const SuggestionListSchema = z.object({
  draftId: IdSchema.nullable(),
  suggestions: z.array(SuggestionSchema),
});
export type SuggestionDto = z.infer<typeof SuggestionSchema>;

const SheetItemSchema = z.object({
  elementId: IdSchema,
  name: z.string(),
  castNumber: z.number().int().nullable(),
  label: z.string(),
});
export const BreakdownSheetSchema = z.object({
  sceneId: IdSchema,
  sceneNumber: z.string(),
  heading: z.string(),
  intExt: z.enum(['INT', 'EXT', 'INT/EXT']).nullable(),
  set: z.string(),
  shootingLocation: z.string().nullable(),
  time: z.string().nullable(),
  eighths: z.number().int(),
  pages: z.string(),
  pageStart: z.number().int(),
  synopsis: z.string().nullable(),
  categories: z.array(
    z.object({
      category: BreakdownCategorySchema,
      label: z.string(),
      colour: z.string(),
      items: z.array(SheetItemSchema),
    }),
  ),
});
export type BreakdownSheetDto = z.infer<typeof BreakdownSheetSchema>;
export const BreakdownSheetListSchema = z.object({ sheets: z.array(BreakdownSheetSchema) });

export const ElementListsSchema = z.object({
  elements: z.array(
    z.object({
      elementId: IdSchema,
      category: BreakdownCategorySchema,
      name: z.string(),
      castNumber: z.number().int().nullable(),
      sceneIds: z.array(IdSchema),
      sceneNumbers: z.array(z.string()),
      eighths: z.number().int(),
      pages: z.string(),
    }),
  ),
  cast: z.array(
    z.object({
      elementId: IdSchema,
      castNumber: z.number().int().nullable(),
      name: z.string(),
      sceneCount: z.number().int(),
      eighths: z.number().int(),
      pages: z.string(),
      firstSceneNumber: z.string().nullable(),
    }),
  ),
  sets: z.array(
    z.object({
      name: z.string(),
      intExt: z.array(z.enum(['INT', 'EXT', 'INT/EXT'])),
      sceneIds: z.array(IdSchema),
      sceneNumbers: z.array(z.string()),
      eighths: z.number().int(),
      pages: z.string(),
      shootingLocation: z.string().nullable(),
    }),
  ),
});
export type ElementListsDto = z.infer<typeof ElementListsSchema>;
