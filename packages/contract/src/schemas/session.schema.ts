import { z } from 'zod';
import { IdSchema } from './common.schema.js';

export const SignInRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  personId: IdSchema,
  isAdmin: z.boolean(),
});
export type UserDto = z.infer<typeof UserSchema>;

/** The CSRF token must be sent back in the `x-csrf-token` header on every cookie-authenticated write. */
export const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() });
export type SessionDto = z.infer<typeof SessionSchema>;

export const CreateUserRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(10, 'at least 10 characters').max(1024),
  isAdmin: z.boolean().default(false),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;
