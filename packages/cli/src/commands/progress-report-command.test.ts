import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.js';

describe('greenlight progress-report', () => {
  let root: string;
  let dataDir: string;
  let productionId: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'greenlight-progress-report-'));
    dataDir = join(root, 'data');
    const demo = await runCli(['demo', '--json', '--data-dir', dataDir]);
    expect(demo.code).toBe(0);
    productionId = (JSON.parse(demo.out) as { productionId: string }).productionId;
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints the demo’s progress report as JSON, and writes a PDF file', async () => {
    const json = await runCli([
      'progress-report',
      '--production',
      productionId,
      '--as-of',
      '2027-01-20',
      '--data-dir',
      dataDir,
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as {
      asOf: string;
      headline: string[];
      spend: { actuals: number }[];
      schedule: { state: string };
    };
    expect(report.asOf).toBe('2027-01-20');
    expect(report.headline[0]).toMatch(/^Estimated final cost/);
    expect(report.spend.at(-1)?.actuals).toBeGreaterThan(0);
    expect(report.schedule.state).toBe('shooting');

    const pdf = join(root, 'progress.pdf');
    const args = ['progress-report', '--production', productionId, '--format', 'pdf'];
    const written = await runCli([...args, '--out', pdf, '--data-dir', dataDir]);
    expect(written.code).toBe(0);
    expect(written.err).toContain('Wrote the progress report (pdf)');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await runCli([...args, '--out', pdf, '--data-dir', dataDir])).code).toBe(6);
    expect((await runCli([...args, '--out', pdf, '--force', '--data-dir', dataDir])).code).toBe(0);
  });

  it('refuses bad arguments with exit 2 and an unknown production with exit 5', async () => {
    const noOut = await runCli([
      'progress-report',
      '--production',
      productionId,
      '--format',
      'pdf',
      '--data-dir',
      dataDir,
    ]);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/--out/);
    const xlsx = await runCli([
      'progress-report',
      '--production',
      productionId,
      '--format',
      'xlsx',
      '--data-dir',
      dataDir,
    ]);
    expect(xlsx.code).toBe(2);
    const unknown = await runCli([
      'progress-report',
      '--production',
      '00000000-0000-4000-8000-000000000000',
      '--data-dir',
      dataDir,
    ]);
    expect(unknown.code).toBe(5);
  });
});
