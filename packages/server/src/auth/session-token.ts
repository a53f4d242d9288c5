import { createHash, randomBytes } from 'node:crypto';

/** A fresh unguessable token for a cookie or a CSRF header. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by hash, so a leaked database row cannot be replayed as a cookie. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export const SESSION_COOKIE = 'greenlight_session';
export const SESSION_DAYS = 14;
