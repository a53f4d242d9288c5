// `npm run test:e2e`: the browser suite (e2e/*.spec.ts) against the real server.
//
//   1. makes a temporary folder with a data dir,
//   2. seeds it: `node packages/cli/bin/greenlight.mjs demo --data-dir DIR --json`, whose JSON
//      ({ productionId, users: [{ email, password, role }] }) the specs read through
//      e2e/support/demo.ts (env GREENLIGHT_E2E_DEMO_FILE),
//   3. starts `node packages/cli/bin/greenlight.mjs serve --data-dir DIR --port PORT` on a free
//      loopback port and waits for GET /api/v1/health,
//   4. runs `playwright test --config e2e/playwright.config.ts` with GREENLIGHT_E2E_BASE_URL
//      (extra arguments are passed on to Playwright, e.g. `npm run test:e2e -- --grep login`),
//   5. stops the server and deletes the folder (`--keep` keeps it and prints where).
// Playwright drives Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH); no browser is
// downloaded. Exit code: Playwright's, or 1 when the setup fails.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'packages/cli/bin/greenlight.mjs');
const CONFIG = path.join(ROOT, 'e2e/playwright.config.ts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOST = '127.0.0.1';
const DEMO_TIMEOUT_MS = 180_000;
const HEALTH_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const playwrightArgs = argv.filter((arg) => arg !== '--keep');

class SetupError extends Error {}

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
let workDir;

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

process.exitCode = await main().catch((error) => {
  if (error instanceof SetupError) console.error(`\ne2e: ${error.message}`);
  else console.error(error);
  return 1;
});
await cleanup();

async function main() {
  const specs = findSpecs(path.join(ROOT, 'e2e'));
  if (specs.length === 0) {
    console.log('e2e: no e2e/**/*.spec.ts files: nothing to run (0 browser tests).');
    return 0;
  }
  if (!existsSync(CLI)) {
    throw new SetupError(
      `${path.relative(ROOT, CLI)} not found: the browser tests need the CLI's \`demo\` and \`serve\` commands.`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new SetupError(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(path.join(ROOT, 'packages/web/dist/index.html'))) {
    console.warn(
      'e2e: warning: packages/web/dist/index.html is missing; run `npm run build` first.',
    );
  }

  workDir = mkdtempSync(path.join(tmpdir(), 'greenlight-e2e-'));
  const dataDir = path.join(workDir, 'data');
  mkdirSync(dataDir);
  const demoFile = path.join(workDir, 'demo.json');
  const serverLog = path.join(workDir, 'server.log');

  console.log(`e2e: seeding demo data into ${dataDir}`);
  const demo = await runDemo(dataDir);
  writeFileSync(demoFile, `${JSON.stringify(demo, null, 2)}\n`);

  const port = await findFreePort();
  const baseURL = `http://${HOST}:${port}`;
  console.log(`e2e: starting the server on ${baseURL} (log: ${serverLog})`);
  const logFd = openSync(serverLog, 'a');
  server = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  closeSync(logFd);
  const serverExit = new Promise((resolve) =>
    server?.once('exit', (code, signal) => resolve({ code, signal })),
  );
  try {
    await waitForHealth(`${baseURL}/api/v1/health`, serverExit);
  } catch (error) {
    printTail(serverLog);
    throw error;
  }
  console.log('e2e: server is healthy; running Playwright');

  const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const code = await runInherit(
    process.execPath,
    [playwrightCli, 'test', '--config', CONFIG, ...playwrightArgs],
    {
      ...process.env,
      GREENLIGHT_E2E_BASE_URL: baseURL,
      GREENLIGHT_E2E_DEMO_FILE: demoFile,
      CHROMIUM_PATH: CHROMIUM,
    },
  );
  const serverDied = server.exitCode !== null || server.signalCode !== null;
  if (code !== 0 || serverDied) {
    if (serverDied) console.error('e2e: the server exited during the tests');
    printTail(serverLog);
  }
  return code === 0 && serverDied ? 1 : code;
}

/** Runs `greenlight demo --json` and returns its parsed output. */
async function runDemo(dataDir) {
  const child = spawn(process.execPath, [CLI, 'demo', '--data-dir', dataDir, '--json'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), DEMO_TIMEOUT_MS);
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', (exitCode) => resolve(exitCode ?? -1));
  });
  clearTimeout(timer);
  if (code !== 0) {
    throw new SetupError(`\`greenlight demo\` exited with ${code}:\n${stderr}${stdout}`.trimEnd());
  }
  const demo = parseJsonOutput(stdout);
  if (
    !demo ||
    typeof demo !== 'object' ||
    !('productionId' in demo) ||
    !Array.isArray(demo.users) ||
    demo.users.length === 0
  ) {
    throw new SetupError(
      `\`greenlight demo --json\` did not print {"productionId": ..., "users": [{"email","password","role"}]}:\n${stdout}`,
    );
  }
  return demo;
}

/** The whole output as JSON, or else its last line that parses as a JSON object. */
function parseJsonOutput(text) {
  try {
    return JSON.parse(text);
  } catch {
    for (const line of text.trim().split('\n').reverse()) {
      if (!line.trim().startsWith('{')) continue;
      try {
        return JSON.parse(line);
      } catch {
        // keep looking
      }
    }
    return undefined;
  }
}

async function waitForHealth(url, serverExit) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let exited;
  void serverExit.then((status) => (exited = status));
  let lastError = '';
  while (Date.now() < deadline) {
    if (exited) {
      throw new SetupError(
        `the server exited before answering ${url} (code ${exited.code}, signal ${exited.signal})`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new SetupError(
    `${url} did not answer within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${lastError})`,
  );
}

function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function findSpecs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.spec.ts'))
    .filter((entry) => !(entry.parentPath ?? entry.path).includes('node_modules'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

function runInherit(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Signals the whole process group, so anything the CLI spawned stops too. */
function killGroup(child, signal) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopServer() {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
  });
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    console.error(`e2e: the server did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    killGroup(child, 'SIGKILL');
    await exited;
  }
}

async function cleanup() {
  await stopServer();
  if (!workDir) return;
  if (keep) console.log(`e2e: kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}

function printTail(file, lines = 60) {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8').trimEnd();
  if (!text) return;
  console.error(
    `\n--- last lines of ${file} ---\n${text.split('\n').slice(-lines).join('\n')}\n---`,
  );
}
