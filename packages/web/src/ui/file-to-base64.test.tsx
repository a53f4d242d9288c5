import { describe, expect, it } from 'vitest';
import { bytesToBase64, fileToBase64 } from './file-to-base64';

describe('a script file as base64', () => {
  it('encodes text and binary bytes', () => {
    expect(bytesToBase64(new TextEncoder().encode('INT. OFFICE - DAY'))).toBe(
      'SU5ULiBPRkZJQ0UgLSBEQVk=',
    );
    expect(bytesToBase64(new Uint8Array([0, 255, 128, 10]))).toBe('AP+ACg==');
    expect(bytesToBase64(new Uint8Array([]))).toBe('');
  });

  it('encodes a file larger than one chunk without losing or reordering bytes', () => {
    const bytes = new Uint8Array(70_003).map((_, i) => (i * 7) % 256);
    const decoded = Uint8Array.from(atob(bytesToBase64(bytes)), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });

  it('reads a File from a drop or the picker', async () => {
    const file = new File(['Title: Ledger\n\nINT. OFFICE - DAY\n'], 'ledger.fountain');
    expect(atob(await fileToBase64(file))).toBe('Title: Ledger\n\nINT. OFFICE - DAY\n');
  });
});
