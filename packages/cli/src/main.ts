import { Command, CommanderError } from 'commander';
import { isDomainError } from '@greenlight/domain';
import type { CliIo } from './cli-io.js';
import { EXIT_CODE_BY_ERROR } from './exit-codes.js';
import { serveCommand } from './commands/serve-command.js';
import { demoCommand } from './commands/demo-command.js';
import { initCommand, userAddCommand } from './commands/user-commands.js';
import { doctorCommand } from './commands/doctor-command.js';
import { scriptImportCommand } from './commands/script-import-command.js';
import { scriptParseCommand } from './commands/script-parse-command.js';
import { scheduleSolveCommand } from './commands/schedule-solve-command.js';
import { budgetComputeCommand } from './commands/budget-compute-command.js';
import { budgetTemplateCommand } from './commands/budget-template-command.js';
import { costReportCommand } from './commands/cost-report-command.js';
import { progressReportCommand } from './commands/progress-report-command.js';

type Handler = (options: Record<string, unknown>, io: CliIo) => Promise<number>;

/** Builds the command tree; every action stores its exit code in `result`. */
const buildProgram = (io: CliIo, result: { code: number | null }): Command => {
  const run = (handler: Handler) => async (options: Record<string, unknown>) => {
    result.code = await handler(options, io);
  };
  const program = new Command('greenlight')
    .description('Greenlight: production management for film and television')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  program
    .command('serve')
    .description('Serve the web app and API (embedded database unless DATABASE_URL is set)')
    .option('--data-dir <dir>', 'data directory of the embedded database (default .greenlight)')
    .option('--port <n>', 'port to listen on (default $PORT or 4000)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1)')
    .option('--demo', 'create the demo production and its users first')
    .option('--no-log', 'do not log requests')
    .action(run(serveCommand));
  program
    .command('init')
    .description('Create the first user, an administrator')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .option('--password <password>', 'or set GREENLIGHT_PASSWORD')
    .option('--data-dir <dir>')
    .action(run(initCommand));
  program
    .command('user')
    .description('Manage users')
    .command('add')
    .description('Add a user who can sign in')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .option('--password <password>', 'or set GREENLIGHT_PASSWORD')
    .option('--admin', 'make the user an administrator')
    .option('--data-dir <dir>')
    .action(run(userAddCommand));
  program
    .command('demo')
    .description('Create the demo production with one user per role (password printed)')
    .option('--data-dir <dir>')
    .option('--json', 'print {"productionId", "users": [{"email","password","role"}]}')
    .action(run(demoCommand));
  program
    .command('doctor')
    .description('Check the data directory and the database, and say what is wrong')
    .option('--data-dir <dir>')
    .action(run(doctorCommand));
  const script = program.command('script').description('Read and import screenplays');
  script
    .command('import')
    .description(
      'Import a screenplay (Fountain, Final Draft .fdx or PDF) into a production as its next draft',
    )
    .argument('<file>', 'the screenplay file')
    .requiredOption('--production <id>', 'the production id')
    .option('--as <email>', 'who imports it (default: the production’s executive producer)')
    .option(
      '--revision-colour <colour>',
      'white, blue, pink, yellow, green, goldenrod… (default: the next)',
    )
    .option('--draft-date <date>', 'the date on the draft, YYYY-MM-DD (default: today)')
    .option('--data-dir <dir>')
    .option('--json', 'print the outcome as JSON')
    .action((file: string, options: Record<string, unknown>) =>
      run(scriptImportCommand)({ ...options, file }),
    );
  script
    .command('parse')
    .description(
      'Parse a screenplay (Fountain, Final Draft or PDF) and print its scenes with page eighths',
    )
    .argument('<file>', 'a Fountain (.fountain, .spmd, .txt), Final Draft (.fdx) or PDF file')
    .option(
      '--json',
      'print {"title", "scenes": [{"number","heading","intExt","location","time","pageStart","eighths","characters"}], "totalEighths", "diagnostics"}',
    )
    .action((file: string, options: Record<string, unknown>) =>
      run(scriptParseCommand)({ ...options, file }),
    );
  const schedule = program.command('schedule').description('Optimize shooting orders');
  schedule
    .command('solve')
    .description(
      'Find a cheap shooting order for a scheduling instance (talent scheduling or movie shoot JSON)',
    )
    .argument('<file>', 'a scheduling instance, as in the benchmarks folder')
    .option('--time-limit <seconds>', 'stop after this many seconds (default 10)')
    .option('--seed <n>', 'seed of the random choices (default 1)')
    .option('--json', 'print {"order": [scene ids], "cost", "optimal", "timeMs"}')
    .action((file: string, options: Record<string, unknown>) =>
      run(scheduleSolveCommand)({ ...options, file }),
    );
  program
    .command('cost-report')
    .description(
      'Print or write the cost report (budget, actuals, commitments, estimate to complete, EFC, variance per account)',
    )
    .requiredOption('--production <id>', 'the production id')
    .option('--format <format>', 'json (default), pdf or xlsx')
    .option(
      '--out <file>',
      'write to this file (required for pdf and xlsx; json goes to stdout without it)',
    )
    .option(
      '--as-of <date>',
      'the report date, YYYY-MM-DD (default: today in the production’s zone)',
    )
    .option('--force', 'overwrite --out if it exists')
    .option('--data-dir <dir>')
    .action(run(costReportCommand));
  program
    .command('progress-report')
    .description(
      'Print or write the weekly progress report for stakeholders (budget status, largest variances, cash, schedule; PDF with charts)',
    )
    .requiredOption('--production <id>', 'the production id')
    .option('--format <format>', 'json (default) or pdf')
    .option('--out <file>', 'write to this file (required for pdf; json goes to stdout without it)')
    .option(
      '--as-of <date>',
      'the report date, YYYY-MM-DD (default: today in the production’s zone)',
    )
    .option('--force', 'overwrite --out if it exists')
    .option('--data-dir <dir>')
    .action(run(progressReportCommand));
  const budget = program
    .command('budget')
    .description('Work out budgets in the budget file format');
  budget
    .command('compute')
    .description('Read a budget file (XLSX or CSV) and print its top sheet')
    .argument('<file>', 'a budget file, as Greenlight exports it (README "Budget files")')
    .option(
      '--json',
      'print {"currency", "aboveTheLine", "belowTheLine", "post", "other", "subtotal", "contingency", "completionBond", "grandTotal"} in minor units',
    )
    .action((file: string, options: Record<string, unknown>) =>
      run(budgetComputeCommand)({ ...options, file }),
    );
  budget
    .command('template')
    .description('Write a starting budget file from a template (no lines yet)')
    .argument('<template>', 'feature or episodic')
    .requiredOption('--out <file>', 'the file to write: .xlsx or .csv')
    .option('--currency <code>', 'the budget currency (default USD)')
    .option('--force', 'overwrite the file if it exists')
    .action((template: string, options: Record<string, unknown>) =>
      run(budgetTemplateCommand)({ ...options, template }),
    );
  return program;
};

/** Runs the CLI and returns the exit code; errors are reported in words, mapped through one table. */
export const main = async (argv: readonly string[], io: CliIo = processIo()): Promise<number> => {
  const result: { code: number | null } = { code: null };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.code ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not errors; anything else commander refused is a usage error.
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
        ? 0
        : 2;
    }
    if (isDomainError(error)) {
      io.err(`greenlight: ${error.message}\n`);
      return EXIT_CODE_BY_ERROR[error.code];
    }
    io.err(
      `greenlight: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
};

const processIo = (): CliIo => ({
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  untilStopped: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
});
