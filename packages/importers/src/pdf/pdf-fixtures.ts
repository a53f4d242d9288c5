/**
 * The PDF fixtures of fixtures/screenplays, for tests: Vite inlines each as a base64 data URL (see
 * vite-import-meta.d.ts). Not part of the package's API.
 */
const FIXTURES = import.meta.glob<string>('/fixtures/screenplays/*.pdf', {
  eager: true,
  query: '?inline',
  import: 'default',
});

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const decodeBase64 = (text: string): Uint8Array => {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | BASE64.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length] = (buffer >> bits) & 0xff;
      length += 1;
    }
  }
  return bytes.subarray(0, length);
};

/** The bytes of `fixtures/screenplays/<name>`. */
export const pdfFixture = (name: string): Uint8Array => {
  const dataUrl = FIXTURES[`/fixtures/screenplays/${name}`];
  if (dataUrl === undefined) throw new Error(`No PDF fixture named ${name}`);
  return decodeBase64(dataUrl.slice(dataUrl.indexOf(',') + 1));
};
