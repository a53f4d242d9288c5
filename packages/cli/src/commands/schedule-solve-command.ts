import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { scheduleCost, solveSchedule, type SolveResult } from '@greenlight/domain';
import {
  decodeText,
  parseSchedulingInstance,
  type Diagnostic,
  type SchedulingInstance,
} from '@greenlight/importers';
import { checkFile } from '../check-file.js';
import type { CliIo } from '../cli-io.js';
import { parseArgs } from '../parse-args.js';

const ScheduleSolveOptionsSchema = z.object({
  file: z.string().min(1),
  timeLimit: z.coerce.number().positive().max(86_400).default(10),
  seed: z.coerce.number().int().min(0).max(0xffffffff).default(1),
  json: z.boolean().optional(),
});

/** What `schedule solve --json` prints. */
export type ScheduleSolveJson = {
  /** The scenes in shooting order, by their ids in the file (numbers when they are numbers). */
  readonly order: readonly (number | string)[];
  /** The total cost for a talent-scheduling file; idle cost + location revisits for movie shoot. */
  readonly cost: number;
  readonly optimal: boolean;
  readonly timeMs: number;
};

/**
 * `greenlight schedule solve FILE [--time-limit SECONDS] [--seed N] [--json]`: reads a scheduling
 * instance (the benchmark JSON: talent scheduling or movie shoot), runs the default optimizer
 * (`solveSchedule`: exact search on small boards, local search otherwise) within the time limit
 * (default 10 s) and prints the order and its cost in the file's convention. Exit 0; 2 for a file that
 * is not a readable instance (its diagnostics on stderr) or bad arguments; 5 for a missing file.
 */
export const scheduleSolveCommand = async (
  raw: Record<string, unknown>,
  io: CliIo,
): Promise<number> => {
  const options = parseArgs(ScheduleSolveOptionsSchema, raw);
  await checkFile(options.file);
  const decoded = decodeText(new Uint8Array(await readFile(options.file)));
  const parsed = parseSchedulingInstance(decoded.text);
  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  for (const diagnostic of diagnostics) io.err(formatDiagnostic(options.file, diagnostic));
  const instance = parsed.instance;
  if (instance === null || diagnostics.some((d) => d.severity === 'error')) return 2;

  const result = solveSchedule(instance.problem, {
    seed: options.seed,
    timeLimitMs: options.timeLimit * 1000,
    clock: () => performance.now(),
  });
  const json: ScheduleSolveJson = {
    order: result.order.map((scene) => asFileId(instance.sceneIds[scene] ?? '')),
    cost: costInFileConvention(instance, result.cost),
    optimal: result.optimal,
    timeMs: Math.round(result.elapsedMs),
  };
  io.out(
    options.json === true
      ? `${JSON.stringify(json)}\n`
      : describe(basename(options.file), instance, result, json, options.seed),
  );
  return 0;
};

/** The benchmark files' own conventions: total cost (talent), objective without fixed pay (movie). */
const costInFileConvention = (instance: SchedulingInstance, total: number): number =>
  instance.format === 'movie-shoot' ? total - instance.fixedCost : total;

const asFileId = (id: string): number | string => (/^-?\d+$/.test(id) ? Number(id) : id);

const formatDiagnostic = (file: string, d: Diagnostic): string => {
  const place =
    d.line === undefined ? '' : ` line ${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
  return `greenlight: ${file}: ${d.severity}${place}: ${d.message}\n`;
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The readable summary: what was solved, what it costs and why, and the order. */
const describe = (
  file: string,
  instance: SchedulingInstance,
  result: SolveResult,
  json: ScheduleSolveJson,
  seed: number,
): string => {
  const problem = instance.problem;
  const cost = scheduleCost(problem, result.order);
  const out: string[] = [];
  if (instance.format === 'movie-shoot') {
    out.push(
      `${file} (${instance.name}): movie shoot, ${plural(problem.scenes.length, 'scene')}, ${plural(problem.actors.length, 'actor')}, ${plural(problem.locations.length, 'location')}, ${plural(problem.precedences.length, 'precedence')}`,
      `objective ${json.cost} = actor idle cost ${cost.holdCost} + location revisits ${cost.revisitCost} (total with the actors' own days: ${cost.total})`,
    );
  } else {
    out.push(
      `${file} (${instance.name}): talent scheduling, ${plural(problem.scenes.length, 'scene')}, ${plural(problem.actors.length, 'actor')}`,
      `total cost ${json.cost} = ${cost.fixedCost} for the actors' own days + ${cost.holdCost} of holding`,
    );
  }
  if (instance.knownOptimum !== null) out.push(`known optimum ${instance.knownOptimum}`);
  out.push(
    result.optimal
      ? `proved optimal in ${seconds(result.elapsedMs)}`
      : `best found in ${seconds(result.elapsedMs)}, not proved optimal${result.lowerBound === null ? '' : ` (lower bound ${costInFileConvention(instance, result.lowerBound)})`}; seed ${seed}`,
    `order: ${json.order.join(' ')}`,
  );
  return `${out.join('\n')}\n`;
};
