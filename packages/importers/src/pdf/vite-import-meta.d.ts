// The one bundler feature this package uses, in its tests only (pdf-fixtures.ts): Vite's
// `import.meta.glob`, to read the repository's fixture PDFs, which a package may not import by a
// relative path (check:imports) and its tests may not read with node:fs (no Node built-ins here).
interface ImportMeta {
  glob<T = unknown>(
    pattern: string,
    options: { readonly eager: true; readonly query: '?inline'; readonly import: 'default' },
  ): Record<string, T>;
}
