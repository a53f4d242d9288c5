/** Interior, exterior or both, as the heading says (`INT.`, `EXT.`, `INT./EXT.`, `I/E`). */
export type IntExt = 'INT' | 'EXT' | 'INT/EXT';

/** A scene as the breakdown and the stripboard see it. */
export type Scene = {
  /** The script's number (`5A` kept as written), or assigned in order when the script has none. */
  readonly number: string;
  readonly heading: string;
  readonly intExt: IntExt | null;
  /** The set or location part of the heading: `HARBOUR OFFICE`. */
  readonly location: string;
  /** Time of day: `NIGHT`, `DAY`, `CONTINUOUS`…; null when the heading has none. */
  readonly time: string | null;
  /** Page the scene starts on (1-based). */
  readonly pageStart: number;
  /** Length in eighths of a page, at least 1. */
  readonly eighths: number;
  /** Speaking characters in order of first line, normalised names. */
  readonly characters: readonly string[];
  readonly synopsis: string | null;
  /** Index of the heading element in the document. */
  readonly elementIndex: number;
};
