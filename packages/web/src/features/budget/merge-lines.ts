import type { ComputedLineDto } from '@greenlight/contract';

/**
 * The grid's lines after a change answered: lines the server sent replace theirs, removed ones go, and new
 * ones join the end of their account (the server appends an added line, so a reload shows the same order).
 */
export const mergeLines = (
  lines: readonly ComputedLineDto[],
  changed: readonly ComputedLineDto[],
  removedIds: readonly string[],
): ComputedLineDto[] => {
  const removed = new Set(removedIds);
  const byId = new Map(changed.map((line) => [line.id, line]));
  const known = new Set<string>();
  const next: ComputedLineDto[] = [];
  for (const line of lines) {
    if (removed.has(line.id)) continue;
    known.add(line.id);
    next.push(byId.get(line.id) ?? line);
  }
  for (const line of changed) {
    if (known.has(line.id)) continue;
    let at = -1;
    for (let i = next.length - 1; i >= 0; i -= 1) {
      if (next[i]?.accountNumber === line.accountNumber) {
        at = i;
        break;
      }
    }
    if (at === -1) next.push(line);
    else next.splice(at + 1, 0, line);
  }
  return next;
};
