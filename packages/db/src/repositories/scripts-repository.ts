import {
  DomainError,
  SCRIPT_FILE_FORMATS,
  type CalendarDate,
  type DraftScene,
  type DraftSceneStatus,
  type Instant,
  type IntExt,
  type OmittedScene,
  type PersonId,
  type ProductionId,
  type ScriptDiagnostic,
  type ScriptDocument,
  type ScriptDraft,
  type ScriptDraftSummary,
  type ScriptFileFormat,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, DraftScenesTable, ScriptDraftsTable } from '../database-schema.js';
import {
  isUuid,
  toCalendarDate,
  toInstant,
  toJsonText,
  toOneOf,
  toStringArray,
} from './row-values.js';

const INT_EXT: readonly IntExt[] = ['INT', 'EXT', 'INT/EXT'];
const STATUSES: readonly DraftSceneStatus[] = ['added', 'changed', 'unchanged'];

export type CreateDraftInput = {
  readonly scriptId: string;
  readonly title: string | null;
  readonly revisionColour: string;
  readonly draftDate: CalendarDate;
  readonly fileName: string;
  readonly format: ScriptFileFormat;
  readonly document: ScriptDocument;
  readonly diagnostics: readonly ScriptDiagnostic[];
  readonly omitted: readonly OmittedScene[];
  readonly importedBy: PersonId;
  readonly importedAt: Instant;
};

export type ScriptsRepository = {
  /** The production's script id, or null before its first draft. */
  findScriptId(productionId: ProductionId): Promise<string | null>;
  /** The production's script id, creating the script on first use. */
  ensureScript(productionId: ProductionId): Promise<string>;
  /** Numbered after the script's latest draft. */
  createDraft(input: CreateDraftInput): Promise<ScriptDraftSummary>;
  getDraft(draftId: string): Promise<ScriptDraft | null>;
  latestDraft(scriptId: string): Promise<ScriptDraft | null>;
  /** Newest first, without their documents. */
  listDrafts(scriptId: string): Promise<ScriptDraftSummary[]>;
  /** New scene identities for a script (a draft's scenes that match none of the previous draft's). */
  createSceneIds(scriptId: string, count: number): Promise<string[]>;
  saveDraftScenes(draftId: string, scenes: readonly DraftScene[]): Promise<void>;
  /** In script order. */
  listDraftScenes(draftId: string): Promise<DraftScene[]>;
  /** Per draft of the script: how many of its scenes were added, changed or unchanged. */
  countSceneStatuses(scriptId: string): Promise<Map<string, Record<DraftSceneStatus, number>>>;
};

export const createScriptsRepository = (db: DbExecutor): ScriptsRepository => {
  const findScriptId = async (productionId: ProductionId): Promise<string | null> => {
    if (!isUuid(productionId)) return null;
    const row = await db
      .selectFrom('scripts')
      .select('id')
      .where('production_id', '=', productionId)
      .executeTakeFirst();
    return row?.id ?? null;
  };

  return {
    findScriptId,

    ensureScript: async (productionId) => {
      const existing = await findScriptId(productionId);
      if (existing !== null) return existing;
      const row = await db
        .insertInto('scripts')
        .values({ production_id: productionId })
        .onConflict((oc) => oc.column('production_id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row !== undefined) return row.id;
      const raced = await findScriptId(productionId);
      if (raced === null) throw new DomainError('internal', 'The script could not be created');
      return raced;
    },

    createDraft: async (input) => {
      const latest = await db
        .selectFrom('script_drafts')
        .select((eb) => eb.fn.max('number').as('number'))
        .where('script_id', '=', input.scriptId)
        .executeTakeFirst();
      const row = await db
        .insertInto('script_drafts')
        .values({
          script_id: input.scriptId,
          number: Number(latest?.number ?? 0) + 1,
          title: input.title,
          revision_colour: input.revisionColour,
          draft_date: input.draftDate,
          file_name: input.fileName,
          format: input.format,
          document: toJsonText(input.document),
          diagnostics: toJsonText(input.diagnostics),
          omitted: toJsonText(input.omitted),
          imported_by: input.importedBy,
          imported_at: input.importedAt,
        })
        .returning([
          'id',
          'script_id',
          'number',
          'title',
          'revision_colour',
          'draft_date',
          'file_name',
          'format',
          'diagnostics',
          'omitted',
          'imported_by',
          'imported_at',
        ])
        .executeTakeFirstOrThrow();
      return toSummary(row);
    },

    getDraft: async (draftId) => {
      if (!isUuid(draftId)) return null;
      const row = await db
        .selectFrom('script_drafts')
        .selectAll()
        .where('id', '=', draftId)
        .executeTakeFirst();
      return row === undefined ? null : toDraft(row);
    },

    latestDraft: async (scriptId) => {
      const row = await db
        .selectFrom('script_drafts')
        .selectAll()
        .where('script_id', '=', scriptId)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? null : toDraft(row);
    },

    listDrafts: async (scriptId) => {
      const rows = await db
        .selectFrom('script_drafts')
        .select([
          'id',
          'script_id',
          'number',
          'title',
          'revision_colour',
          'draft_date',
          'file_name',
          'format',
          'diagnostics',
          'omitted',
          'imported_by',
          'imported_at',
        ])
        .where('script_id', '=', scriptId)
        .orderBy('number', 'desc')
        .execute();
      return rows.map(toSummary);
    },

    createSceneIds: async (scriptId, count) => {
      if (count === 0) return [];
      const rows = await db
        .insertInto('script_scenes')
        .values(Array.from({ length: count }, () => ({ script_id: scriptId })))
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },

    saveDraftScenes: async (draftId, scenes) => {
      // Chunked: one statement per few hundred scenes keeps the parameter count well under the driver limits.
      for (let from = 0; from < scenes.length; from += 200) {
        await db
          .insertInto('draft_scenes')
          .values(
            scenes.slice(from, from + 200).map((scene, offset) => ({
              draft_id: draftId,
              scene_id: scene.id,
              position: from + offset,
              number: scene.number,
              heading: scene.heading,
              int_ext: scene.intExt,
              location: scene.location,
              time_of_day: scene.time,
              page_start: scene.pageStart,
              eighths: scene.eighths,
              characters: toJsonText(scene.characters),
              synopsis: scene.synopsis,
              element_index: scene.elementIndex,
              status: scene.status,
              previous_number: scene.previousNumber,
            })),
          )
          .execute();
      }
    },

    countSceneStatuses: async (scriptId) => {
      const rows = await db
        .selectFrom('draft_scenes as s')
        .innerJoin('script_drafts as d', 'd.id', 's.draft_id')
        .select(['s.draft_id', 's.status', (eb) => eb.fn.countAll<number>().as('count')])
        .where('d.script_id', '=', scriptId)
        .groupBy(['s.draft_id', 's.status'])
        .execute();
      const counts = new Map<string, Record<DraftSceneStatus, number>>();
      for (const row of rows) {
        const entry = counts.get(row.draft_id) ?? { added: 0, changed: 0, unchanged: 0 };
        entry[toOneOf(STATUSES, row.status, 'scene status')] = Number(row.count);
        counts.set(row.draft_id, entry);
      }
      return counts;
    },

    listDraftScenes: async (draftId) => {
      if (!isUuid(draftId)) return [];
      const rows = await db
        .selectFrom('draft_scenes')
        .selectAll()
        .where('draft_id', '=', draftId)
        .orderBy('position')
        .execute();
      return rows.map(toDraftScene);
    },
  };
};

type SummaryRow = Omit<Selectable<ScriptDraftsTable>, 'document'>;

const toSummary = (row: SummaryRow): ScriptDraftSummary => ({
  id: row.id,
  scriptId: row.script_id,
  number: row.number,
  title: row.title,
  revisionColour: row.revision_colour,
  draftDate: toCalendarDate(row.draft_date),
  fileName: row.file_name,
  format: toOneOf(SCRIPT_FILE_FORMATS, row.format, 'script format'),
  importedBy: row.imported_by as PersonId,
  importedAt: toInstant(row.imported_at),
  // Written by this package from validated values; read back as they were written.
  diagnostics: row.diagnostics as ScriptDiagnostic[],
  omitted: row.omitted as OmittedScene[],
});

const toDraft = (row: Selectable<ScriptDraftsTable>): ScriptDraft => ({
  ...toSummary(row),
  document: row.document as ScriptDocument,
});

const toDraftScene = (row: Selectable<DraftScenesTable>): DraftScene => ({
  id: row.scene_id,
  number: row.number,
  heading: row.heading,
  intExt: row.int_ext === null ? null : toOneOf(INT_EXT, row.int_ext, 'interior/exterior'),
  location: row.location,
  time: row.time_of_day,
  pageStart: row.page_start,
  eighths: row.eighths,
  characters: toStringArray(row.characters, 'scene characters'),
  synopsis: row.synopsis,
  elementIndex: row.element_index,
  status: toOneOf(STATUSES, row.status, 'scene status'),
  previousNumber: row.previous_number,
});
