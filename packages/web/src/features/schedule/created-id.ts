import type { ActionResultDto } from '@greenlight/contract';

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)[key]
    : undefined;

/** The id of what an allowed create returned (`{ id }`, `{ boardId }` or `{ board: { id } }`), when it says. */
export const createdId = (result: ActionResultDto): string | null => {
  if (result.outcome !== 'allowed') return null;
  const candidates = [
    field(result.result, 'id'),
    field(result.result, 'boardId'),
    field(field(result.result, 'board'), 'id'),
  ];
  return candidates.find((c): c is string => typeof c === 'string') ?? null;
};
