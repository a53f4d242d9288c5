// pdfjs-dist declares types for its readable builds only. We import the minified ones (same code, no
// source maps: tsx rewrites every module that uses import() and chains its source map, which took
// 8 s for the readable builds and their 8 MB of maps, against 2 s for these), so their types are the
// readable build's. Of the worker we only hand its export back to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}

declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
