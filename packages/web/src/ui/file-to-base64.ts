/** Bytes per `String.fromCharCode` call: well under every engine's argument limit. */
const CHUNK = 0x8000;

/** The bytes as base64, built in chunks so a 10 MB PDF does not overflow the call stack. */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
};

/** A file from a drop or the picker, read and encoded for an import (a script draft, a budget file). */
export const fileToBase64 = async (file: Blob): Promise<string> =>
  bytesToBase64(new Uint8Array(await file.arrayBuffer()));
