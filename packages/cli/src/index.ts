// The public API of @greenlight/cli: the command runner, for tests and for the bin script.
export { main } from './main.js';
export type { CliIo } from './cli-io.js';
export { EXIT_CODE_BY_ERROR } from './exit-codes.js';
