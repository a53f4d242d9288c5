// The rules of scripts/check-imports.ts over an in-memory view of the repository (no file
// system access here, so the self-test can feed it a fixture).
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { findCycles } from './find-cycles.js';
import type { Edge } from './find-cycles.js';

/** The layer DAG: which workspace packages each package may import (by short name). */
export const LAYER_DAG: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  importers: ['domain'],
  contract: ['domain'],
  db: ['domain'],
  pdf: ['domain'],
  spreadsheet: ['domain'],
  server: ['domain', 'importers', 'contract', 'db', 'pdf', 'spreadsheet'],
  web: ['domain', 'contract'],
  cli: ['domain', 'importers', 'contract', 'server', 'db', 'spreadsheet'],
};

export const SCOPE = '@greenlight/';
const NODE_BUILTINS = new Set(builtinModules);

export type Workspace = {
  /** Short name: the folder under packages/ ('domain'). */
  short: string;
  /** Package name ('@greenlight/domain'). */
  name: string;
  /** Repo-relative folder, posix ('packages/domain'). */
  dir: string;
  dependencies: ReadonlySet<string>;
  devDependencies: ReadonlySet<string>;
  /** Subpath exports without the leading './' ('' for '.', 'testing'). */
  exports: ReadonlySet<string>;
};

export type ImportRef = {
  specifier: string;
  line: number;
  column: number;
  /** Erased at runtime: `import type`, `export type … from`, `typeof import('x')`. */
  typeOnly: boolean;
};

export type Problem = {
  kind: 'cycle' | 'layer' | 'undeclared' | 'deep' | 'unresolved';
  /** Repo-relative file (with :line:col) or package.json the problem is in. */
  where: string;
  message: string;
};

export type AnalysisInput = {
  /** Repo-relative posix path → source text, for every source file under packages/STAR/src. */
  files: ReadonlyMap<string, string>;
  workspaces: readonly Workspace[];
  /** The root package.json's devDependencies (test files may use them). */
  rootDevDependencies: ReadonlySet<string>;
  /** Whether a repo-relative path is an existing file (for non-source imports such as CSS). */
  fileExists: (repoPath: string) => boolean;
};

export type AnalysisResult = { problems: Problem[]; importCount: number };

/** Test files and test-support modules: may use '/testing' entry points and root devDependencies. */
export function isTestFile(repoPath: string): boolean {
  return (
    /\.(test|spec|test-d|bench)\.[cm]?[jt]sx?$/.test(repoPath) ||
    /^packages\/[^/]+\/src\/testing\//.test(repoPath)
  );
}

/** Every module specifier a file mentions, with its position. */
export function extractImports(fileName: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    false,
    scriptKind(fileName),
  );
  const refs: ImportRef[] = [];
  const add = (literal: ts.Node, typeOnly: boolean): void => {
    if (!ts.isStringLiteralLike(literal)) return;
    const { line, character } = source.getLineAndCharacterOfPosition(literal.getStart(source));
    refs.push({ specifier: literal.text, line: line + 1, column: character + 1, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const [first] = node.arguments;
      if ((isDynamicImport || isRequire) && first) add(first, false);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument)) add(argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** The whole check over an in-memory view of the repository. */
export function analyzeImports(input: AnalysisInput): AnalysisResult {
  const problems: Problem[] = [];
  const byShort = new Map(input.workspaces.map((w) => [w.short, w]));
  const byName = new Map(input.workspaces.map((w) => [w.name, w]));
  const graph = new Map<string, Edge[]>();
  let importCount = 0;

  for (const workspace of input.workspaces) {
    checkDeclaredWorkspaceDependencies(workspace, byName, problems);
  }

  for (const [file, text] of input.files) {
    const owner = byShort.get(file.split('/')[1] ?? '');
    if (!owner) continue;
    const edges: Edge[] = [];
    graph.set(file, edges);
    const isTest = isTestFile(file);
    for (const ref of extractImports(file, text)) {
      importCount += 1;
      const where = `${file}:${ref.line}:${ref.column}`;
      const report = (kind: Problem['kind'], message: string): void => {
        problems.push({ kind, where, message });
      };
      const { specifier } = ref;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = resolveRelative(file, specifier, input);
        if (target === undefined) {
          report('unresolved', `'${specifier}' does not name a file`);
        } else if (!target.startsWith(`${owner.dir}/`)) {
          report(
            'deep',
            `'${specifier}' reaches outside ${owner.name} (to ${target}); import another package by its name`,
          );
        } else if (input.files.has(target)) {
          edges.push({ to: target, typeOnly: ref.typeOnly });
        }
        continue;
      }
      if (specifier.startsWith(SCOPE)) {
        checkWorkspaceImport({ owner, specifier, isTest, byName, report });
        continue;
      }
      const packageName = npmPackageName(specifier);
      if (packageName === undefined) continue; // node:*, built-ins, virtual modules
      const declared =
        owner.dependencies.has(packageName) ||
        owner.devDependencies.has(packageName) ||
        owner.dependencies.has(`@types/${packageName}`) ||
        (isTest && input.rootDevDependencies.has(packageName));
      if (!declared) {
        report(
          'undeclared',
          `'${packageName}' is not declared in ${owner.dir}/package.json${
            isTest ? ' nor in the root devDependencies' : ''
          } (it resolves only through hoisting)`,
        );
      }
    }
  }

  for (const cycle of findCycles(graph)) {
    const steps = cycle.map((edge) => `${edge.to}${edge.typeOnly ? ' (type-only import)' : ''}`);
    const first = cycle[cycle.length - 1]?.to ?? '';
    problems.push({
      kind: 'cycle',
      where: first,
      message: `import cycle: ${[first, ...steps].join('\n      → ')}`,
    });
  }
  return { problems, importCount };
}

function checkDeclaredWorkspaceDependencies(
  workspace: Workspace,
  byName: ReadonlyMap<string, Workspace>,
  problems: Problem[],
): void {
  const allowed = LAYER_DAG[workspace.short];
  if (allowed === undefined) {
    problems.push({
      kind: 'layer',
      where: `${workspace.dir}/package.json`,
      message: `package '${workspace.short}' has no entry in the layer DAG (scripts/check-imports.ts)`,
    });
    return;
  }
  for (const dependency of [...workspace.dependencies, ...workspace.devDependencies]) {
    if (!dependency.startsWith(SCOPE)) continue;
    const target = byName.get(dependency);
    if (!target || !allowed.includes(target.short)) {
      problems.push({
        kind: 'layer',
        where: `${workspace.dir}/package.json`,
        message: `declares ${dependency}, which ${workspace.name} may not depend on (allowed: ${describeAllowed(allowed)})`,
      });
    }
  }
}

function checkWorkspaceImport(options: {
  owner: Workspace;
  specifier: string;
  isTest: boolean;
  byName: ReadonlyMap<string, Workspace>;
  report: (kind: Problem['kind'], message: string) => void;
}): void {
  const { owner, specifier, isTest, byName, report } = options;
  const [, shortName = '', ...rest] = specifier.split('/');
  const packageName = `${SCOPE}${shortName}`;
  const subpath = rest.join('/');
  const target = byName.get(packageName);
  if (!target) {
    report('layer', `'${specifier}': there is no workspace package ${packageName}`);
    return;
  }
  if (target === owner) {
    report('layer', `'${specifier}': ${owner.name} imports itself by name; use a relative import`);
    return;
  }
  const allowed = LAYER_DAG[owner.short] ?? [];
  if (!allowed.includes(target.short)) {
    report(
      'layer',
      `'${specifier}': ${owner.name} may not import ${target.name} (allowed: ${describeAllowed(allowed)})`,
    );
    return;
  }
  const declared =
    owner.dependencies.has(target.name) || (isTest && owner.devDependencies.has(target.name));
  if (!declared) {
    report(
      'undeclared',
      `'${specifier}': ${target.name} is not in ${owner.dir}/package.json ${
        isTest ? 'dependencies or devDependencies' : 'dependencies'
      }`,
    );
  }
  if (subpath === '') return;
  if (!target.exports.has(subpath)) {
    const exported = [...target.exports].filter((s) => s !== '').map((s) => `${target.name}/${s}`);
    report(
      'deep',
      `'${specifier}' is a deep import; ${target.name} exports only its name${
        exported.length ? ` and ${exported.join(', ')}` : ''
      }`,
    );
  } else if (isTestOnlySubpath(subpath) && !isTest) {
    report(
      'deep',
      `'${specifier}' is test support: import it only from test files (*.test.ts, src/testing/)`,
    );
  }
}

function isTestOnlySubpath(subpath: string): boolean {
  return subpath === 'testing' || subpath.startsWith('testing/');
}

function describeAllowed(allowed: readonly string[]): string {
  return allowed.length ? allowed.map((s) => `${SCOPE}${s}`).join(', ') : 'none';
}

/** 'pkg' for 'pkg/sub', '@scope/pkg' for '@scope/pkg/sub'; undefined for Node built-ins. */
function npmPackageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || specifier.startsWith('virtual:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  if (NODE_BUILTINS.has(name)) return undefined;
  return name;
}

function resolveRelative(
  fromFile: string,
  specifier: string,
  input: AnalysisInput,
): string | undefined {
  // Bundler queries such as './logo.svg?url' name the file before the '?'.
  const filePart = specifier.replace(/[?#].*$/, '');
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), filePart));
  const exists = (candidate: string): boolean =>
    input.files.has(candidate) || input.fileExists(candidate);
  const extension = path.posix.extname(base);
  const stem = base.slice(0, base.length - extension.length);
  const replacements: Record<string, string[]> = {
    '.js': ['.ts', '.tsx', '.js', '.jsx'],
    '.jsx': ['.tsx', '.jsx'],
    '.mjs': ['.mts', '.mjs'],
    '.cjs': ['.cts', '.cjs'],
  };
  const candidates = replacements[extension]?.map((ext) => stem + ext) ?? [
    base,
    ...['.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'].map((suffix) => base + suffix),
  ];
  return candidates.find(exists);
}

function scriptKind(fileName: string): ts.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}
