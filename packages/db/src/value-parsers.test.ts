import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { createTestDatabase, testDatabaseKind } from './testing/create-test-database.js';
import { parseInt8, parseTimestamptz } from './value-parsers.js';

describe('parseTimestamptz', () => {
  it.each([
    ['2026-11-24 09:31:51.123456+00', '2026-11-24T09:31:51.123Z'],
    ['2026-11-24 09:31:51+00', '2026-11-24T09:31:51.000Z'],
    ['2026-11-24 01:31:51.5-08', '2026-11-24T09:31:51.500Z'],
    ['2026-11-24 15:01:51.1+05:30', '2026-11-24T09:31:51.100Z'],
    ['1900-01-01 00:00:00+00:09:21', '1899-12-31T23:50:39.000Z'],
    ['0050-06-01 12:00:00+00', '0050-06-01T12:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTimestamptz(text)).toBe(iso);
  });

  it('refuses values an Instant cannot hold', () => {
    expect(() => parseTimestamptz('infinity')).toThrow(/Unsupported timestamptz/);
    expect(() => parseTimestamptz('0044-03-15 12:00:00+00 BC')).toThrow(/Unsupported timestamptz/);
  });
});

describe('parseInt8', () => {
  it('returns numbers up to 2^53 - 1 and refuses larger ones rather than rounding money', () => {
    expect(parseInt8('9007199254740991')).toBe(9007199254740991);
    expect(parseInt8('-9007199254740991')).toBe(-9007199254740991);
    expect(() => parseInt8('9007199254740993')).toThrow(RangeError);
  });
});

// The same expectations run on PGlite and on PostgreSQL (scripts/with-postgres.sh): identical values on both.
describe(`values read back on ${testDatabaseKind()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('gives int8 as number, date as YYYY-MM-DD and timestamptz as an ISO instant', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      select 9007199254740991::int8 as max_safe,
             (-42)::int8 as negative,
             count(*) as counted,
             '2024-02-29'::date as leap_day,
             '0001-01-01'::date as first_day,
             '2026-11-24 01:31:51.123456-08'::timestamptz as instant,
             '2026-03-29 01:30:00+00'::timestamptz at time zone 'Europe/London' as wall_clock,
             ${'2026-11-24T09:31:51.123Z'}::timestamptz as parameter,
             123::int4 as int4,
             1.50::numeric as exact,
             '{"a":[1,2]}'::jsonb as document
        from (values (1), (2), (3)) as t (x)`.execute(database.kysely);
    expect(rows[0]).toStrictEqual({
      max_safe: 9007199254740991,
      negative: -42,
      counted: 3,
      leap_day: '2024-02-29',
      first_day: '0001-01-01',
      instant: '2026-11-24T09:31:51.123Z',
      wall_clock: '2026-03-29 02:30:00',
      parameter: '2026-11-24T09:31:51.123Z',
      int4: 123,
      exact: '1.50',
      document: { a: [1, 2] },
    });
  });

  it('refuses an int8 beyond 2^53 instead of rounding it', async () => {
    await expect(
      sql`select 9007199254740993::int8 as too_big`.execute(database.kysely),
    ).rejects.toThrow(/outside the range/);
  });

  it('runs sessions in UTC with ISO date output', async () => {
    const { rows } = await sql<{ zone: string; style: string }>`
      select current_setting('TimeZone') as zone, current_setting('DateStyle') as style`.execute(
      database.kysely,
    );
    expect(rows[0]).toEqual({ zone: 'UTC', style: 'ISO, MDY' });
  });
});
