// Playwright configuration for the browser suite. Run it through `npm run test:e2e`
// (scripts/run-e2e.mjs), which seeds a demo data dir, starts the real server on a free loopback
// port and passes its address in GREENLIGHT_E2E_BASE_URL.
//
// Playwright drives Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH): browsers that
// tools download cannot be fetched here. The flags keep Chromium off the (closed) network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const isCI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  outputDir: path.join(here, '../test-results/e2e'),
  // One server and one demo data dir are shared by every spec, and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    [
      'json',
      {
        outputFile:
          process.env.GREENLIGHT_E2E_JSON ?? path.join(here, '../test-results/e2e-report.json'),
      },
    ],
  ],
  use: {
    // Set by scripts/run-e2e.mjs; undefined when Playwright is started by hand without it.
    ...(process.env.GREENLIGHT_E2E_BASE_URL
      ? { baseURL: process.env.GREENLIGHT_E2E_BASE_URL }
      : {}),
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium' }],
});
