// ESLint flat config for the whole repository (`npm run lint`).
//
// - TypeScript files are linted with type information (typescript-eslint `projectService`): each
//   file is checked against the nearest tsconfig.json (a package's own, or the root one for
//   scripts/, bench/ and e2e/).
// - Every rule is an error except `max-lines`, which is the one soft limit (CODE_STYLE: about
//   400 lines per module). `npm run lint` therefore runs without `--max-warnings 0`: a long file
//   prints a warning but does not fail the build. Keep warnings at zero anyway, or mark the file
//   with `/* eslint-disable max-lines -- size-exception: <reason> */`.
// - The layer rules (which package may import what) live here as `no-restricted-imports` and,
//   with import cycles and package.json checks, in scripts/check-imports.ts.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const JS_FILES = ['**/*.{js,mjs,cjs}'];
const TEST_FILES = [
  '**/*.test.{ts,tsx}',
  '**/*.test-d.{ts,tsx}',
  '**/*.bench.ts',
  'packages/*/src/testing/**',
];
/** Where `console` is the program's real output channel. */
const CONSOLE_ALLOWED = ['packages/cli/**', 'scripts/**', 'bench/**', 'e2e/**'];

// ---------------------------------------------------------------------------------------------
// Layer rules: which imports each package's src/ may use.
// ---------------------------------------------------------------------------------------------

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `'zod'` matches `zod` and `zod/…`; a name ending in '/' (a scope) matches everything in it. */
const nameAlternation = (names) =>
  names.map((name) => (name.endsWith('/') ? escapeRegex(name) : `${escapeRegex(name)}(?:/|$)`));

const NODE_BUILTIN = `(?:node:|(?:${builtinModules
  .filter((name) => !name.startsWith('_'))
  .map(escapeRegex)
  .join('|')})(?:/|$))`;
const RELATIVE = '\\.{1,2}(?:/|$)';

/** Packages a test file (or src/testing/ helper) may use on top of its package's own list. */
const TEST_LIBRARIES = ['vitest', 'fast-check', '@testing-library/', 'happy-dom'];

/**
 * The layer table (ARCHITECTURE §5.2). `greenlight`: workspace packages allowed (by their package
 * name only; `/testing` entry points from tests only). `npm`: either a list of allowed
 * third-party packages, or `{ ban: [...] }` for "anything but these". `node`: Node built-ins.
 */
const LAYERS = {
  domain: { greenlight: [], npm: [], node: false, why: 'domain is pure: relative imports only' },
  importers: {
    greenlight: ['domain'],
    npm: {
      ban: [
        'kysely',
        'pg',
        'fastify',
        '@fastify/',
        'react',
        'react-dom',
        '@electric-sql/',
        'pdfkit',
      ],
    },
    node: false,
    why: 'importers are pure parsers: @greenlight/domain and pure parsing libraries only',
  },
  contract: {
    greenlight: ['domain'],
    npm: ['zod'],
    node: false,
    why: 'contract depends on @greenlight/domain and zod only',
  },
  db: {
    greenlight: ['domain'],
    npm: ['kysely', 'pg', '@electric-sql/'],
    node: true,
    why: 'db depends on @greenlight/domain, kysely, pg and @electric-sql/* only',
  },
  pdf: {
    greenlight: ['domain'],
    npm: ['pdfkit', 'dejavu-fonts-ttf'],
    node: true,
    why: 'pdf depends on @greenlight/domain and pdfkit only',
  },
  spreadsheet: {
    greenlight: ['domain'],
    npm: ['exceljs'],
    node: false,
    why: 'spreadsheet depends on @greenlight/domain and exceljs only, and returns bytes (no IO)',
  },
  server: {
    greenlight: ['domain', 'importers', 'contract', 'db', 'pdf', 'spreadsheet'],
    npm: { ban: ['react', 'react-dom'] },
    node: true,
    why: 'server may not import web or cli',
  },
  web: {
    greenlight: ['domain', 'contract'],
    npm: {
      ban: [
        'kysely',
        'pg',
        'fastify',
        '@fastify/',
        '@electric-sql/',
        'pdfkit',
        'pino',
        '@node-rs/',
      ],
    },
    node: false,
    why: 'web talks to the server only through @greenlight/contract',
  },
  cli: {
    // spreadsheet: `budget compute` reads XLSX and CSV budget files and `budget template` writes them,
    // with nothing to store, so they use the readers and writers directly, as `script parse` uses the
    // importers.
    greenlight: ['domain', 'importers', 'contract', 'server', 'db', 'spreadsheet'],
    npm: { ban: ['react', 'react-dom'] },
    node: true,
    why: 'cli may not import web',
  },
};

/** One `no-restricted-imports` setting for one package, for its source or its test files. */
function restrictedImports(pkg, layer, { isTest }) {
  const patterns = [];
  const allowedWorkspace = layer.greenlight.map(escapeRegex).join('|');
  const subpath = isTest ? '(?:/testing)?' : '';
  patterns.push({
    regex: allowedWorkspace
      ? `^@greenlight/(?!(?:${allowedWorkspace})${subpath}$)`
      : '^@greenlight/',
    message: layer.greenlight.length
      ? `Layer rule: ${pkg} may import only ${layer.greenlight.map((p) => `@greenlight/${p}`).join(', ')}, by package name (no deep imports${isTest ? '' : '; /testing entry points only from tests'}). ${layer.why}.`
      : `Layer rule: ${pkg} imports no workspace package. ${layer.why}.`,
  });
  if (!layer.node) {
    patterns.push({
      regex: `^${NODE_BUILTIN}`,
      message: `${pkg} may not use Node built-ins: ${layer.why}.`,
    });
  }
  const testExtras = isTest ? TEST_LIBRARIES : [];
  if (Array.isArray(layer.npm)) {
    const allowed = [...layer.npm, ...testExtras];
    const notThirdParty = [RELATIVE, '@greenlight/', NODE_BUILTIN];
    if (allowed.length) notThirdParty.push(...nameAlternation(allowed));
    patterns.push({
      regex: `^(?!${notThirdParty.join('|')})`,
      message: `${pkg} may not import this package: ${layer.why}.`,
    });
  } else {
    patterns.push({
      regex: `^(?:${nameAlternation(layer.npm.ban).join('|')})`,
      message: `${pkg} may not import this package: ${layer.why}.`,
    });
  }
  return ['error', { patterns }];
}

const layerConfigs = Object.entries(LAYERS).flatMap(([pkg, layer]) => [
  {
    name: `greenlight/layers/${pkg}`,
    files: [`packages/${pkg}/src/**/*.{ts,tsx}`],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': restrictedImports(pkg, layer, { isTest: false }) },
  },
  {
    name: `greenlight/layers/${pkg}/tests`,
    files: TEST_FILES.map((glob) =>
      glob.startsWith('packages/')
        ? glob.replace('packages/*', `packages/${pkg}`)
        : `packages/${pkg}/src/${glob}`,
    ),
    rules: { 'no-restricted-imports': restrictedImports(pkg, layer, { isTest: true }) },
  },
]);

// ---------------------------------------------------------------------------------------------

const warnToError = (rules) =>
  Object.fromEntries(
    Object.entries(rules).map(([name, level]) => [name, level === 'warn' ? 'error' : level]),
  );

export default defineConfig(
  {
    name: 'greenlight/ignores',
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      // Fixture data is ignored; the scripts that generate it are linted like any other code.
      'fixtures/**/*',
      '!fixtures/**/*/',
      '!fixtures/**/*.ts',
      '**/.greenlight/**',
      '**/.vite/**',
      'tmp/**',
    ],
  },
  {
    name: 'greenlight/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  { ...js.configs.recommended, name: '@eslint/js/recommended' },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: config.files ?? TS_FILES,
  })),
  {
    name: 'greenlight/typescript',
    files: TS_FILES,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-declaration-merging': 'error',
      '@typescript-eslint/no-unsafe-enum-comparison': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'error',
      '@typescript-eslint/no-unsafe-unary-minus': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Off: an `async` method that implements a Promise-returning port without awaiting is
      // fine; unhandled or misused promises are what no-floating/no-misused-promises catch.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    name: 'greenlight/javascript',
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'greenlight/all',
    rules: {
      'no-console': 'error',
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    name: 'greenlight/console-allowed',
    files: CONSOLE_ALLOWED,
    rules: { 'no-console': 'off' },
  },
  {
    name: 'greenlight/node-globals',
    files: [
      'packages/{db,pdf,server,cli}/**/*.{ts,tsx}',
      'packages/*/*.{ts,mts}',
      'scripts/**',
      'bench/**',
      'e2e/**',
      'fixtures/**/*.ts',
      '*.{ts,js,mjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'greenlight/web',
    files: ['packages/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: warnToError(reactHooks.configs['recommended-latest'].rules),
  },
  {
    name: 'greenlight/tests',
    files: TEST_FILES,
    rules: {
      // `expect(fake.method).toHaveBeenCalled()` is the normal way to assert on a fake.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    name: 'greenlight/test-assertions',
    files: ['**/*.test.{ts,tsx}', '**/*.test-d.{ts,tsx}', 'e2e/**/*.spec.ts'],
    rules: {
      // Asymmetric matchers (`expect.any(String)`, `expect.stringContaining(...)`) are typed
      // `any`, so every `toMatchObject({ id: expect.any(String) })` would be reported.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  ...layerConfigs,
  {
    // The domain has no clock, no randomness and no environment (ARCHITECTURE §5.3, §5.10 #2):
    // time, seeds and configuration are passed in.
    name: 'greenlight/domain-purity',
    files: ['packages/domain/src/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'off', // covered by no-restricted-globals below, which also catches `log = console`
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The domain reads no environment: pass configuration in.' },
        { name: 'console', message: 'The domain does not log: return values or DomainErrors.' },
        { name: 'performance', message: 'The domain has no clock: pass `now`/`deadline` in.' },
        { name: 'setTimeout', message: 'The domain has no timers.' },
        { name: 'setInterval', message: 'The domain has no timers.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'The domain has no clock: inject a Clock / `now`.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'The domain has no hidden randomness: pass a seeded RNG.',
        },
        { object: 'globalThis', property: 'process', message: 'The domain reads no environment.' },
        { object: 'globalThis', property: 'console', message: 'The domain does not log.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message:
            'The domain has no clock: `new Date()` reads the current time; inject a Clock / `now`.',
        },
        {
          selector: 'CallExpression[callee.name="Date"]',
          message:
            'The domain has no clock: `Date()` returns the current time; inject a Clock / `now`.',
        },
      ],
    },
  },
);
