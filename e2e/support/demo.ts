// The demo data the browser suite runs against: what `greenlight demo --json` printed when
// scripts/run-e2e.mjs seeded the server's data dir.
import { readFileSync } from 'node:fs';

export type DemoUser = { email: string; password: string; role: string };
export type Demo = { productionId: string; users: DemoUser[] };

let cached: Demo | undefined;

/** The seeded demo (production id and user accounts). Throws outside `npm run test:e2e`. */
export function loadDemo(): Demo {
  if (cached) return cached;
  const file = process.env.GREENLIGHT_E2E_DEMO_FILE;
  if (!file) {
    throw new Error(
      'GREENLIGHT_E2E_DEMO_FILE is not set: run the browser tests with `npm run test:e2e`',
    );
  }
  cached = JSON.parse(readFileSync(file, 'utf8')) as Demo;
  return cached;
}

/** The first demo user with this role; throws if the demo has none. */
export function demoUser(role: string): DemoUser {
  const user = loadDemo().users.find((candidate) => candidate.role === role);
  if (!user) {
    const roles = loadDemo()
      .users.map((candidate) => candidate.role)
      .join(', ');
    throw new Error(`the demo has no user with role '${role}' (roles: ${roles})`);
  }
  return user;
}
