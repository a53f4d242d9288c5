import { z } from 'zod';

export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'storage',
  'internal',
] as const;

/** Every error the API returns has this shape; `code` is stable, `message` is for people. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
