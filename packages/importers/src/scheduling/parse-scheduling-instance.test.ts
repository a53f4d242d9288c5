import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleCost } from '@greenlight/domain';
import { parseSchedulingInstance } from './parse-scheduling-instance.js';

// movie5 of the benchmarks folder (provenance fields dropped): ids 1-based, locations by id.
const MOVIE5 = {
  name: 'movie5',
  scenes: [
    { id: 1, duration: 5, location: 0 },
    { id: 2, duration: 5, location: 0 },
    { id: 3, duration: 4, location: 1 },
    { id: 4, duration: 1, location: 2 },
    { id: 5, duration: 5, location: 1 },
  ],
  actors: [
    { id: 1, costPerDay: 18, scenes: [4] },
    { id: 2, costPerDay: 1, scenes: [4, 5] },
    { id: 3, costPerDay: 7, scenes: [1, 2, 3, 4] },
  ],
  locations: [
    { id: 0, revisitCost: 0 },
    { id: 1, revisitCost: 11 },
    { id: 2, revisitCost: 5 },
  ],
  precedences: [
    [2, 1],
    [4, 1],
    [2, 4],
  ],
  knownOptimum: null,
  dpOptimum: 9,
  dpOptimalOrder: [5, 3, 2, 4, 1],
  source: 'github.com/Rastion/movie_shoot_scheduling instances/movie5.txt',
};

const TALENT = {
  name: 'tiny',
  scenes: [
    { id: 1, duration: 1 },
    { id: 2, duration: 2 },
    { id: 3, duration: 3 },
    { id: 4, duration: 1 },
  ],
  actors: [
    { id: 1, costPerDay: 1, scenes: [1, 3] },
    { id: 2, costPerDay: 2, scenes: [1, 2, 4] },
    { id: 3, costPerDay: 3, scenes: [2, 3] },
  ],
  knownOptimum: 29,
  knownOptimumIdle: 2,
  fixedCost: 27,
};

const parse = (data: unknown) => parseSchedulingInstance(JSON.stringify(data));

describe('parseSchedulingInstance', () => {
  it('reads a talent-scheduling file: ids kept, scene lists as indexes, the total optimum', () => {
    const { instance, diagnostics } = parse(TALENT);
    expect(diagnostics).toEqual([]);
    expect(instance).toMatchObject({
      name: 'tiny',
      format: 'talent-scheduling',
      knownOptimum: 29,
      fixedCost: 27,
      sceneIds: ['1', '2', '3', '4'],
    });
    expect(instance?.problem.actors[1]).toEqual({ id: '2', costPerDay: 2, scenes: [0, 1, 3] });
    expect(instance?.problem.scenes[2]).toEqual({ id: '3', duration: 3, location: null });
    expect(instance?.problem.locations).toEqual([]);
    expect(instance?.problem.precedences).toEqual([]);
    // The published optimal order [3, 2, 1, 4] costs the known optimum.
    expect(instance && scheduleCost(instance.problem, [2, 1, 0, 3]).total).toBe(29);
  });

  it('reads a movie-shoot file: locations and precedences mapped, dpOptimum as the optimum', () => {
    const { instance, diagnostics } = parse(MOVIE5);
    expect(diagnostics).toEqual([]);
    expect(instance?.format).toBe('movie-shoot');
    expect(instance?.knownOptimum).toBe(9);
    expect(instance?.problem.precedences).toEqual([
      [1, 0],
      [3, 0],
      [1, 3],
    ]);
    expect(instance?.problem.scenes[3]).toEqual({ id: '4', duration: 1, location: 2 });
    expect(instance?.problem.locations[1]).toEqual({ id: '1', revisitCost: 11 });
    // The exhaustive DP's order costs its optimum as idle cost + revisits.
    const order = MOVIE5.dpOptimalOrder.map((id) => id - 1);
    const cost = instance && scheduleCost(instance.problem, order);
    expect(cost && cost.total - (instance?.fixedCost ?? 0)).toBe(9);
    expect(cost?.holdCost).toBe(cost && cost.total - (instance?.fixedCost ?? 0) - cost.revisitCost);
  });

  it('reports text that is not JSON with its line and column', () => {
    const result = parseSchedulingInstance('{\n  "scenes": [1 2]\n}');
    expect(result.instance).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        message: expect.stringMatching(/^Not valid JSON: Expected ',' or ']'/),
        line: 2,
        column: expect.any(Number),
      },
    ]);
    expect(parseSchedulingInstance('').diagnostics[0]?.message).toMatch(/^Not valid JSON/);
  });

  it('names the place of a wrong shape', () => {
    const result = parse({ ...TALENT, scenes: [{ id: 1, duration: 0 }, { id: 2 }] });
    expect(result.instance).toBeNull();
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^scenes\[0\]\.duration: /),
      expect.stringMatching(/^scenes\[1\]\.duration: /),
    ]);
    expect(parse([1, 2]).diagnostics[0]?.message).toMatch(/^The file: /);
  });

  it('reports unknown and repeated ids and a precedence cycle', () => {
    expect(
      parse({ ...TALENT, actors: [{ id: 1, costPerDay: 1, scenes: [9] }] }).diagnostics,
    ).toEqual([{ severity: 'error', message: 'actors[0].scenes: there is no scene 9' }]);
    expect(
      parse({ ...TALENT, scenes: [...TALENT.scenes, { id: 2, duration: 1 }] }).diagnostics,
    ).toEqual([{ severity: 'error', message: 'scenes[4].id: 2 is used twice' }]);
    expect(
      parse({ ...MOVIE5, scenes: [{ id: 1, duration: 1, location: 7 }, ...MOVIE5.scenes.slice(1)] })
        .diagnostics,
    ).toEqual([{ severity: 'error', message: 'scenes[0].location: there is no location 7' }]);
    const cycle = parse({ ...MOVIE5, precedences: [...MOVIE5.precedences, [1, 2]] });
    expect(cycle.instance).toBeNull();
    expect(cycle.diagnostics).toEqual([
      {
        severity: 'error',
        message: expect.stringMatching(
          /^precedences: the scenes .* must each come before the next/,
        ),
      },
    ]);
  });

  it('warns about a scene listed twice for an actor and a fixed cost that disagrees', () => {
    const result = parse({
      ...TALENT,
      actors: [{ id: 1, costPerDay: 1, scenes: [1, 3, 1] }, ...TALENT.actors.slice(1)],
      fixedCost: 1,
    });
    expect(result.instance?.problem.actors[0]?.scenes).toEqual([0, 2]);
    expect(result.diagnostics).toEqual([
      { severity: 'warning', message: 'actors[0].scenes: scene 1 is listed twice; counted once' },
      { severity: 'warning', message: 'fixedCost: the file says 1, the scenes and actors give 27' },
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseSchedulingInstance(text);
        expect(result.instance === null).toBe(
          result.diagnostics.some((d) => d.severity === 'error'),
        );
      }),
    );
  });
});
