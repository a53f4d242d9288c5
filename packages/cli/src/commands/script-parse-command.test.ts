import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/screenplays/', import.meta.url));

const run = runCli;

// Every screenplay with a reviewed expected output beside it.
const fixtureFiles = readdirSync(FIXTURES)
  .filter((name) => /\.(fountain|fdx|pdf)$/.test(name))
  .filter((name) => readdirSync(FIXTURES).includes(name.replace(/\.[^.]+$/, '.expected.json')))
  .sort();

describe('greenlight script parse: the fixture corpus', () => {
  it('has the fixtures the importers are specified against', () => {
    expect(fixtureFiles).toEqual([
      'broken.fountain',
      'crlf-bom.fountain',
      'dual-dialogue-and-notes.fountain',
      'every-element.fountain',
      'fdx-breakdown-tags.fdx',
      'fdx-broken.fdx',
      'fdx-multi-run-and-dual.fdx',
      'long-feature.fountain',
      'pdf-no-text-layer.pdf',
      'pdf-screenplay.pdf',
      'utf16le.fountain',
      'windows-1252.fountain',
    ]);
  });

  // Each run reads the fixture's bytes, decodes them, parses, paginates and extracts scenes: the
  // whole import path, compared with the reviewed expected output.
  it.each(fixtureFiles)('%s --json matches its .expected.json', async (file) => {
    const name = file.replace(/\.[^.]+$/, '');
    const result = await run(['script', 'parse', join(FIXTURES, file), '--json']);
    expect(result.err).toBe('');
    expect(result.out.endsWith('\n')).toBe(true);
    expect(result.out.trim().split('\n')).toHaveLength(1);
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as {
      diagnostics: { severity: string }[];
    };
    // Exit 2 exactly when the file could not be read (an error diagnostic), 0 otherwise.
    const unreadable = expected.diagnostics.some((d) => d.severity === 'error');
    expect(result.code).toBe(unreadable ? 2 : 0);
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

  it('says when a .fdx or .pdf file is not what its name claims, with exit 2', async () => {
    for (const name of ['script.fdx', 'script.PDF']) {
      const file = join(dir, name);
      writeFileSync(file, 'INT. HOUSE - DAY\n');
      const result = await run(['script', 'parse', file, '--json']);
      expect(result.code).toBe(2);
      const parsed = JSON.parse(result.out) as { diagnostics: { severity: string }[] };
      expect(parsed.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('reads a file of unknown extension as Fountain, and a Final Draft file by its content', async () => {
    const file = join(dir, 'script.docx');
    writeFileSync(file, 'INT. HOUSE - DAY\n\nRain.\n');
    const result = await run(['script', 'parse', file, '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as { scenes: unknown[] }).scenes).toHaveLength(1);
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
