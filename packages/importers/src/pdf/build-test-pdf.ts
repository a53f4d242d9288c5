/** A string placed on a test page, in inches from the page's top-left corner (y: the baseline). */
export type TestPdfText = { readonly x: number; readonly y: number; readonly text: string };

const escape = (text: string): string => text.replace(/[\\()]/g, (char) => `\\${char}`);

/**
 * A minimal PDF for tests: US Letter pages of 12-point Courier text (ASCII) placed at exact
 * positions, so a test can lay out a script the way some other program would. Not part of the
 * package's API.
 */
export const buildTestPdf = (pages: readonly (readonly TestPdfText[])[]): Uint8Array => {
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 4 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>';
  pages.forEach((texts, index) => {
    const content = texts
      .map(
        ({ x, y, text }) =>
          `BT /F1 12 Tf 1 0 0 1 ${(x * 72).toFixed(2)} ${(792 - y * 72).toFixed(2)} Tm (${escape(text)}) Tj ET`,
      )
      .join('\n');
    const id = 4 + index * 2;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id] ?? 'null'}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) {
    out += `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (char) => char.charCodeAt(0) & 0xff);
};
