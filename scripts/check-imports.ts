// `npm run check:imports`: the dependency rules between and inside packages (ARCHITECTURE §5.2).
//
// Walks packages/*/src, reads every import, export-from, dynamic import(), require() and
// `import('x')` type with the TypeScript parser (no type checking, so it is fast), and fails on:
//   cycle       an import cycle between files (type-only edges count too and are marked);
//   layer       a package importing a @greenlight/* package that the layer DAG does not allow
//               (also checked against each package.json's declared @greenlight/* dependencies);
//   undeclared  a @greenlight/* or npm import missing from the package's package.json (it would
//               only resolve through hoisting); test files may also use the root devDependencies;
//   deep        a deep import into another package (only its name and declared subpath exports
//               such as '@greenlight/domain/testing'; '/testing' only from test files), or a
//               relative import that leaves the package;
//   unresolved  a relative import that names no file.
// Exit code 0 when clean, 1 with one line per problem otherwise. `--self-test` checks this
// script's own logic on an in-memory fixture (run first by `npm run check:imports`).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeImports, SCOPE } from './check-imports/analyze-imports.js';
import type { Problem, Workspace } from './check-imports/analyze-imports.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '__snapshots__', 'coverage']);

type PackageJson = {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports?: unknown;
};

function readPackageJson(file: string): PackageJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
}

function exportSubpaths(exportsField: unknown): Set<string> {
  if (typeof exportsField === 'string' || exportsField === undefined) return new Set(['']);
  if (typeof exportsField !== 'object' || exportsField === null) return new Set(['']);
  const keys = Object.keys(exportsField);
  if (!keys.some((key) => key.startsWith('.'))) return new Set(['']); // conditions only
  return new Set(keys.map((key) => key.replace(/^\.\/?/, '')));
}

function loadWorkspaces(root: string): Workspace[] {
  const packagesDir = path.join(root, 'packages');
  return readdirSync(packagesDir)
    .filter((entry) => existsSync(path.join(packagesDir, entry, 'package.json')))
    .sort()
    .map((short) => {
      const manifest = readPackageJson(path.join(packagesDir, short, 'package.json'));
      return {
        short,
        name: manifest.name ?? `${SCOPE}${short}`,
        dir: `packages/${short}`,
        dependencies: new Set([
          ...Object.keys(manifest.dependencies ?? {}),
          ...Object.keys(manifest.peerDependencies ?? {}),
        ]),
        devDependencies: new Set(Object.keys(manifest.devDependencies ?? {})),
        exports: exportSubpaths(manifest.exports),
      };
    });
}

function collectSourceFiles(root: string, workspaces: readonly Workspace[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const repoPath = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(repoPath);
      } else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
        files.set(repoPath, readFileSync(path.join(root, repoPath), 'utf8'));
      }
    }
  };
  for (const workspace of workspaces) {
    if (existsSync(path.join(root, workspace.dir, 'src'))) walk(`${workspace.dir}/src`);
  }
  return files;
}

function runOnRepository(root: string): number {
  const started = performance.now();
  const workspaces = loadWorkspaces(root);
  const files = collectSourceFiles(root, workspaces);
  const rootManifest = readPackageJson(path.join(root, 'package.json'));
  const { problems, importCount } = analyzeImports({
    files,
    workspaces,
    rootDevDependencies: new Set(Object.keys(rootManifest.devDependencies ?? {})),
    fileExists: (repoPath) => {
      const absolute = path.join(root, repoPath);
      return existsSync(absolute) && statSync(absolute).isFile();
    },
  });
  const elapsed = Math.round(performance.now() - started);
  const order: Problem['kind'][] = ['cycle', 'layer', 'deep', 'undeclared', 'unresolved'];
  problems.sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      a.where.localeCompare(b.where, undefined, { numeric: true }),
  );
  for (const problem of problems) {
    console.error(`${problem.kind.padEnd(10)} ${problem.where}\n      ${problem.message}`);
  }
  const summary = `check-imports: ${files.size} files, ${importCount} imports, ${problems.length} problem(s) in ${elapsed} ms`;
  if (problems.length > 0) {
    console.error(`\n${summary}`);
    console.error(
      'Rules: ARCHITECTURE §5.2 (layer DAG) and the header of scripts/check-imports.ts.',
    );
    return 1;
  }
  console.log(summary);
  return 0;
}

/** The checker's own logic on a small in-memory repository. */
function runSelfTest(): number {
  const workspace = (short: string, deps: string[], exports = ['']): Workspace => ({
    short,
    name: `${SCOPE}${short}`,
    dir: `packages/${short}`,
    dependencies: new Set(deps),
    devDependencies: new Set(),
    exports: new Set(exports),
  });
  const files = new Map<string, string>([
    ['packages/domain/src/index.ts', "export * from './a.js';\nexport type { C } from './c.js';"],
    ['packages/domain/src/a.ts', "import { b } from './b.js';\nexport const a = b;"],
    ['packages/domain/src/b.ts', "import type { A } from './a.js';\nexport const b = 1;"],
    ['packages/domain/src/c.ts', "export type C = typeof import('./index.js');"],
    ['packages/domain/src/testing/index.ts', "import fc from 'fast-check';\nexport { fc };"],
    [
      'packages/db/src/repo.ts',
      [
        "import { a } from '@greenlight/domain';",
        "import { t } from '@greenlight/domain/testing';",
        "import { s } from '@greenlight/server';",
        "import { x } from '@greenlight/domain/src/a.js';",
        "import { y } from '../../domain/src/a.js';",
        "import { z } from './missing.js';",
        "import { Kysely } from 'kysely';",
        "import { readFile } from 'node:fs/promises';",
        "import path from 'path';",
        "const lazy = () => import('fastify');",
      ].join('\n'),
    ],
    [
      'packages/db/src/repo.test.ts',
      "import { t } from '@greenlight/domain/testing';\nimport { it } from 'vitest';",
    ],
    ['packages/web/src/app.tsx', "import { q } from '@greenlight/contract';\nimport './app.css';"],
  ]);
  const { problems } = analyzeImports({
    files,
    workspaces: [
      workspace('domain', [], ['', 'testing']),
      workspace('db', ['@greenlight/domain', 'kysely', '@greenlight/pdf', '@greenlight/server']),
      workspace('server', []),
      workspace('pdf', []),
      workspace('contract', []),
      workspace('web', []),
    ],
    rootDevDependencies: new Set(['vitest', 'fast-check']),
    fileExists: (p) => p === 'packages/web/src/app.css',
  });
  const got = problems.map((p) => `${p.kind} ${p.where.replace(/:\d+$/, '')}`).sort();
  const expected = [
    'cycle packages/domain/src/a.ts',
    'cycle packages/domain/src/c.ts',
    'deep packages/db/src/repo.ts:2', // /testing from a non-test file
    'deep packages/db/src/repo.ts:4', // deep import by name
    'deep packages/db/src/repo.ts:5', // relative path into another package
    'layer packages/db/package.json', // declares @greenlight/pdf
    'layer packages/db/package.json', // declares @greenlight/server
    'layer packages/db/src/repo.ts:3', // db → server
    'undeclared packages/db/src/repo.ts:10', // fastify
    'undeclared packages/web/src/app.tsx:1', // contract allowed but not declared
    'unresolved packages/db/src/repo.ts:6',
  ].sort();
  const cycleText = problems.find((p) => p.where === 'packages/domain/src/a.ts')?.message ?? '';
  const ok =
    JSON.stringify(got) === JSON.stringify(expected) && cycleText.includes('(type-only import)');
  if (!ok) {
    console.error('check-imports self-test FAILED');
    console.error(`expected:\n  ${expected.join('\n  ')}\ngot:\n  ${got.join('\n  ')}`);
    for (const problem of problems) console.error(`  ${problem.where}: ${problem.message}`);
    return 1;
  }
  console.log(`check-imports self-test: ${expected.length} expected problems found`);
  return 0;
}

function main(argv: readonly string[]): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const selfTest = runSelfTest();
  if (argv.includes('--self-test') || selfTest !== 0) return selfTest;
  return runOnRepository(root);
}

process.exitCode = main(process.argv.slice(2));
