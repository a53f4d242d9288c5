/**
 * The exact search's memo: state key → the state's optimal cost to go, or a lower bound on it. An
 * open-addressing table over typed arrays: a Map of millions of number keys is several times slower
 * and bigger, and stops at 2^24 entries. A key is a pair of non-negative integers below 2^53 (a set of
 * blocks and what else the state needs).
 */
export type ExactMemoTable = {
  /** The slot holding the key, or -1. */
  find(key: number, key2: number): number;
  isExact(slot: number): boolean;
  value(slot: number): number;
  /** Records an exact value, or raises a lower bound (never lowers one, never overwrites exact). */
  store(key: number, key2: number, value: number, exact: boolean): void;
  /** False once the table is at its size limit: further stores are dropped (the search stays exact). */
  readonly hasRoom: () => boolean;
  readonly size: () => number;
};

const EMPTY = -1;

const slotOf = (key: number, key2: number, mask: number): number => {
  let hash =
    Math.imul(key >>> 0, 0x9e3779b1) ^ Math.imul(((key / 4294967296) | 0) + 0x7f4a7c15, 0x85ebca6b);
  hash ^= hash >>> 15;
  hash =
    Math.imul(hash ^ (key2 >>> 0), 0x27d4eb2d) ^ Math.imul((key2 / 4294967296) | 0, 0x165667b1);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 13;
  return hash & mask;
};

export const exactMemoTable = (maxSlots: number): ExactMemoTable => {
  let capacity = Math.min(1 << 16, maxSlots);
  let keys = new Float64Array(capacity).fill(EMPTY);
  let keys2 = new Float64Array(capacity);
  let values = new Float64Array(capacity);
  let exact = new Uint8Array(capacity);
  let count = 0;
  let full = false;

  const probe = (key: number, key2: number): number => {
    const mask = capacity - 1;
    let slot = slotOf(key, key2, mask);
    for (;;) {
      const held = keys[slot];
      if ((held === key && keys2[slot] === key2) || held === EMPTY) return slot;
      slot = (slot + 1) & mask;
    }
  };

  const grow = (): void => {
    const oldKeys = keys;
    const oldKeys2 = keys2;
    const oldValues = values;
    const oldExact = exact;
    capacity *= 2;
    keys = new Float64Array(capacity).fill(EMPTY);
    keys2 = new Float64Array(capacity);
    values = new Float64Array(capacity);
    exact = new Uint8Array(capacity);
    for (let slot = 0; slot < oldKeys.length; slot += 1) {
      const key = oldKeys[slot] ?? EMPTY;
      if (key === EMPTY) continue;
      const key2 = oldKeys2[slot] ?? 0;
      const target = probe(key, key2);
      keys[target] = key;
      keys2[target] = key2;
      values[target] = oldValues[slot] ?? 0;
      exact[target] = oldExact[slot] ?? 0;
    }
  };

  return {
    find: (key, key2) => {
      const slot = probe(key, key2);
      return keys[slot] === EMPTY ? -1 : slot;
    },
    isExact: (slot) => exact[slot] === 1,
    value: (slot) => values[slot] ?? 0,
    store: (key, key2, value, isExact) => {
      let slot = probe(key, key2);
      if (keys[slot] !== EMPTY) {
        if (exact[slot] === 1) return;
        if (isExact) {
          values[slot] = value;
          exact[slot] = 1;
        } else if (value > (values[slot] ?? 0)) {
          values[slot] = value;
        }
        return;
      }
      if (full) return;
      // Linear probing stays fast below half full; at the size limit, allow three quarters.
      if (count * 2 >= capacity) {
        if (capacity < maxSlots) {
          grow();
          slot = probe(key, key2);
        } else if (count * 4 >= capacity * 3) {
          full = true;
          return;
        }
      }
      keys[slot] = key;
      keys2[slot] = key2;
      values[slot] = value;
      exact[slot] = isExact ? 1 : 0;
      count += 1;
    },
    hasRoom: () => !full,
    size: () => count,
  };
};
