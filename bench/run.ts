// `npm run bench` (tsx bench/run.ts): how fast a feature screenplay imports (against fountain-js), how fast
// a call sheet PDF renders, how fast the authority engine decides, and how the approvals inbox answers under
// load, on the embedded database and (when a server is given) on PostgreSQL; then the budget engine, the
// timecard engine and the cost report (pure, and end to end on the same databases). The schedule solvers
// have their own: `npm run bench:schedule`.
//
//   BENCH_SECONDS                    autocannon duration per database (default 10)
//   BENCH_CONNECTIONS                concurrent connections (default 50)
//   GREENLIGHT_TEST_DATABASE_URL     a PostgreSQL server to measure too (or DATABASE_URL); the benchmark
//                                    creates a throwaway database there and drops it afterwards
//
// Everything listens on 127.0.0.1 only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@greenlight/db';
import { formatEighths } from '@greenlight/domain';
import { CALL_SHEET_PDF_TARGET_MS, measureCallSheetPdf, TYPICAL_DAY } from './call-sheet-pdf.js';
import { measureDecideThroughput } from './decide-throughput.js';
import { decimal, formatTable, integer } from './format-table.js';
import { measureDraftImport } from './import-draft.js';
import { measureInboxLatency, type InboxLatency } from './inbox-latency.js';
import { measureScreenplayParse } from './parse-screenplay.js';
import { createThrowawayDatabase, describeServer } from './throwaway-postgres.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const EXTRA_REQUESTS = 200;

const say = (text = ''): void => console.log(text);

say('Greenlight benchmarks');
say(`  command   npm run bench   (tsx bench/run.ts)`);
say(
  `  machine   node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPU(s): ${cpus()[0]?.model ?? 'unknown'}`,
);
say();

// (a) Screenplay import: the ~120-page Fountain fixture, ours against fountain-js on the same text.
const script = measureScreenplayParse();
const ratio = script.importMs / script.fountainJsTokenizeMs;
say(
  `Screenplay import: fixtures/screenplays/long-feature.fountain (${decimal(script.bytes / 1024)} KB, ${script.pages} pages, ${script.scenes} scenes, ${formatEighths(script.totalEighths)} pages of scenes), median of ${script.runs} interleaved runs`,
);
say(
  formatTable(
    ['step', 'ms'],
    [
      [
        'Greenlight: decodeText + parseFountain + paginateScript + extractScenes',
        decimal(script.importMs, 2),
      ],
      ['  decodeText (bytes to text)', decimal(script.decodeMs, 2)],
      ['  parseFountain (text to document)', decimal(script.parseMs, 2)],
      ['  paginateScript + extractScenes (pages, scenes, eighths)', decimal(script.layoutMs, 2)],
      [
        'fountain-js 1.2.4: Lexer.tokenize (its tokenizer alone)',
        decimal(script.fountainJsTokenizeMs, 2),
      ],
      [
        'fountain-js 1.2.4: new Fountain().parse(text, true) (tokens + HTML)',
        decimal(script.fountainJsParseMs, 2),
      ],
    ],
  ),
);
say(
  `  ratio: Greenlight's whole import takes ${decimal(ratio, 2)}× the time of fountain-js's tokenizer alone (${decimal(script.importMs / script.fountainJsParseMs, 2)}× its parse); targets: under 50 ms (${script.importMs < 50 ? 'met' : 'MISSED'}), ratio at most 1 (${ratio <= 1 ? 'met' : 'MISSED'})`,
);
say();

// (a2) The same feature imported into a production through the API (embedded database, in memory), broken
// down, then revised.
{
  const database = await openDatabase({ memory: true });
  try {
    const draft = await measureDraftImport(database);
    say(
      `Draft import through the API (POST /script/drafts, PGlite in memory): the long feature into the demo production, ${draft.scenes} scenes`,
    );
    say(
      formatTable(
        ['step', 'ms'],
        [
          ['import the first draft (parse, scenes, store)', decimal(draft.firstImportMs, 1)],
          [`tag ${integer(draft.tags)} suggested elements in one request`, decimal(draft.tagMs, 1)],
          [
            `import a revision (match scenes, carry ${integer(draft.kept)} tags over, ${integer(draft.review)} to review)`,
            decimal(draft.revisionImportMs, 1),
          ],
          ['read the script page (GET /script)', decimal(draft.overviewMs, 1)],
        ],
      ),
    );
  } finally {
    await database.close();
  }
}
say();

// (a3) Call sheet PDF generation on a full shoot day (`npm run bench:callsheet` also times a long day).
{
  const sheet = await measureCallSheetPdf(TYPICAL_DAY);
  say(
    `Call sheet PDF (renderCallSheetPdf): a full day, ${TYPICAL_DAY.scenes} scenes, ${TYPICAL_DAY.cast} cast, ${TYPICAL_DAY.crew} crew calls, ${TYPICAL_DAY.advance} advance days (${sheet.pages} pages), median of ${sheet.runs} runs after one cold render`,
  );
  say(
    formatTable(
      ['render', 'ms'],
      [
        ['first (cold: fonts loaded)', decimal(sheet.firstMs, 1)],
        ['first issue, median', decimal(sheet.medianMs, 1)],
        ['revision with changes, median', decimal(sheet.revisedMedianMs, 1)],
      ],
    ),
  );
  say(
    `  target: under ${CALL_SHEET_PDF_TARGET_MS} ms (${sheet.medianMs < CALL_SHEET_PDF_TARGET_MS ? 'met' : 'MISSED'})`,
  );
}
say();

// (b) The authority engine alone.
const decisions = measureDecideThroughput({ people: 200, minSeconds: 3 });
say(
  `decide(): ${decisions.people} people (${decisions.assignments} assignments, reporting lines, 2 delegations), default matrix, ${decisions.actions} actions × mixed amounts and departments`,
);
say(
  formatTable(
    [
      'cases',
      'decisions',
      'seconds',
      'decisions/s',
      'µs/decision',
      'allow',
      'requires-approval',
      'deny',
    ],
    [
      [
        integer(decisions.cases),
        integer(decisions.decisions),
        decimal(decisions.seconds, 2),
        integer(decisions.opsPerSecond),
        decimal(decisions.microsecondsPerDecision, 2),
        integer(decisions.outcomes.allow),
        integer(decisions.outcomes['requires-approval']),
        integer(decisions.outcomes.deny),
      ],
    ],
  ),
);
say(
  `  by outcome: µs/decision allow ${decimal(decisions.microsecondsByOutcome.allow, 2)}, deny ${decimal(decisions.microsecondsByOutcome.deny, 2)}, requires-approval ${decimal(decisions.microsecondsByOutcome['requires-approval'], 2)} (outcome counts are over one pass of the cases)`,
);
say();

// (c) The inbox over HTTP.
say(
  `GET /api/v1/approvals?scope=awaiting-me as the executive producer: demo production + ${EXTRA_REQUESTS} extra pending requests, autocannon ${connections} connections × ${seconds} s on 127.0.0.1`,
);
const results: InboxLatency[] = [];
const skipped: string[] = [];

const dataDir = mkdtempSync(join(tmpdir(), 'greenlight-bench-'));
try {
  const database = await openDatabase({ dataDir });
  try {
    results.push(
      await measureInboxLatency('PGlite (embedded, data dir)', database, {
        connections,
        seconds,
        extraRequests: EXTRA_REQUESTS,
      }),
    );
  } finally {
    await database.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const serverUrl = process.env['GREENLIGHT_TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
if (serverUrl) {
  const throwaway = await createThrowawayDatabase(serverUrl);
  try {
    const database = await openDatabase({ databaseUrl: throwaway.url });
    try {
      const version = await database.kysely
        .selectNoFrom((eb) => eb.fn<string>('current_setting', [eb.val('server_version')]).as('v'))
        .executeTakeFirstOrThrow();
      results.push(
        await measureInboxLatency(
          `PostgreSQL ${version.v.split(' ')[0] ?? ''} (${describeServer(serverUrl)}, throwaway database)`,
          database,
          {
            connections,
            seconds,
            extraRequests: EXTRA_REQUESTS,
          },
        ),
      );
    } finally {
      await database.close();
    }
  } finally {
    await throwaway.drop();
  }
} else {
  skipped.push(
    'PostgreSQL: skipped (no GREENLIGHT_TEST_DATABASE_URL or DATABASE_URL). Run it with a throwaway server:',
    '  bash scripts/with-postgres.sh npm run bench',
  );
}

say(
  formatTable(
    [
      'database',
      'inbox',
      'requests',
      'req/s',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'max ms',
      'non-2xx',
      'errors',
      'timeouts',
    ],
    results.map((r) => [
      r.database,
      integer(r.inbox),
      integer(r.requests),
      decimal(r.requestsPerSecond),
      decimal(r.p50),
      decimal(r.p90),
      decimal(r.p99),
      decimal(r.max),
      integer(r.non2xx),
      integer(r.errors),
      integer(r.timeouts),
    ]),
  ),
);
for (const line of skipped) say(`  ${line}`);
if (results.some((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0)) {
  say('Some requests failed: the figures above are not valid.');
  process.exitCode = 1;
}

// The figures the budget, cost control and shooting operations name, from their own scripts (each also runs
// alone as `npm run bench:<name>`), in child processes so one's heap and JIT do not colour the next's.
for (const script of [
  'budget.ts',
  'production-report.ts',
  'timecards.ts',
  'cost.ts',
  'cost-report-db.ts',
]) {
  say();
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL(script, import.meta.url))],
    { stdio: 'inherit', env: process.env },
  );
  if (child.status !== 0) process.exitCode = 1;
}
