import {
  DomainError,
  minorUnits,
  PRODUCTION_UNITS,
  STRIPBOARD_KINDS,
  type CastAvailability,
  type CastDetails,
  type LocationAvailability,
  type Instant,
  type PersonId,
  type ProductionId,
  type ProductionUnit,
  type ScheduleSettings,
  type ShootCalendar,
  type Strip,
  type StripboardKind,
  type StripboardRecord,
} from '@greenlight/domain';
import type { Selectable } from 'kysely';
import type { DbExecutor, StripboardsTable } from '../database-schema.js';
import { withConstraintErrors, type DescribeViolation } from './constraint-errors.js';
import { isUuid, toInstant, toJsonText, toOneOf } from './row-values.js';

export type CreateStripboardInput = {
  readonly productionId: ProductionId;
  readonly name: string;
  readonly kind: StripboardKind;
  readonly unit: ProductionUnit;
  readonly strips: readonly Strip[];
  readonly createdBy: PersonId | null;
  readonly now: Instant;
};

export type ScheduleRepository = {
  getSettings(productionId: ProductionId): Promise<ScheduleSettings | null>;
  /** Saves the settings; with `expectedVersion`, refuses (conflict) unless they are still that version. */
  saveSettings(
    productionId: ProductionId,
    settings: Omit<ScheduleSettings, 'version'>,
    expectedVersion?: number,
  ): Promise<ScheduleSettings>;
  listBoards(productionId: ProductionId): Promise<StripboardRecord[]>;
  getBoard(productionId: ProductionId, boardId: string): Promise<StripboardRecord | null>;
  createBoard(input: CreateStripboardInput): Promise<StripboardRecord>;
  /** Replaces a board's strips and lock, refusing (conflict) unless it is still `expectedVersion`. */
  updateBoard(
    boardId: string,
    changes: {
      readonly strips?: readonly Strip[];
      readonly locked?: boolean;
      readonly name?: string;
    },
    expectedVersion: number,
    now: Instant,
  ): Promise<StripboardRecord>;
  deleteBoard(boardId: string): Promise<void>;
  /** Per cast element of the script. */
  listCastDetails(scriptId: string): Promise<CastDetails[]>;
  setCastDetails(
    scriptId: string,
    elementId: string,
    changes: { readonly dailyRate?: number | null; readonly personId?: PersonId | null },
  ): Promise<void>;
};

export const createScheduleRepository = (db: DbExecutor): ScheduleRepository => {
  const getBoard = async (
    productionId: ProductionId,
    boardId: string,
  ): Promise<StripboardRecord | null> => {
    if (!isUuid(boardId) || !isUuid(productionId)) return null;
    const row = await db
      .selectFrom('stripboards')
      .selectAll()
      .where('id', '=', boardId)
      .where('production_id', '=', productionId)
      .executeTakeFirst();
    return row === undefined ? null : toBoard(row);
  };

  return {
    getSettings: async (productionId) => {
      if (!isUuid(productionId)) return null;
      const row = await db
        .selectFrom('schedule_settings')
        .selectAll()
        .where('production_id', '=', productionId)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        calendar: row.calendar as ShootCalendar,
        maxEighthsPerDay: row.max_eighths_per_day,
        companyMoveCost: minorUnits(row.company_move_cost_minor),
        dropPickupAfterDays: row.drop_pickup_after_days,
        sceneOrder: row.scene_order as [string, string][],
        castAvailability: row.cast_availability as CastAvailability[],
        locationAvailability: row.location_availability as LocationAvailability[],
        sameDay: row.same_day as string[][],
        maxMinutesPerDay: row.max_minutes_per_day,
        sceneMinutes: row.scene_minutes as Record<string, number>,
        crewCall: row.crew_call,
        version: row.version,
      };
    },

    saveSettings: async (productionId, settings, expectedVersion) => {
      const values = {
        calendar: toJsonText(settings.calendar),
        max_eighths_per_day: settings.maxEighthsPerDay,
        company_move_cost_minor: settings.companyMoveCost,
        drop_pickup_after_days: settings.dropPickupAfterDays,
        scene_order: toJsonText(settings.sceneOrder),
        cast_availability: toJsonText(settings.castAvailability),
        location_availability: toJsonText(settings.locationAvailability),
        same_day: toJsonText(settings.sameDay),
        max_minutes_per_day: settings.maxMinutesPerDay,
        scene_minutes: toJsonText(settings.sceneMinutes),
        crew_call: settings.crewCall,
      };
      const row =
        expectedVersion === undefined
          ? await db
              .insertInto('schedule_settings')
              .values({ production_id: productionId, ...values })
              .onConflict((oc) =>
                oc.column('production_id').doUpdateSet((eb) => ({
                  ...values,
                  version: eb('schedule_settings.version', '+', 1),
                })),
              )
              .returning('version')
              .executeTakeFirstOrThrow()
          : await db
              .updateTable('schedule_settings')
              .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
              .where('production_id', '=', productionId)
              .where('version', '=', expectedVersion)
              .returning('version')
              .executeTakeFirst();
      if (row === undefined) {
        throw new DomainError(
          'conflict',
          'Someone changed the schedule settings since you loaded them; load them again',
        );
      }
      return { ...settings, version: row.version };
    },

    listBoards: async (productionId) => {
      if (!isUuid(productionId)) return [];
      const rows = await db
        .selectFrom('stripboards')
        .selectAll()
        .where('production_id', '=', productionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toBoard);
    },

    getBoard,

    createBoard: (input) =>
      withConstraintErrors(async () => {
        const row = await db
          .insertInto('stripboards')
          .values({
            production_id: input.productionId,
            name: input.name.trim(),
            kind: input.kind,
            unit: input.unit,
            strips: toJsonText(input.strips),
            created_by: input.createdBy,
            created_at: input.now,
            updated_at: input.now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toBoard(row);
      }, describeViolation),

    updateBoard: async (boardId, changes, expectedVersion, now) => {
      const row = isUuid(boardId)
        ? await db
            .updateTable('stripboards')
            .set((eb) => ({
              ...(changes.strips === undefined ? {} : { strips: toJsonText(changes.strips) }),
              ...(changes.locked === undefined ? {} : { locked: changes.locked }),
              ...(changes.name === undefined ? {} : { name: changes.name.trim() }),
              version: eb('version', '+', 1),
              updated_at: now,
            }))
            .where('id', '=', boardId)
            .where('version', '=', expectedVersion)
            .returningAll()
            .executeTakeFirst()
        : undefined;
      if (row !== undefined) return toBoard(row);
      throw new DomainError(
        'conflict',
        'Someone changed this board since you loaded it; load it again and redo your change',
        { boardId },
      );
    },

    deleteBoard: async (boardId) => {
      if (!isUuid(boardId)) return;
      await db.deleteFrom('stripboards').where('id', '=', boardId).execute();
    },

    listCastDetails: async (scriptId) => {
      const rows = await db
        .selectFrom('breakdown_elements')
        .select(['id', 'daily_rate_minor', 'person_id'])
        .where('script_id', '=', scriptId)
        .where('category', '=', 'cast')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        elementId: row.id,
        dailyRate: row.daily_rate_minor === null ? null : minorUnits(row.daily_rate_minor),
        personId: row.person_id as PersonId | null,
      }));
    },

    setCastDetails: async (scriptId, elementId, changes) => {
      if (!isUuid(elementId)) throw new DomainError('not-found', 'No such cast member');
      const result = await db
        .updateTable('breakdown_elements')
        .set({
          ...(changes.dailyRate === undefined ? {} : { daily_rate_minor: changes.dailyRate }),
          ...(changes.personId === undefined ? {} : { person_id: changes.personId }),
        })
        .where('id', '=', elementId)
        .where('script_id', '=', scriptId)
        .where('category', '=', 'cast')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        throw new DomainError('not-found', 'No such cast member');
      }
    },
  };
};

const toBoard = (row: Selectable<StripboardsTable>): StripboardRecord => ({
  id: row.id,
  productionId: row.production_id as ProductionId,
  name: row.name,
  kind: toOneOf(STRIPBOARD_KINDS, row.kind, 'stripboard kind'),
  unit: toOneOf(PRODUCTION_UNITS, row.unit, 'production unit'),
  locked: row.locked,
  // Written by this package from validated strips; read back as written.
  strips: row.strips as Strip[],
  version: row.version,
  createdBy: row.created_by as PersonId | null,
  createdAt: toInstant(row.created_at),
  updatedAt: toInstant(row.updated_at),
});

const describeViolation: DescribeViolation = ({ kind, constraint }) => {
  if (constraint === 'stripboards_shooting_key') {
    return new DomainError(
      'conflict',
      'This unit has a shooting board already; make a what-if board, or change the shooting board',
    );
  }
  if (constraint === 'stripboards_name_check') {
    return new DomainError('validation', 'A board needs a name', { field: 'name' });
  }
  return kind === 'foreign-key' ? new DomainError('not-found', 'No such production') : undefined;
};
