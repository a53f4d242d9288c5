// `npm test`: THE test command, the same for a developer and for CI (.ci/run calls it).
//
// Steps, in order, stopping at the first failure:
//   1. format:check   prettier --check .
//   2. lint           eslint .
//   3. typecheck      tsc for every workspace and the root scripts
//   4. check:imports  layer DAG, import cycles, package.json declarations
//   5. vitest         every project, on embedded PGlite
//   6. vitest db      the db project again on a real PostgreSQL 15: $GREENLIGHT_TEST_DATABASE_URL
//                     if set, else a throwaway server via scripts/with-postgres.sh
//   7. build          vite build of packages/web
//   8. e2e            Playwright + Debian Chromium against the real server (scripts/run-e2e.mjs)
// The last line printed is `N passed, M failed` (vitest runs + Playwright), which is how CI counts
// tests. A failing step that is not a test run (lint, typecheck, build, ...) counts as one failure.
//
// Options (local iteration only; CI runs everything):
//   --quick          skip steps 6-8 (PostgreSQL, build, browser tests)
//   --skip-postgres  skip step 6 only
//   --help
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const KNOWN = new Set(['--quick', '--skip-postgres', '--help']);
const unknown = argv.filter((arg) => !KNOWN.has(arg));
if (argv.includes('--help') || unknown.length > 0) {
  if (unknown.length > 0) console.error(`unknown option(s): ${unknown.join(' ')}`);
  console.log('usage: npm test [-- --quick | --skip-postgres]');
  process.exit(unknown.length > 0 ? 2 : 0);
}
const quick = argv.includes('--quick');
const skipPostgres = quick || argv.includes('--skip-postgres');

// Tests never depend on the host's time zone (ARCHITECTURE §5.8).
process.env.TZ = 'UTC';

const reportDir = mkdtempSync(path.join(tmpdir(), 'greenlight-test-'));
const vitestArgs = (name, ...extra) => [
  'vitest',
  'run',
  ...extra,
  '--passWithNoTests',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(reportDir, `${name}.json`)}`,
];

const postgresUrl = process.env.GREENLIGHT_TEST_DATABASE_URL;
/** The PGlite run must not pick up a developer's exported PostgreSQL URL. */
const withoutPostgresUrl = { ...process.env, GREENLIGHT_TEST_DATABASE_URL: undefined };

/**
 * @typedef {{ name: string, command: string, args: string[], env?: NodeJS.ProcessEnv,
 *   report?: 'vitest' | 'playwright', reportFile?: string, skip?: string,
 *   precheck?: () => string | undefined }} Step
 * @type {Step[]}
 */
const steps = [
  { name: 'format:check', command: 'npm', args: ['run', '--silent', 'format:check'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'check:imports', command: 'npm', args: ['run', '--silent', 'check:imports'] },
  {
    name: 'vitest (PGlite)',
    command: 'npx',
    args: vitestArgs('vitest-pglite'),
    env: withoutPostgresUrl,
    report: 'vitest',
    reportFile: 'vitest-pglite.json',
  },
  postgresUrl
    ? {
        name: 'vitest db (PostgreSQL from GREENLIGHT_TEST_DATABASE_URL)',
        command: 'npx',
        args: vitestArgs('vitest-postgres', '--project', 'db', '--project', 'db-postgres'),
        report: 'vitest',
        reportFile: 'vitest-postgres.json',
        skip: skipPostgres ? (quick ? '--quick' : '--skip-postgres') : undefined,
      }
    : {
        name: 'vitest db (PostgreSQL 15 via scripts/with-postgres.sh)',
        command: 'bash',
        args: [
          'scripts/with-postgres.sh',
          'npx',
          ...vitestArgs('vitest-postgres', '--project', 'db', '--project', 'db-postgres'),
        ],
        report: 'vitest',
        reportFile: 'vitest-postgres.json',
        skip: skipPostgres ? (quick ? '--quick' : '--skip-postgres') : undefined,
        precheck: () =>
          existsSync(path.join(ROOT, 'scripts/with-postgres.sh'))
            ? undefined
            : 'scripts/with-postgres.sh is missing: it starts the throwaway PostgreSQL 15 server. ' +
              'Set GREENLIGHT_TEST_DATABASE_URL to use an existing server instead.',
      },
  {
    name: 'build',
    command: 'npm',
    args: ['run', '--silent', 'build'],
    skip: quick ? '--quick' : undefined,
  },
  {
    name: 'e2e (Playwright)',
    command: 'npm',
    args: ['run', '--silent', 'test:e2e'],
    env: { ...process.env, GREENLIGHT_E2E_JSON: path.join(reportDir, 'e2e.json') },
    report: 'playwright',
    reportFile: 'e2e.json',
    skip: quick ? '--quick' : undefined,
  },
];

/** @type {{ name: string, status: 'passed' | 'failed' | 'skipped' | 'not run', seconds: number, note: string }[]} */
const results = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {string[]} the failed tests' names, printed again at the end where CI's tail shows them */
const failedTests = [];
let failedStep;
const suiteStarted = Date.now();

for (const [position, step] of steps.entries()) {
  const label = `[${position + 1}/${steps.length}] ${step.name}`;
  if (failedStep) {
    results.push({ name: step.name, status: 'not run', seconds: 0, note: '' });
    continue;
  }
  if (step.skip) {
    console.log(`\n=== ${label}: skipped (${step.skip})`);
    results.push({ name: step.name, status: 'skipped', seconds: 0, note: step.skip });
    continue;
  }
  console.log(`\n=== ${label}: ${[step.command, ...step.args].join(' ')}`);
  const started = Date.now();
  const problem = step.precheck?.();
  const exitCode = problem ? (console.error(`${step.name}: ${problem}`), 1) : await run(step);
  const seconds = (Date.now() - started) / 1000;
  const counts = step.report ? readCounts(step) : undefined;
  let failedHere = counts?.failed ?? 0;
  if (exitCode !== 0 && failedHere === 0) failedHere = 1; // the step itself failed
  totals.passed += counts?.passed ?? 0;
  totals.failed += failedHere;
  totals.skipped += counts?.skipped ?? 0;
  failedTests.push(...(counts?.failedNames ?? []).map((name) => `${step.name}: ${name}`));
  const note = counts
    ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`
    : '';
  const status = exitCode === 0 ? 'passed' : 'failed';
  results.push({ name: step.name, status, seconds, note });
  console.log(
    `=== ${label}: ${status.toUpperCase()} in ${seconds.toFixed(1)} s${note ? ` (${note})` : ''}`,
  );
  if (exitCode !== 0) failedStep = step.name;
}

rmSync(reportDir, { recursive: true, force: true });

console.log('\nSummary');
const width = Math.max(...results.map((r) => r.name.length));
for (const result of results) {
  const time =
    result.status === 'passed' || result.status === 'failed'
      ? `${result.seconds.toFixed(1)} s`
      : '';
  console.log(
    `  ${result.status.padEnd(7)}  ${result.name.padEnd(width)}  ${time.padStart(8)}  ${result.note}`.trimEnd(),
  );
}
console.log(`  total ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`);
if (failedStep) console.log(`\nFAILED at step: ${failedStep}`);
for (const name of failedTests.slice(0, 20)) console.log(`  failed: ${name}`);
if (totals.skipped > 0) console.log(`(${totals.skipped} test(s) skipped)`);
if (quick || skipPostgres) console.log('(partial run: CI runs every step)');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = failedStep ? 1 : 0;

// ---------------------------------------------------------------------------------------------

/** @param {Step} step @returns {Promise<number>} */
function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      cwd: ROOT,
      env: step.env ?? process.env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`${step.name}: could not start ${step.command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Test counts from a runner's JSON report; undefined when the runner wrote none (it crashed, or
 * the e2e runner found no spec files).
 * @param {Step} step
 * @returns {{ passed: number, failed: number, skipped: number, failedNames: string[] } | undefined}
 */
function readCounts(step) {
  const file = path.join(reportDir, step.reportFile ?? '');
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    if (step.report === 'vitest') {
      // A test file that fails to load has no test results: count it as one failure.
      const brokenFiles = (report.testResults ?? []).filter(
        (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
      ).length;
      const failedNames = (report.testResults ?? []).flatMap((file) => {
        const where = path.relative(ROOT, file.name ?? '');
        const tests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
        if (file.status === 'failed' && tests.length === 0)
          return [`${where} (did not load: ${firstLine(file.message)})`];
        return tests.map(
          (test) => `${where} > ${test.fullName} (${firstLine(test.failureMessages?.[0])})`,
        );
      });
      return {
        passed: report.numPassedTests ?? 0,
        failed: (report.numFailedTests ?? 0) + brokenFiles,
        skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
        failedNames,
      };
    }
    const stats = report.stats ?? {};
    return {
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: stats.unexpected ?? 0,
      skipped: stats.skipped ?? 0,
      failedNames: playwrightFailures(report.suites ?? []),
    };
  } catch (error) {
    console.error(`${step.name}: unreadable report ${file}: ${String(error)}`);
    return undefined;
  }
}

/** @param {unknown} text */
function firstLine(text) {
  return stripVTControlCharacters(String(text ?? ''))
    .split('\n')[0]
    .slice(0, 200);
}

/**
 * Titles of Playwright tests whose outcome was unexpected.
 * @param {any[]} suites
 * @returns {string[]}
 */
function playwrightFailures(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => (spec.tests ?? []).some((test) => test.status === 'unexpected'))
      .map((spec) => `${spec.file ?? suite.file ?? ''} > ${spec.title}`),
    ...playwrightFailures(suite.suites ?? []),
  ]);
}
