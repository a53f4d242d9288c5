import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.js';

describe('greenlight cost-report', () => {
  let root: string;
  let dataDir: string;
  let productionId: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'greenlight-cost-report-'));
    dataDir = join(root, 'data');
    const demo = await runCli(['demo', '--json', '--data-dir', dataDir]);
    expect(demo.code).toBe(0);
    productionId = (JSON.parse(demo.out) as { productionId: string }).productionId;
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints the demo’s cost report as JSON, and writes PDF and XLSX files', async () => {
    const json = await runCli([
      'cost-report',
      '--production',
      productionId,
      '--as-of',
      '2026-12-31',
      '--data-dir',
      dataDir,
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as {
      asOf: string;
      grandTotal: { actualsToDate: number; estimatedFinalCost: number; commitments: number };
    };
    expect(report.asOf).toBe('2026-12-31');
    expect(report.grandTotal.actualsToDate).toBeGreaterThan(0);
    expect(report.grandTotal.commitments).toBeGreaterThan(0);

    const pdf = join(root, 'cost.pdf');
    const written = await runCli([
      'cost-report',
      '--production',
      productionId,
      '--format',
      'pdf',
      '--out',
      pdf,
      '--data-dir',
      dataDir,
    ]);
    expect(written.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const again = await runCli([
      'cost-report',
      '--production',
      productionId,
      '--format',
      'pdf',
      '--out',
      pdf,
      '--data-dir',
      dataDir,
    ]);
    expect(again.code).toBe(6);

    const xlsx = join(root, 'cost.xlsx');
    const sheet = await runCli([
      'cost-report',
      '--production',
      productionId,
      '--format',
      'xlsx',
      '--out',
      xlsx,
      '--data-dir',
      dataDir,
    ]);
    expect(sheet.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses bad arguments with exit 2 and an unknown production with exit 5', async () => {
    const noOut = await runCli([
      'cost-report',
      '--production',
      productionId,
      '--format',
      'pdf',
      '--data-dir',
      dataDir,
    ]);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/--out/);
    const badFormat = await runCli([
      'cost-report',
      '--production',
      productionId,
      '--format',
      'doc',
      '--data-dir',
      dataDir,
    ]);
    expect(badFormat.code).toBe(2);
    const unknown = await runCli([
      'cost-report',
      '--production',
      '00000000-0000-4000-8000-000000000000',
      '--data-dir',
      dataDir,
    ]);
    expect(unknown.code).toBe(5);
  });
});
