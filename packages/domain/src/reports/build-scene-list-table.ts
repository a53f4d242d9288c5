import type { IntExt } from '../screenplay/scene.js';
import type { DataColumn, DataRow, DataTable } from './data-table.js';

/** A scene as the scene list exports it: the scene, its breakdown's cast and its shooting location. */
export type SceneListInput = {
  readonly number: string;
  readonly heading: string;
  readonly intExt: IntExt | null;
  /** The set (the heading's location part). */
  readonly set: string;
  readonly time: string | null;
  readonly pageStart: number;
  readonly eighths: number;
  /** Cast numbers (or names of uncast characters), in the order the list prints them. */
  readonly castNumbers: readonly (number | string)[];
  readonly synopsis: string | null;
  /** A scheduling status (`Scheduled`, `Shot`…); a Status column appears when any scene has one. */
  readonly status?: string | null;
  readonly shootingLocation: string | null;
};

const COLUMNS: readonly DataColumn[] = [
  { key: 'scene', label: 'Scene', kind: 'text' },
  { key: 'intExt', label: 'I/E', kind: 'text' },
  { key: 'set', label: 'Set', kind: 'text' },
  { key: 'time', label: 'Time', kind: 'text' },
  { key: 'page', label: 'Page', kind: 'integer' },
  { key: 'length', label: 'Length', kind: 'eighths' },
  { key: 'cast', label: 'Cast', kind: 'text' },
  { key: 'location', label: 'Location', kind: 'text' },
  { key: 'synopsis', label: 'Synopsis', kind: 'text' },
];
const STATUS: DataColumn = { key: 'status', label: 'Status', kind: 'text' };

/**
 * The scene list as a table, one row per scene in the order given (script order): scene number (text,
 * so `5A` stays `5A`), I/E, set, time, start page, length in eighths, cast numbers (`1, 2, 5`),
 * shooting location and synopsis. The Status column is only added when a scene has a status, so a
 * list exported before anything is scheduled carries no empty column.
 */
export const buildSceneListTable = (scenes: readonly SceneListInput[]): DataTable => {
  const withStatus = scenes.some((scene) => scene.status != null && scene.status !== '');
  const rows = scenes.map((scene): DataRow => {
    const row: Record<string, string | number | null> = {
      scene: scene.number,
      intExt: scene.intExt,
      set: scene.set,
      time: scene.time,
      page: scene.pageStart,
      length: scene.eighths,
      cast: scene.castNumbers.map(String).join(', '),
      location: scene.shootingLocation,
      synopsis: scene.synopsis,
    };
    if (withStatus) row['status'] = scene.status ?? null;
    return row;
  });
  return { title: 'Scene list', columns: withStatus ? [...COLUMNS, STATUS] : COLUMNS, rows };
};
