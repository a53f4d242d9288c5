import type { DetailLine } from './detail-line.js';

// Slots per chunk. An edit copies one chunk and the spine (slots / CHUNK_SIZE entries): about 220
// pointers for 10,000 lines, where copying a flat array would be 10,000.
const CHUNK_SIZE = 64;
// Ids added since the last full index live in a small map that is copied on each add; past this size the
// full index is rebuilt once (amortised constant time per add).
const MAX_RECENT = 512;

type Slot = DetailLine | null;

/**
 * The detail lines of a computed budget as a persistent (copy-on-write) chunked vector, so every version
 * stays immutable while an edit costs far less than the number of lines. Only the lines are kept, not
 * their figures: those are recomputed on demand (pure, constant time per line), which keeps a full
 * compute from retaining ten thousand objects for the garbage collector to copy. A removed line leaves an
 * empty slot (a full recompute compacts). Ids are found through the index built at compute time plus the
 * ids added since; every lookup checks that the slot holds that id, so a stale entry is never followed.
 */
export type LineStore = {
  readonly chunks: readonly (readonly Slot[])[];
  readonly slots: number;
  readonly live: number;
  readonly index: ReadonlyMap<string, number>;
  readonly recent: ReadonlyMap<string, number>;
};

/** A store of `lines` in order; `index` maps each line's id to its position (built by the caller). */
export const lineStoreOf = (
  lines: readonly DetailLine[],
  index: ReadonlyMap<string, number>,
): LineStore => {
  const chunks: Slot[][] = [];
  for (let start = 0; start < lines.length; start += CHUNK_SIZE) {
    chunks.push(lines.slice(start, start + CHUNK_SIZE));
  }
  return { chunks, slots: lines.length, live: lines.length, index, recent: new Map() };
};

export const lineAt = (store: LineStore, slot: number): Slot =>
  store.chunks[Math.floor(slot / CHUNK_SIZE)]?.[slot % CHUNK_SIZE] ?? null;

/** The slot holding the line with this id, or null when there is none. */
export const slotOfLine = (store: LineStore, id: string): number | null => {
  const recent = store.recent.get(id);
  if (recent !== undefined && lineAt(store, recent)?.id === id) return recent;
  const indexed = store.index.get(id);
  if (indexed !== undefined && lineAt(store, indexed)?.id === id) return indexed;
  return null;
};

/** A new store with `slot` holding `value` (null removes the line there). */
export const replaceSlot = (store: LineStore, slot: number, value: Slot): LineStore => {
  const chunkIndex = Math.floor(slot / CHUNK_SIZE);
  const chunk = [...(store.chunks[chunkIndex] ?? [])];
  const before = chunk[slot % CHUNK_SIZE] ?? null;
  chunk[slot % CHUNK_SIZE] = value;
  const chunks = [...store.chunks];
  chunks[chunkIndex] = chunk;
  const live = store.live + (value === null ? 0 : 1) - (before === null ? 0 : 1);
  return { ...store, chunks, live };
};

/** A new store with `line` in a new last slot. */
export const appendLine = (store: LineStore, line: DetailLine): LineStore => {
  const slot = store.slots;
  const chunks = [...store.chunks];
  if (slot % CHUNK_SIZE === 0) chunks.push([line]);
  else chunks[chunks.length - 1] = [...(chunks[chunks.length - 1] ?? []), line];
  const grown = { ...store, chunks, slots: slot + 1, live: store.live + 1 };
  if (store.recent.size < MAX_RECENT) {
    const recent = new Map(store.recent);
    recent.set(line.id, slot);
    return { ...grown, recent };
  }
  const index = new Map<string, number>();
  forEachLine(grown, (stored, at) => index.set(stored.id, at));
  return { ...grown, index, recent: new Map() };
};

/** Calls `visit` for every line, in slot order. */
export const forEachLine = (
  store: LineStore,
  visit: (line: DetailLine, slot: number) => void,
): void => {
  store.chunks.forEach((chunk, chunkIndex) => {
    chunk.forEach((line, offset) => {
      if (line !== null) visit(line, chunkIndex * CHUNK_SIZE + offset);
    });
  });
};
