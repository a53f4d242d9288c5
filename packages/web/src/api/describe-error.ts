import { ApiError } from '@greenlight/contract';

const FALLBACK: Readonly<Record<ApiError['code'], string>> = {
  validation: 'Some of the details are not valid.',
  unauthenticated: 'Your session has ended. Sign in again.',
  forbidden: 'You do not have the authority to do that.',
  'not-found':
    'That could not be found. It may have been removed, or you may not be on this production.',
  conflict: 'Someone else changed this first. Reload to see the latest version.',
  'rate-limited': 'Too many attempts. Wait a minute and try again.',
  storage: 'The server could not reach its database. Try again shortly.',
  internal: 'Something went wrong on the server. Try again.',
};

/** An error from a call, in words a person can act on. */
export const describeError = (error: unknown): string => {
  if (error instanceof ApiError) {
    if (error.code === 'forbidden' && error.details?.['reason'] === 'csrf') {
      return 'Your session is out of date. Reload the page and try again.';
    }
    const message = error.message.trim();
    return message && !/^HTTP \d+$/.test(message) ? message : FALLBACK[error.code];
  }
  if (error instanceof TypeError)
    return 'Could not reach the Greenlight server. Check your connection and try again.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
};

export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401;
