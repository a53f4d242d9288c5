import type { PersonId, ProductionId, Role } from '@greenlight/domain';
import { DEMO_PASSWORD, DEMO_TEAM } from '../demo/demo-team.js';
import { seedDemo, type DemoResult } from '../demo/seed-demo.js';
import {
  createTestApp,
  type CreateTestAppOptions,
  type TestApp,
  type TestSession,
} from './create-test-app.js';

export type DemoTestApp = TestApp & {
  readonly demo: DemoResult;
  readonly productionId: ProductionId;
  /** The demo user holding `role`, signed in once and reused (each sign-in costs an argon2 verification). */
  as(role: Role): Promise<TestSession>;
  /** The demo person holding `role`. */
  personOf(role: Role): Promise<PersonId>;
  emailOf(role: Role): string;
};

/**
 * A test app with the demo production seeded (one login per role, password `greenlight-demo`). Seeding costs
 * about fourteen argon2 hashes, so share one per test file where tests do not interfere.
 */
export const createDemoTestApp = async (
  options: CreateTestAppOptions = {},
): Promise<DemoTestApp> => {
  const testApp = await createTestApp(options);
  try {
    const demo = await seedDemo(testApp.deps);
    const sessions = new Map<Role, Promise<TestSession>>();
    const emailOf = (role: Role): string => {
      const member = DEMO_TEAM.find((m) => m.role === role);
      if (member === undefined) throw new Error(`The demo team has no ${role}`);
      return member.email;
    };
    const as = (role: Role): Promise<TestSession> => {
      let session = sessions.get(role);
      if (session === undefined) {
        session = testApp.signIn(emailOf(role), DEMO_PASSWORD);
        sessions.set(role, session);
      }
      return session;
    };
    return {
      ...testApp,
      demo,
      productionId: demo.productionId,
      as,
      personOf: async (role) => (await as(role)).user.personId as PersonId,
      emailOf,
    };
  } catch (error) {
    await testApp.close();
    throw error;
  }
};
