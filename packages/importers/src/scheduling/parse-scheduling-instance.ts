import { z } from 'zod';
import type { SchedulingProblem } from '@greenlight/domain';
import type { Diagnostic } from '../diagnostic.js';
import { positionAt } from '../text-position.js';

/** Larger than any real shooting schedule by far; a guard against pasting something else. */
export const MAX_SCHEDULING_INSTANCE_CHARACTERS = 10 * 1024 * 1024;

export type SchedulingInstanceFormat = 'talent-scheduling' | 'movie-shoot';

export type SchedulingInstance = {
  readonly name: string;
  /** movie-shoot when the file has locations or precedences, else talent-scheduling. */
  readonly format: SchedulingInstanceFormat;
  readonly problem: SchedulingProblem;
  /**
   * The optimum in the file's own convention: the total cost for talent scheduling (`knownOptimum`),
   * idle cost + location revisits for movie shoot (`dpOptimum`, else `knownOptimum`); null if unknown.
   */
  readonly knownOptimum: number | null;
  /** What the cast costs whatever the order (each actor's own scene days), computed from the data. */
  readonly fixedCost: number;
  /** The file's scene ids, in the order of `problem.scenes`. */
  readonly sceneIds: readonly string[];
};

export type SchedulingInstanceParseResult = {
  readonly instance: SchedulingInstance | null;
  readonly diagnostics: readonly Diagnostic[];
};

const Id = z.union([z.number().int(), z.string().min(1)]);
const Count = z.number().int().nonnegative();

// Provenance fields (source, notes, published orders…) are not read and pass unchecked.
const InstanceSchema = z.object({
  name: z.string().optional(),
  scenes: z
    .array(
      z.object({
        id: Id,
        duration: z.number().int().positive(),
        location: Id.nullable().optional(),
      }),
    )
    .min(1),
  actors: z.array(z.object({ id: Id, costPerDay: Count, scenes: z.array(Id) })),
  locations: z.array(z.object({ id: Id, revisitCost: Count })).optional(),
  precedences: z.array(z.tuple([Id, Id])).optional(),
  knownOptimum: z.number().nullable().optional(),
  dpOptimum: z.number().nullable().optional(),
  fixedCost: z.number().nullable().optional(),
});

type InstanceData = z.infer<typeof InstanceSchema>;

/**
 * Reads a scheduling benchmark instance (the JSON of /benchmarks: talent-scheduling and movie-shoot
 * files): scenes keep their ids, actors' scene lists, scene locations and precedences are mapped to
 * indexes. Never throws: unreadable JSON, a wrong shape, unknown scene or location ids, a duplicate id
 * or precedences that form a cycle give error diagnostics and no instance; a repeated scene in an
 * actor's list or a `fixedCost` that disagrees with the data give warnings.
 */
export const parseSchedulingInstance = (text: string): SchedulingInstanceParseResult => {
  if (text.length > MAX_SCHEDULING_INSTANCE_CHARACTERS) {
    return failed(
      `The file has ${text.length} characters; a scheduling instance may have at most ${MAX_SCHEDULING_INSTANCE_CHARACTERS}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    // V8 either names the offset ("… in JSON at position 17") or quotes the start of the text,
    // which says nothing the line does not: keep the first part only.
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /, ".*"(\.\.\.)? is not valid JSON$/s,
      '',
    );
    const offset = /position (\d+)/.exec(message)?.[1];
    return {
      instance: null,
      diagnostics: [
        {
          severity: 'error',
          message: `Not valid JSON: ${message}`,
          ...(offset === undefined ? {} : positionAt(text, Number(offset))),
        },
      ],
    };
  }
  const parsed = InstanceSchema.safeParse(json);
  if (!parsed.success) {
    return {
      instance: null,
      diagnostics: parsed.error.issues.map((issue) => ({
        severity: 'error',
        message: `${issue.path.length === 0 ? 'The file' : formatPath(issue.path)}: ${issue.message}`,
      })),
    };
  }
  return buildInstance(parsed.data);
};

const failed = (message: string): SchedulingInstanceParseResult => ({
  instance: null,
  diagnostics: [{ severity: 'error', message }],
});

/** `actors[2].scenes[0]`, the way a reader finds the spot in the file. */
const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');

const buildInstance = (data: InstanceData): SchedulingInstanceParseResult => {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const sceneIndex = indexIds(
    data.scenes.map((scene) => scene.id),
    'scenes',
    errors,
  );
  const locations = data.locations ?? [];
  const locationIndex = indexIds(
    locations.map((location) => location.id),
    'locations',
    errors,
  );
  const scenes = data.scenes.map((scene, s) => {
    let location: number | null = null;
    if (scene.location !== undefined && scene.location !== null) {
      const found = locationIndex.get(String(scene.location));
      if (found === undefined) {
        errors.push(error(`scenes[${s}].location: there is no location ${scene.location}`));
      } else {
        location = found;
      }
    }
    return { id: String(scene.id), duration: scene.duration, location };
  });
  const actors = data.actors.map((actor, a) => {
    const indexes: number[] = [];
    for (const id of actor.scenes) {
      const found = sceneIndex.get(String(id));
      if (found === undefined) {
        errors.push(error(`actors[${a}].scenes: there is no scene ${id}`));
      } else if (indexes.includes(found)) {
        warnings.push({
          severity: 'warning',
          message: `actors[${a}].scenes: scene ${id} is listed twice; counted once`,
        });
      } else {
        indexes.push(found);
      }
    }
    return { id: String(actor.id), costPerDay: actor.costPerDay, scenes: indexes };
  });
  const precedences: (readonly [number, number])[] = [];
  (data.precedences ?? []).forEach(([before, after], k) => {
    const b = sceneIndex.get(String(before));
    const a = sceneIndex.get(String(after));
    if (b === undefined || a === undefined) {
      errors.push(
        error(`precedences[${k}]: there is no scene ${b === undefined ? before : after}`),
      );
    } else if (a === b) {
      errors.push(error(`precedences[${k}]: scene ${before} cannot come before itself`));
    } else {
      precedences.push([b, a]);
    }
  });
  if (errors.length === 0) {
    const cycle = findCycle(scenes.length, precedences);
    if (cycle !== null) {
      const ids = [...cycle, cycle[0] ?? 0].map((s) => scenes[s]?.id ?? '?').join(' → ');
      errors.push(
        error(`precedences: the scenes ${ids} must each come before the next; no order can`),
      );
    }
  }
  if (errors.length > 0) return { instance: null, diagnostics: [...errors, ...warnings] };
  const problem: SchedulingProblem = {
    scenes,
    actors,
    locations: locations.map((location) => ({
      id: String(location.id),
      revisitCost: location.revisitCost,
    })),
    precedences,
  };
  const fixedCost = actors.reduce(
    (sum, actor) =>
      sum +
      actor.costPerDay * actor.scenes.reduce((days, s) => days + (scenes[s]?.duration ?? 0), 0),
    0,
  );
  if (typeof data.fixedCost === 'number' && data.fixedCost !== fixedCost) {
    warnings.push({
      severity: 'warning',
      message: `fixedCost: the file says ${data.fixedCost}, the scenes and actors give ${fixedCost}`,
    });
  }
  const format: SchedulingInstanceFormat =
    data.locations !== undefined || data.precedences !== undefined
      ? 'movie-shoot'
      : 'talent-scheduling';
  const knownOptimum =
    format === 'movie-shoot' ? (data.dpOptimum ?? data.knownOptimum) : data.knownOptimum;
  return {
    instance: {
      name: data.name ?? 'unnamed',
      format,
      problem,
      knownOptimum: knownOptimum ?? null,
      fixedCost,
      sceneIds: scenes.map((scene) => scene.id),
    },
    diagnostics: warnings,
  };
};

const error = (message: string): Diagnostic => ({ severity: 'error', message });

/** Id → index; ids compare as text, so 7 and "7" are one id. A repeated id is an error. */
const indexIds = (
  ids: readonly (number | string)[],
  what: string,
  errors: Diagnostic[],
): Map<string, number> => {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    const key = String(id);
    if (index.has(key)) errors.push(error(`${what}[${i}].id: ${key} is used twice`));
    else index.set(key, i);
  });
  return index;
};

/** One cycle of the precedence graph as scene indexes, or null (iterative DFS: no deep recursion). */
const findCycle = (
  n: number,
  precedences: readonly (readonly [number, number])[],
): number[] | null => {
  const next: number[][] = Array.from({ length: n }, () => []);
  for (const [before, after] of precedences) next[before]?.push(after);
  const state = new Uint8Array(n); // 0 unseen, 1 on the current path, 2 done
  for (let root = 0; root < n; root += 1) {
    if (state[root] !== 0) continue;
    const path: number[] = [root];
    const edge: number[] = [0];
    state[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top] ?? 0;
      const k = edge[top] ?? 0;
      const successors = next[node] ?? [];
      if (k >= successors.length) {
        state[node] = 2;
        path.pop();
        edge.pop();
        continue;
      }
      edge[top] = k + 1;
      const child = successors[k] ?? 0;
      if (state[child] === 1) return path.slice(path.indexOf(child));
      if (state[child] === 0) {
        state[child] = 1;
        path.push(child);
        edge.push(0);
      }
    }
  }
  return null;
};
