// `npm run bench:cost` (tsx bench/cost.ts [LINES] [DOCUMENTS]): the pure cost-report engine on a seeded
// 10,000-line budget and 100,000 spending documents (purchase orders, invoices billed against them with
// partial, full and overrun liquidations, check requests, envelopes, card transactions; every status; a
// tenth in euros), each against its target. The database part of issue 6 (loading the documents on PGlite
// and PostgreSQL, 500 ms end to end) is measured by `npm run bench` once the tables exist.
//
//   LINES       budget detail lines (default 10,000)
//   DOCUMENTS   spending documents (default 100,000)
import { availableParallelism, cpus, loadavg } from 'node:os';
import {
  buildCostReport,
  buildCostReportDocument,
  buildCostReportTable,
  buildProgressReport,
  computeBudget,
  costPostings,
  costReportBudgetOf,
  costReportSnapshot,
  instant,
  calendarDate,
  overageCoverage,
  postSpendingDocuments,
  type CostReport,
  type MinorUnits,
} from '@greenlight/domain';
import { randomBudget, randomSpendingDocuments } from '@greenlight/domain/testing';
import { decimal, formatTable, integer } from './format-table.js';

const LINES = Number(process.argv[2] ?? 10_000);
const DOCUMENTS = Number(process.argv[3] ?? 100_000);
const RUNS = 30;
const TARGET_MS = 100;
const AS_OF = calendarDate('2026-04-30');

const say = (text = ''): void => console.log(text);
const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

// Median wall and CPU time of `runs` calls after a warm-up, and the first (cold) call.
const measure = <T>(
  runs: number,
  run: () => T,
): { cold: number; median: number; p90: number; cpu: number; value: T } => {
  let start = performance.now();
  let value = run();
  const cold = performance.now() - start;
  for (let i = 0; i < 3; i += 1) run();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    start = performance.now();
    value = run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    cold,
    median: percentile(times, 50),
    p90: percentile(times, 90),
    cpu: percentile(cpuTimes, 50),
    value,
  };
};

say('Greenlight cost report benchmark');
const args = process.argv.slice(2).join(' ');
say(`  command   npm run bench:cost${args === '' ? '' : ` ${args}`}   (tsx bench/cost.ts)`);
say(
  `  machine   node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPU(s): ${cpus()[0]?.model ?? 'unknown'}; load average ${loadavg()
    .map((l) => decimal(l, 2))
    .join(' ')}`,
);
const computed = computeBudget(randomBudget(1, LINES));
if (!computed.ok) throw computed.error;
const budget = costReportBudgetOf(computed.value);
const accounts = budget.accounts.map((a) => a.accountNumber);
const documents = randomSpendingDocuments(2, accounts, DOCUMENTS);
const codingLines = documents.reduce((sum, d) => sum + d.lines.length, 0);
const estimates = new Map(
  accounts.filter((_, i) => i % 3 === 0).map((a, i) => [a, (i * 1_000_000) as MinorUnits]),
);
say(
  `  data      randomBudget(seed 1, ${integer(LINES)} lines): ${budget.accounts.length} accounts, grand total ${integer(computed.value.grandTotal)} minor units; randomSpendingDocuments(seed 2, ${integer(DOCUMENTS)}): ${integer(codingLines)} coding lines, ${integer(documents.filter((d) => d.kind === 'purchase-order').length)} purchase orders, ${integer(documents.filter((d) => d.purchaseOrderId !== null).length)} invoices against one, ${integer(documents.filter((d) => d.currency !== budget.currency).length)} in EUR; ${estimates.size} entered estimates; as of ${AS_OF}`,
);
say();

const previous = (() => {
  const first = buildCostReport({
    budget,
    documents: documents.slice(0, DOCUMENTS / 2),
    asOf: AS_OF,
    estimatesToComplete: estimates,
  });
  if (!first.ok) throw first.error;
  return costReportSnapshot(first.value);
})();

const full = measure(RUNS, () => {
  const result = buildCostReport({
    budget,
    documents,
    asOf: AS_OF,
    estimatesToComplete: estimates,
    previous,
  });
  if (!result.ok) throw result.error;
  return result.value;
});
const report: CostReport = full.value;
const ledger = measure(RUNS, () =>
  postSpendingDocuments(documents, {
    currency: budget.currency,
    exchangeRates: budget.exchangeRates,
    asOf: AS_OF,
  }),
);
const busiest = [...ledger.value.accounts.entries()].sort(
  (a, b) => b[1].actuals + b[1].commitments - (a[1].actuals + a[1].commitments),
)[0]?.[0];
const drill = measure(RUNS, () =>
  costPostings(
    documents,
    { currency: budget.currency, exchangeRates: budget.exchangeRates, asOf: AS_OF },
    busiest,
  ),
);
const exports = measure(RUNS, () => ({
  table: buildCostReportTable(report),
  pdf: buildCostReportDocument(report, {
    title: 'Benchmark',
    generatedAt: instant('2026-04-30T12:00:00Z'),
    timeZone: 'UTC',
    overages: overageCoverage(report, []),
  }),
}));

// The weekly progress report on the same data (issue 6): spend by week from the first document, variances,
// section bars and the headline; no financing or schedule (they are small inputs).
const progress = measure(RUNS, () =>
  buildProgressReport({
    costReport: report,
    documents,
    exchangeRates: budget.exchangeRates,
    weekStartsOn: 1,
    financing: null,
    shootDays: null,
  }),
);

const row = (name: string, m: ReturnType<typeof measure>): string[] => [
  name,
  integer(RUNS),
  decimal(m.median, 2),
  decimal(m.p90, 2),
  decimal(m.cpu, 2),
  decimal(m.cold, 2),
];
say(`Cost report, ${integer(LINES)}-line budget, ${integer(DOCUMENTS)} documents`);
say(
  formatTable(
    ['step', 'runs', 'median ms', 'p90 ms', 'CPU median ms', 'first call ms'],
    [
      row('buildCostReport (ledger + report + change since last)', full),
      row('  postSpendingDocuments (the ledger alone)', ledger),
      row(`  costPostings for account ${busiest ?? '-'} (drill-down)`, drill),
      row('buildCostReportTable + buildCostReportDocument', exports),
      row(
        `buildProgressReport (${integer(progress.value.spend.length)} weeks of spend, variances, headline)`,
        progress,
      ),
    ],
  ),
);
const g = report.grandTotal;
const identity =
  g.estimatedFinalCost === g.actualsToDate + g.commitments + g.estimateToComplete &&
  g.actualsToDate === ledger.value.actuals &&
  g.commitments === ledger.value.commitments;
say(
  `  grand total: budget ${integer(g.budget)}, actuals ${integer(g.actualsToDate)}, commitments ${integer(g.commitments)}, to complete ${integer(g.estimateToComplete)}, EFC ${integer(g.estimatedFinalCost)}, variance ${integer(g.variance)}, change ${integer(g.changeSinceLastReport ?? 0)} (minor units)`,
);
say(
  `  ${integer(report.purchaseOrders.length)} purchase orders counted, ${integer(report.purchaseOrders.filter((p) => p.overrun > 0).length)} overrun; ${integer(drill.value.length)} postings behind ${busiest ?? '-'}; EFC = actuals + commitments + ETC and the ledger agrees: ${identity ? 'yes' : 'NO'}`,
);
say(
  `  target: the pure cost report under ${TARGET_MS} ms: wall median ${decimal(full.median, 2)} ms (${verdict(full.median < TARGET_MS)}), CPU median ${decimal(full.cpu, 2)} ms (${verdict(full.cpu < TARGET_MS)}); the issue's 500 ms end to end on PGlite and PostgreSQL is for the database bench`,
);
say('  wall-clock figures include waiting for the CPU: read them with the load average above.');
if (!identity) process.exitCode = 1;
