// `npm run bench:budget` (tsx bench/budget.ts [LINES]): the budget engine on a seeded 10,000-line budget
// (feature template, default fringes, globals with a chain of references, lines in four currencies,
// schedule links, contingency and bond): a full recompute, and the update of every total after a single
// line edit (`applyLineEdit`), each against its target.
//
//   LINES    detail lines (default 10,000)
import { availableParallelism, cpus, loadavg } from 'node:os';
import {
  applyLineEdit,
  budgetOf,
  computeBudget,
  type Budget,
  type ComputedBudget,
  type LineEdit,
} from '@greenlight/domain';
import { randomBudget, randomLineEdits } from '@greenlight/domain/testing';
import { decimal, formatTable, integer } from './format-table.js';

const LINES = Number(process.argv[2] ?? 10_000);
const SEED = 1;
const FULL_RUNS = 40;
const EDITS = 2_000;
const FULL_TARGET_MS = 20;
const EDIT_TARGET_MS = 2;

const say = (text = ''): void => console.log(text);
const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const mustCompute = (budget: Budget): ComputedBudget => {
  const result = computeBudget(budget);
  if (!result.ok) throw result.error;
  return result.value;
};

say('Greenlight budget engine benchmark');
say(
  `  command   npm run bench:budget${process.argv[2] === undefined ? '' : ` ${process.argv[2]}`}   (tsx bench/budget.ts)`,
);
say(
  `  machine   node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPU(s): ${cpus()[0]?.model ?? 'unknown'}; load average ${loadavg()
    .map((l) => decimal(l, 2))
    .join(' ')}`,
);
const budget = randomBudget(SEED, LINES);
const fringeAssignments = budget.lines.reduce((sum, line) => sum + new Set(line.fringeIds).size, 0);
say(
  `  budget    randomBudget(seed ${SEED}, ${integer(LINES)} lines): ${budget.accounts.length} accounts, ${budget.fringes.length} fringes (${integer(fringeAssignments)} line assignments), ${budget.globals.length} globals (${integer(budget.lines.filter((l) => l.amount.kind === 'global').length)} lines use one), ${integer(budget.lines.filter((l) => l.currency !== budget.currency).length)} lines in EUR, GBP or JPY, ${integer(budget.lines.filter((l) => l.scheduleLink !== null).length)} linked to the schedule, ${budget.percentageItems.length} percentage items`,
);
say();

// (a) Full recompute: the first (cold) call, then the median of FULL_RUNS after a warm-up.
let start = performance.now();
let computed = mustCompute(budget);
const coldMs = performance.now() - start;
for (let i = 0; i < 5; i += 1) mustCompute(budget);
const fullTimes: number[] = [];
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
const fullCpuTimes: number[] = [];
for (let i = 0; i < FULL_RUNS; i += 1) {
  const cpu = process.cpuUsage();
  start = performance.now();
  computed = mustCompute(budget);
  fullTimes.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  fullCpuTimes.push((used.user + used.system) / 1000);
}
fullTimes.sort((a, b) => a - b);
fullCpuTimes.sort((a, b) => a - b);
const fullMedian = percentile(fullTimes, 50);
const fullCpuMedian = percentile(fullCpuTimes, 50);

// (b) Single line edits: updates, additions and removals, each timed on its own.
const edits: LineEdit[] = randomLineEdits(SEED + 1, budget, EDITS);
const editTimes: number[] = [];
let edited = computed;
for (const edit of edits) {
  start = performance.now();
  const result = applyLineEdit(edited, edit);
  editTimes.push(performance.now() - start);
  if (!result.ok) throw result.error;
  edited = result.value;
}
editTimes.sort((a, b) => a - b);
const editMedian = percentile(editTimes, 50);
const editP99 = percentile(editTimes, 99);

// The edits must land exactly where a full recompute of the edited budget does.
const recomputed = mustCompute(budgetOf(edited));
const same =
  recomputed.grandTotal === edited.grandTotal &&
  JSON.stringify(recomputed.topSheet) === JSON.stringify(edited.topSheet);

say(
  `Full recompute (computeBudget) and single line edits (applyLineEdit), ${integer(LINES)} lines`,
);
say(
  formatTable(
    ['step', 'runs', 'median ms', 'p90 ms', 'p99 ms', 'min ms', 'max ms'],
    [
      [
        'computeBudget, warm',
        integer(FULL_RUNS),
        decimal(fullMedian, 2),
        decimal(percentile(fullTimes, 90), 2),
        decimal(percentile(fullTimes, 99), 2),
        decimal(fullTimes[0] ?? NaN, 2),
        decimal(fullTimes[fullTimes.length - 1] ?? NaN, 2),
      ],
      ['computeBudget, first call (cold JIT)', '1', decimal(coldMs, 2), '', '', '', ''],
      [
        'applyLineEdit (70 % update, 15 % add, 15 % remove)',
        integer(EDITS),
        decimal(editMedian, 3),
        decimal(percentile(editTimes, 90), 3),
        decimal(editP99, 3),
        decimal(editTimes[0] ?? NaN, 3),
        decimal(editTimes[editTimes.length - 1] ?? NaN, 3),
      ],
    ],
  ),
);
say(
  `  grand total ${integer(edited.grandTotal)} minor units after the edits; a full recompute of the edited budget gives the same top sheet: ${same ? 'yes' : 'NO'}`,
);
say(
  `  computeBudget CPU time (user + system, this process): median ${decimal(fullCpuMedian, 2)} ms, min ${decimal(fullCpuTimes[0] ?? NaN, 2)} ms`,
);
say(
  `  targets (medians, as the other benches): full recompute under ${FULL_TARGET_MS} ms (${verdict(fullMedian < FULL_TARGET_MS)}); every total after a line edit under ${EDIT_TARGET_MS} ms (${verdict(editMedian < EDIT_TARGET_MS)}; p99 ${decimal(editP99, 3)} ms)`,
);
say(
  '  wall-clock figures include waiting for the CPU: read them with the load average above (2 CPUs).',
);
if (!same) process.exitCode = 1;
