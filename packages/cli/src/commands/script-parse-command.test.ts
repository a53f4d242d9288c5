import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.js';
import { main } from '../main.js';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/screenplays/', import.meta.url));

const run = async (
  argv: readonly string[],
): Promise<{ code: number; out: string; err: string }> => {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env: {},
    untilStopped: () => new Promise<void>(() => undefined),
  };
  const code = await main(argv, io);
  return { code, out, err };
};

const fixtureNames = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.fountain'))
  .map((name) => name.replace(/\.fountain$/, ''))
  .sort();

describe('greenlight script parse: the fixture corpus', () => {
  it('has the fixtures the importer is specified against', () => {
    expect(fixtureNames).toEqual([
      'broken',
      'crlf-bom',
      'dual-dialogue-and-notes',
      'every-element',
      'long-feature',
      'utf16le',
      'windows-1252',
    ]);
  });

  // Each run reads the fixture's bytes, decodes them, parses, paginates and extracts scenes: the
  // whole import path, compared with the reviewed expected output.
  it.each(fixtureNames)('%s.fountain --json matches %s.expected.json', async (name) => {
    const result = await run(['script', 'parse', join(FIXTURES, `${name}.fountain`), '--json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out.endsWith('\n')).toBe(true);
    expect(result.out.trim().split('\n')).toHaveLength(1);
    const expected: unknown = JSON.parse(
      readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'),
    );
    expect(JSON.parse(result.out)).toEqual(expected);
  });

  it('sums the scenes of the long feature to about 120 pages', async () => {
    const result = await run([
      'script',
      'parse',
      join(FIXTURES, 'long-feature.fountain'),
      '--json',
    ]);
    const parsed = JSON.parse(result.out) as {
      scenes: { eighths: number }[];
      totalEighths: number;
    };
    expect(parsed.totalEighths).toBe(parsed.scenes.reduce((sum, s) => sum + s.eighths, 0));
    expect(parsed.totalEighths / 8).toBeGreaterThan(110);
    expect(parsed.totalEighths / 8).toBeLessThan(130);
  });
});

describe('greenlight script parse: output and errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'greenlight-script-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a readable scene list with lengths in eighths, then the diagnostics', async () => {
    const result = await run([
      'script',
      'parse',
      join(FIXTURES, 'dual-dialogue-and-notes.fountain'),
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        'Two Voices',
        'dual-dialogue-and-notes.fountain: Fountain (utf-8), 1 page, 2 scenes, 6/8 pages of scenes',
        '',
        '  #  I/E  LOCATION         TIME   PAGE  LENGTH  CHARACTERS',
        '  1  INT  RADIO BOOTH      NIGHT     1     3/8  ANA, BEN',
        '  2  EXT  ROOFTOP ANTENNA  NIGHT     1     3/8  CHOIR, BEN, ANA, RADIO, CLEO',
        '',
        '2 diagnostics:',
        '  warning line 52: This cue ends in ^ (dual dialogue), but the speech before it is already part of a pair, so it was read as an ordinary cue.',
        '  warning line 57:17: This note opens with [[ but is not closed with ]] before the next blank line, so it was kept as text.',
        '',
      ].join('\n'),
    );
  });

  it('says a missing file is missing, with exit 5', async () => {
    const result = await run(['script', 'parse', join(dir, 'nowhere.fountain')]);
    expect(result).toEqual({
      code: 5,
      out: '',
      err: `greenlight: There is no file ${join(dir, 'nowhere.fountain')}\n`,
    });
  });

  it('refuses Final Draft, PDF and unknown formats for now with exit 2', async () => {
    for (const [name, words] of [
      ['script.fdx', 'Final Draft (.fdx) screenplays are not supported yet'],
      ['script.PDF', 'PDF screenplays are not supported yet'],
      ['script.docx', 'Cannot tell the format'],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, 'INT. HOUSE - DAY\n');
      const result = await run(['script', 'parse', file]);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toContain(words);
    }
  });

  it('refuses a directory with exit 2', async () => {
    const result = await run(['script', 'parse', dir]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`greenlight: ${dir} is not a file\n`);
  });

  it('reads .spmd and .txt as Fountain, and says when the script has no title or scenes', async () => {
    const spmd = join(dir, 'notes.spmd');
    writeFileSync(spmd, 'Just a line of action.\n');
    expect(await run(['script', 'parse', spmd])).toEqual({
      code: 0,
      out: 'notes.spmd: Fountain (utf-8), 1 page, 0 scenes, 0 pages of scenes\n',
      err: '',
    });
    const txt = join(dir, 'scene.TXT');
    writeFileSync(txt, 'EXT. ROAD - DAY\n\nDust.\n');
    const json = await run(['script', 'parse', txt, '--json']);
    expect(JSON.parse(json.out)).toEqual({
      title: null,
      scenes: [
        {
          number: '1',
          heading: 'EXT. ROAD - DAY',
          intExt: 'EXT',
          location: 'ROAD',
          time: 'DAY',
          pageStart: 1,
          eighths: 1,
          characters: [],
        },
      ],
      totalEighths: 1,
      diagnostics: [],
    });
  });

  it('exits 2 with the error in the output when a script is over the size limit', async () => {
    const file = join(dir, 'huge.fountain');
    writeFileSync(file, 'a'.repeat(6 * 1024 * 1024));
    const result = await run(['script', 'parse', file, '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toEqual({
      title: null,
      scenes: [],
      totalEighths: 0,
      diagnostics: [
        {
          severity: 'error',
          message:
            'The script is 6,291,456 characters long, over the limit of 5,242,880 (5 MB), so it was not read.',
        },
      ],
    });
  });
});
