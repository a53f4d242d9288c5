import type { z } from 'zod';
import { DomainError } from '@greenlight/domain';

/** CLI arguments go through a schema like any other input at the boundary. */
export const parseArgs = <S extends z.ZodType>(schema: S, raw: unknown): z.output<S> => {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map(
      (i) => `--${i.path.join('.').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`,
    );
    throw new DomainError('validation', `Invalid arguments: ${issues.join('; ')}`);
  }
  return result.data;
};
