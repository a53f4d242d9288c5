import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/scheduling/', import.meta.url));

const run = runCli;

const scratch = mkdtempSync(join(tmpdir(), 'greenlight-schedule-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('greenlight schedule solve', () => {
  // Both optima were found by trying every order (720 and 1260 feasible ones).
  it('proves the optimum of a talent-scheduling file and prints the total cost as JSON', async () => {
    const result = await run(['schedule', 'solve', join(FIXTURES, 'tiny-talent.json'), '--json']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.endsWith('\n')).toBe(true);
    const json = JSON.parse(result.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['order', 'cost', 'optimal', 'timeMs']);
    expect(json).toMatchObject({ cost: 99, optimal: true });
    expect([...(json['order'] as number[])].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(json['timeMs']).toEqual(expect.any(Number));
  });

  it('prints idle cost + revisits for a movie-shoot file, in an order that keeps its precedences', async () => {
    const result = await run([
      'schedule',
      'solve',
      join(FIXTURES, 'tiny-movie.json'),
      '--json',
      '--time-limit',
      '5',
      '--seed',
      '7',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { order: number[]; cost: number; optimal: boolean };
    expect(json).toMatchObject({ cost: 21, optimal: true });
    const at = (id: number): number => json.order.indexOf(id);
    expect(at(2)).toBeLessThan(at(1));
    expect(at(6)).toBeLessThan(at(7));
  });

  it('prints a readable summary', async () => {
    const result = await run(['schedule', 'solve', join(FIXTURES, 'tiny-movie.json')]);
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'tiny-movie.json (tiny-movie): movie shoot, 7 scenes, 3 actors, 3 locations, 2 precedences',
    );
    expect(lines[1]).toMatch(
      /^objective 21 = actor idle cost \d+ \+ location revisits \d+ \(total with the actors' own days: 85\)$/,
    );
    expect(lines[2]).toBe('known optimum 21');
    expect(lines[3]).toMatch(/^proved optimal in \d+\.\d\d s$/);
    expect(lines[4]).toMatch(/^order: (\d ){6}\d$/);
  });

  it('exits 2 with the diagnostics for a file that is not a valid instance', async () => {
    const result = await run(['schedule', 'solve', join(FIXTURES, 'unknown-scene.json')]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('error: actors[0].scenes: there is no scene 9');
    const notJson = join(scratch, 'not-json.json');
    writeFileSync(notJson, '{\n  "scenes": [1 2]\n}\n');
    const broken = await run(['schedule', 'solve', notJson, '--json']);
    expect(broken.code).toBe(2);
    expect(broken.out).toBe('');
    expect(broken.err).toMatch(/error line 2:\d+: Not valid JSON/);
  });

  it('exits 5 for a missing file and 2 for a bad time limit', async () => {
    expect((await run(['schedule', 'solve', join(scratch, 'missing.json')])).code).toBe(5);
    const bad = await run([
      'schedule',
      'solve',
      join(FIXTURES, 'tiny-talent.json'),
      '--time-limit',
      'soon',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--time-limit');
  });
});
