import {
  DomainError,
  calendarDate,
  instant,
  minorUnits,
  type CalendarDate,
  type Instant,
  type MinorUnits,
} from '@greenlight/domain';

// Conversions between column values and domain values, shared by the row mappers.

export const toInstant = (value: string): Instant => instant(value);

export const toCalendarDate = (value: string): CalendarDate => calendarDate(value);

export const toMinorUnits = (value: number): MinorUnits => minorUnits(value);

export const toNullableMinorUnits = (value: number | null): MinorUnits | null =>
  value === null ? null : minorUnits(value);

/** A stored value outside the domain's closed set is a bug or a downgrade, never user error. */
export const toOneOf = <T extends string>(
  allowed: readonly T[],
  value: string,
  what: string,
): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError('internal', `Unexpected ${what} "${value}" in the database`);
};

export const toStringArray = (value: unknown, what: string): string[] => {
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string'))
    return value;
  throw new DomainError('internal', `Expected ${what} to be a list of strings in the database`);
};

/** jsonb parameters go in as JSON text (see database-schema.ts). */
export const toJsonText = (value: unknown): string => JSON.stringify(value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lookups by a malformed id find nothing instead of failing with a cast error (ids arrive from URLs). */
export const isUuid = (value: string): boolean => UUID.test(value);

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
