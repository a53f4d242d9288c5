import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, TEST_DATABASE_URL_ENV } from '../testing/create-test-database.js';
import { raceTwoApprovals } from './cost-approval-race.fixture.js';

// PostgreSQL only (the db-postgres project): two transactions really run at once here, both reading the
// document before either writes, which PGlite (one connection) cannot do.
describe('two approvals of one spending document at once, on PostgreSQL', () => {
  let database: Database;
  beforeAll(async () => {
    expect(process.env[TEST_DATABASE_URL_ENV] ?? '').toMatch(/^postgres(ql)?:\/\//);
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('counts exactly one: the other is a conflict and leaves no sign-off behind', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { outcomes, stored } = await raceTwoApprovals(database, { interleave: true });
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: 'conflict' });
      expect(stored?.document.status).toBe('committed');
      expect(stored?.document.approvals).toHaveLength(1);
      expect(stored?.version).toBe(3);
    }
  });
});
