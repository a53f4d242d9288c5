// `npm run bench:schedule` (tsx bench/schedule.ts [FOLDER]): the schedule optimizer (`solveSchedule`) on
// the public scheduling benchmarks against their known optima and the best published solve times.
//
//   FOLDER                    holds talent-scheduling/ and movie-shoot/ (default ../shared/benchmarks,
//                             relative to the repository)
//   BENCH_SCHEDULE_QUICK=1    skip the 60 s runs on the large movie-shoot instances
//
// Costs are printed in each file's own convention: the total cost for talent scheduling, actor idle
// cost + location revisits for movie shoot.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { solveSchedule, type SchedulingProblem, type SolveResult } from '@greenlight/domain';
import { randomSchedulingProblem } from '@greenlight/domain/testing';
import { parseSchedulingInstance, type SchedulingInstance } from '@greenlight/importers';
import { decimal, formatTable, integer } from './format-table.js';

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
const folder = resolve(process.argv[2] ?? join(REPOSITORY, '../shared/benchmarks'));
const quick = process.env['BENCH_SCHEDULE_QUICK'] === '1';
const SEED = 1;

/**
 * Best published solve times, from the table in the benchmarks README (Qin, Zhang, Lim & Liang,
 * EJOR 250, 2016, branch and bound in C++ on a Xeon E5430 2.66 GHz; Garcia de la Banda, Stuckey & Chu,
 * INFORMS J. Computing 2011, dynamic programming; Smith 2005, constraint programming). The instances
 * the README gives no time for are absent.
 */
const PUBLISHED_TIMES: Readonly<Record<string, string>> = {
  MobStory: '0.05 s B&B (Qin 2016); 0.11 s DP (de la Banda 2011); 64.7 s CP (Smith 2005)',
  film103: '0.02 s B&B; 0.06 s DP; 76.7 s CP',
  film105: '0.02 s B&B; 0.02 s DP; 16.1 s CP',
  film114: '0.03 s B&B; 0.08 s DP; 127 s CP',
  film116: '0.03 s B&B; 0.16 s DP; 125.8 s CP',
  film117: '0.02 s B&B; 0.10 s DP; 76.9 s CP',
  film118: '0.02 s B&B; 0.04 s DP; 93.1 s CP',
  film119: '0.02 s B&B; 0.08 s DP; 70.8 s CP',
};

const say = (text = ''): void => console.log(text);

const solve = (problem: SchedulingProblem, seconds: number): SolveResult =>
  solveSchedule(problem, {
    seed: SEED,
    timeLimitMs: seconds * 1000,
    clock: () => performance.now(),
  });

const readInstances = (subfolder: string): SchedulingInstance[] =>
  readdirSync(join(folder, subfolder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const parsed = parseSchedulingInstance(readFileSync(join(folder, subfolder, name), 'utf8'));
      if (parsed.instance === null) {
        throw new Error(`${name}: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
      }
      return parsed.instance;
    });

const inFileConvention = (instance: SchedulingInstance, total: number): number =>
  instance.format === 'movie-shoot' ? total - instance.fixedCost : total;

const seconds = (ms: number): string => decimal(ms / 1000, 2);
const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');

say('Greenlight schedule optimizer benchmarks');
say(
  `  command   npm run bench:schedule${process.argv[2] === undefined ? '' : ` ${process.argv[2]}`}   (tsx bench/schedule.ts)`,
);
say(`  folder    ${folder}`);
say(
  `  machine   node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPU(s): ${cpus()[0]?.model ?? 'unknown'}`,
);
say(`  solver    solveSchedule (exact search up to 48 scenes, local search), seed ${SEED}`);
say();

// (a) Talent scheduling: every published instance, 10 s each at most.
{
  const instances = readInstances('talent-scheduling').sort(
    (a, b) => a.problem.scenes.length - b.problem.scenes.length || a.name.localeCompare(b.name),
  );
  const rows: string[][] = [];
  let filmsMet = true;
  for (const instance of instances) {
    const result = solve(instance.problem, 10);
    const isFilm = /^film\d/.test(instance.name);
    if (isFilm && !(result.optimal && result.elapsedMs < 1000)) filmsMet = false;
    rows.push([
      instance.name,
      `${instance.problem.scenes.length} × ${instance.problem.actors.length}`,
      integer(result.cost),
      instance.knownOptimum === null ? '—' : integer(instance.knownOptimum),
      result.optimal ? 'yes' : 'no',
      seconds(result.elapsedMs),
      PUBLISHED_TIMES[instance.name] ?? '',
    ]);
  }
  say(`Talent scheduling (${folder}/talent-scheduling), total cost, time limit 10 s`);
  say(
    formatTable(
      ['instance', 'scenes × actors', 'cost', 'known optimum', 'proved', 's', 'best published'],
      rows,
    ),
  );
  say(`  target: every film instance proved optimal in under 1 s each (${verdict(filmsMet)})`);
  say();
}

// (b) A random 32 × 10 instance, the size Qin et al. report solving in seconds.
{
  const problem = randomSchedulingProblem(32, { scenes: 32, actors: 10 });
  const result = solve(problem, 10);
  say('Random instance: randomSchedulingProblem(seed 32, 32 scenes × 10 actors, density 0.35)');
  say(
    formatTable(
      ['instance', 'cost', 'proved', 'lower bound', 's'],
      [
        [
          'random 32 × 10',
          integer(result.cost),
          result.optimal ? 'yes' : 'no',
          result.lowerBound === null ? '—' : integer(result.lowerBound),
          seconds(result.elapsedMs),
        ],
      ],
    ),
  );
  say(
    `  target: proved optimal in under 10 s (${verdict(result.optimal && result.elapsedMs < 10_000)})`,
  );
  say();
}

// (c) Movie shoot: the small ones against the exhaustive DP's optimum, the large ones at 10 s and 60 s.
{
  const instances = readInstances('movie-shoot').sort(
    (a, b) => a.problem.scenes.length - b.problem.scenes.length,
  );
  const small = instances.filter((instance) => instance.problem.scenes.length <= 20);
  const large = instances.filter((instance) => instance.problem.scenes.length > 20);
  const describeSize = (instance: SchedulingInstance): string =>
    `${instance.problem.scenes.length} × ${instance.problem.actors.length}, ${instance.problem.locations.length} loc, ${instance.problem.precedences.length} prec`;
  say(
    `Movie shoot (${folder}/movie-shoot), actor idle cost + location revisits, small instances (10 s limit)`,
  );
  say(
    formatTable(
      ['instance', 'size', 'cost', 'dpOptimum', 'proved', 's'],
      small.map((instance) => {
        const result = solve(instance.problem, 10);
        return [
          instance.name,
          describeSize(instance),
          integer(inFileConvention(instance, result.cost)),
          instance.knownOptimum === null ? '—' : integer(instance.knownOptimum),
          result.optimal ? 'yes' : 'no',
          seconds(result.elapsedMs),
        ];
      }),
    ),
  );
  say();
  say(
    `Large movie-shoot instances (no known optimum): objective reached within 10 s${quick ? ' (60 s runs skipped: BENCH_SCHEDULE_QUICK=1)' : ' and within 60 s'}`,
  );
  say(
    formatTable(
      ['instance', 'size', 'within 10 s', 'within 60 s'],
      large.map((instance) => {
        const ten = solve(instance.problem, 10);
        const sixty = quick ? null : solve(instance.problem, 60);
        return [
          instance.name,
          describeSize(instance),
          integer(inFileConvention(instance, ten.cost)),
          sixty === null ? 'skipped' : integer(inFileConvention(instance, sixty.cost)),
        ];
      }),
    ),
  );
}
