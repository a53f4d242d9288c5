import {
  BREAKDOWN_CATEGORIES,
  DomainError,
  type BreakdownCategory,
  type BreakdownElement,
  type StoredBreakdownTag,
  type TagReviewReason,
  type TextAnchor,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { BreakdownElementsTable, BreakdownTagsTable, DbExecutor } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import { isUuid, toOneOf } from './row-values.js';

const REVIEW_REASONS: readonly TagReviewReason[] = ['scene-omitted', 'text-not-found'];

export type CreateTagInput = {
  readonly elementId: string;
  readonly sceneId: string;
  readonly draftId: string | null;
  readonly anchor: TextAnchor | null;
};

export type BreakdownRepository = {
  listElements(scriptId: string): Promise<BreakdownElement[]>;
  getElement(scriptId: string, elementId: string): Promise<BreakdownElement | null>;
  /** Names compare without regard to case: `Red truck` and `RED TRUCK` are one element. */
  findElement(
    scriptId: string,
    category: BreakdownCategory,
    name: string,
  ): Promise<BreakdownElement | null>;
  createElement(
    scriptId: string,
    input: { readonly category: BreakdownCategory; readonly name: string },
  ): Promise<BreakdownElement>;
  updateElement(
    scriptId: string,
    elementId: string,
    changes: { readonly name?: string; readonly castNumber?: number | null },
  ): Promise<BreakdownElement>;
  deleteElement(scriptId: string, elementId: string): Promise<void>;
  /** Every tag on the script's elements. */
  listTags(scriptId: string): Promise<StoredBreakdownTag[]>;
  getTag(scriptId: string, tagId: string): Promise<StoredBreakdownTag | null>;
  createTag(input: CreateTagInput): Promise<StoredBreakdownTag>;
  /** Moves a tag to its place in another draft (after a revision) or clears its anchor, and ends any review. */
  reanchorTag(
    tagId: string,
    place: {
      readonly sceneId: string;
      readonly draftId: string | null;
      readonly anchor: TextAnchor | null;
    },
  ): Promise<void>;
  markForReview(tagId: string, reason: TagReviewReason): Promise<void>;
  deleteTag(tagId: string): Promise<void>;
  /** Set name → shooting location. */
  listShootingLocations(scriptId: string): Promise<Map<string, string>>;
  /** Maps a set to a shooting location; null removes the mapping. */
  setShootingLocation(scriptId: string, set: string, location: string | null): Promise<void>;
};

export const createBreakdownRepository = (db: DbExecutor): BreakdownRepository => {
  const getElement = async (
    scriptId: string,
    elementId: string,
  ): Promise<BreakdownElement | null> => {
    if (!isUuid(elementId)) return null;
    const row = await db
      .selectFrom('breakdown_elements')
      .selectAll()
      .where('id', '=', elementId)
      .where('script_id', '=', scriptId)
      .executeTakeFirst();
    return row === undefined ? null : toElement(row);
  };

  const tagsOfScript = (scriptId: string) =>
    db
      .selectFrom('breakdown_tags as t')
      .innerJoin('breakdown_elements as e', 'e.id', 't.element_id')
      .selectAll('t')
      .where('e.script_id', '=', scriptId);

  return {
    listElements: async (scriptId) => {
      const rows = await db
        .selectFrom('breakdown_elements')
        .selectAll()
        .where('script_id', '=', scriptId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toElement);
    },

    getElement,

    findElement: async (scriptId, category, name) => {
      const row = await db
        .selectFrom('breakdown_elements')
        .selectAll()
        .where('script_id', '=', scriptId)
        .where('category', '=', category)
        .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()))
        .executeTakeFirst();
      return row === undefined ? null : toElement(row);
    },

    createElement: (scriptId, input) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('breakdown_elements')
          .values({ script_id: scriptId, category: input.category, name: input.name.trim() })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toElement(row);
      }, describeViolation),

    updateElement: (scriptId, elementId, changes) =>
      withConstraintErrors(async () => {
        const row = isUuid(elementId)
          ? await db
              .updateTable('breakdown_elements')
              .set({
                ...(changes.name === undefined ? {} : { name: changes.name.trim() }),
                ...(changes.castNumber === undefined ? {} : { cast_number: changes.castNumber }),
              })
              .where('id', '=', elementId)
              .where('script_id', '=', scriptId)
              .returningAll()
              .executeTakeFirst()
          : undefined;
        if (row === undefined) throw new DomainError('not-found', 'No such breakdown element');
        return toElement(row);
      }, describeViolation),

    deleteElement: async (scriptId, elementId) => {
      if (!isUuid(elementId)) return;
      await db
        .deleteFrom('breakdown_elements')
        .where('id', '=', elementId)
        .where('script_id', '=', scriptId)
        .execute();
    },

    listTags: async (scriptId) => {
      const rows = await tagsOfScript(scriptId).orderBy('t.created_at').orderBy('t.id').execute();
      return rows.map(toTag);
    },

    getTag: async (scriptId, tagId) => {
      if (!isUuid(tagId)) return null;
      const row = await tagsOfScript(scriptId).where('t.id', '=', tagId).executeTakeFirst();
      return row === undefined ? null : toTag(row);
    },

    createTag: (input) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('breakdown_tags')
          .values({
            element_id: input.elementId,
            scene_id: input.sceneId,
            ...anchorColumns(input.draftId, input.anchor),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toTag(row);
      }, describeViolation),

    reanchorTag: async (tagId, place) => {
      await db
        .updateTable('breakdown_tags')
        .set({
          scene_id: place.sceneId,
          review_reason: null,
          ...anchorColumns(place.draftId, place.anchor),
        })
        .where('id', '=', tagId)
        .execute();
    },

    markForReview: async (tagId, reason) => {
      await db
        .updateTable('breakdown_tags')
        .set({ review_reason: reason })
        .where('id', '=', tagId)
        .execute();
    },

    deleteTag: async (tagId) => {
      if (!isUuid(tagId)) return;
      await db.deleteFrom('breakdown_tags').where('id', '=', tagId).execute();
    },

    listShootingLocations: async (scriptId) => {
      const rows = await db
        .selectFrom('script_sets')
        .select(['name', 'shooting_location'])
        .where('script_id', '=', scriptId)
        .orderBy('name')
        .execute();
      return new Map(rows.map((row) => [row.name, row.shooting_location]));
    },

    setShootingLocation: async (scriptId, set, location) => {
      if (location === null || location.trim() === '') {
        await db
          .deleteFrom('script_sets')
          .where('script_id', '=', scriptId)
          .where('name', '=', set)
          .execute();
        return;
      }
      await db
        .insertInto('script_sets')
        .values({ script_id: scriptId, name: set, shooting_location: location.trim() })
        .onConflict((oc) =>
          oc.columns(['script_id', 'name']).doUpdateSet({ shooting_location: location.trim() }),
        )
        .execute();
    },
  };
};

const anchorColumns = (draftId: string | null, anchor: TextAnchor | null) =>
  anchor === null || draftId === null
    ? {
        draft_id: null,
        element_index: null,
        span_start: null,
        span_end: null,
        span_text: null,
      }
    : {
        draft_id: draftId,
        element_index: anchor.elementIndex,
        span_start: anchor.start,
        span_end: anchor.end,
        span_text: anchor.text,
      };

const toElement = (row: Selectable<BreakdownElementsTable>): BreakdownElement => ({
  id: row.id,
  category: toOneOf(BREAKDOWN_CATEGORIES, row.category, 'breakdown category'),
  name: row.name,
  castNumber: row.cast_number,
});

const toTag = (row: Selectable<BreakdownTagsTable>): StoredBreakdownTag => ({
  id: row.id,
  elementId: row.element_id,
  sceneId: row.scene_id,
  draftId: row.draft_id,
  anchor:
    row.element_index === null ||
    row.span_start === null ||
    row.span_end === null ||
    row.span_text === null
      ? null
      : {
          elementIndex: row.element_index,
          start: row.span_start,
          end: row.span_end,
          text: row.span_text,
        },
  review:
    row.review_reason === null
      ? null
      : toOneOf(REVIEW_REASONS, row.review_reason, 'tag review reason'),
});

const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  switch (constraint) {
    case 'breakdown_elements_name_key':
      return new DomainError(
        'conflict',
        'The breakdown already has an element of that category with that name.',
        { field: 'name' },
      );
    case 'breakdown_elements_cast_number_key':
      return new DomainError('conflict', 'Another cast member already has that cast number.', {
        field: 'castNumber',
      });
    case 'breakdown_elements_name_check':
      return new DomainError('validation', 'An element needs a name.', { field: 'name' });
    default:
      return kind === 'foreign-key'
        ? new DomainError('not-found', 'No such scene, draft or element.')
        : undefined;
  }
};
