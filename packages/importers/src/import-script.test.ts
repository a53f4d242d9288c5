import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectScriptFormat, importScript } from './import-script.js';

/** ASCII text as bytes (the package sees no Node or DOM globals, so no TextEncoder). */
const bytesOf = (text: string): Uint8Array =>
  Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

describe('importScript', () => {
  it('recognises PDF and Final Draft by their first bytes whatever the name, else by the extension', () => {
    expect(detectScriptFormat(bytesOf('%PDF-1.7\n'), 'script.fountain')).toBe('pdf');
    expect(
      detectScriptFormat(
        bytesOf('<?xml version="1.0"?>\n<FinalDraft DocumentType="Script">'),
        'a.txt',
      ),
    ).toBe('fdx');
    expect(detectScriptFormat(bytesOf('INT. HOUSE - DAY'), 'draft.FDX')).toBe('fdx');
    expect(detectScriptFormat(bytesOf('INT. HOUSE - DAY'), 'draft.pdf')).toBe('pdf');
    expect(detectScriptFormat(bytesOf('INT. HOUSE - DAY'), 'draft.spmd')).toBe('fountain');
    expect(detectScriptFormat(bytesOf('INT. HOUSE - DAY'), 'draft')).toBe('fountain');
  });

  it('reads a Fountain script and says how its bytes were decoded', async () => {
    const result = await importScript(bytesOf('INT. HOUSE - DAY\n\nRain.\n'), 'a.fountain');
    expect(result).toMatchObject({ format: 'fountain', encoding: 'utf-8', tags: [] });
    expect(result.document.elements.map((e) => e.type)).toEqual(['scene-heading', 'action']);
  });

  it('never throws on arbitrary bytes under any name, and answers with diagnostics when it reads nothing', async () => {
    const names = fc.constantFrom('x.fountain', 'x.fdx', 'x.pdf', 'x.txt', 'x', 'x.docx');
    const prefixes = fc.constantFrom<readonly number[]>(
      [],
      [...bytesOf('%PDF-1.4\n')],
      [...bytesOf('<FinalDraft>')],
      UTF8_BOM,
      [...bytesOf('INT. ')],
    );
    await fc.assert(
      fc.asyncProperty(
        prefixes,
        fc.uint8Array({ maxLength: 2_000 }),
        names,
        async (prefix, body, name) => {
          const bytes = new Uint8Array([...prefix, ...body]);
          const result = await importScript(bytes, name);
          expect(['fountain', 'fdx', 'pdf']).toContain(result.format);
          for (const d of result.diagnostics) {
            expect(['error', 'warning', 'info']).toContain(d.severity);
            expect(d.message.length).toBeGreaterThan(0);
          }
          if (result.document.elements.length === 0 && result.format !== 'fountain') {
            expect(
              result.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning'),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
