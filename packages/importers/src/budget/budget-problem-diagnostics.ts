import {
  budgetProblemsOf,
  computeBudget,
  type Budget,
  type BudgetFileColumn,
  type BudgetProblem,
  type BudgetProblemCode,
} from '@greenlight/domain';
import type { BudgetFileDiagnostic } from './budget-file-diagnostic.js';
import type { BudgetFileHeader } from './budget-file-header.js';

type RecordKind = 'line' | 'global' | 'fringe' | 'account' | 'rate' | 'item';

/** The rows each record was read from, by its id (line id, global name, account number…). */
export type BudgetRowIndex = Readonly<Record<RecordKind, ReadonlyMap<string, readonly number[]>>>;

// Which record a problem of the setup (globals, fringes, accounts, rates, items) is about, and the
// column to point at. Line problems are told apart by computing the setup alone first.
const SETUP: Partial<Record<BudgetProblemCode, readonly [RecordKind, BudgetFileColumn | null]>> = {
  'duplicate-account': ['account', 'Acct'],
  'two-fringe-accounts': ['account', 'Kind'],
  'duplicate-global': ['global', 'ID'],
  'unknown-global': ['global', 'Amount'],
  'global-cycle': ['global', 'Amount'],
  'invalid-number': ['global', 'Amount'],
  'schedule-link-on-global': ['global', 'Schedule'],
  'duplicate-fringe': ['fringe', 'ID'],
  'invalid-fringe': ['fringe', 'Rate'],
  'duplicate-exchange-rate': ['rate', 'Currency'],
  'invalid-exchange-rate': ['rate', 'Rate'],
  'duplicate-percentage-item': ['item', 'ID'],
  'invalid-percentage-item': ['item', null],
  'too-many-percentage-items': ['item', null],
};

const LINE: Partial<Record<BudgetProblemCode, BudgetFileColumn>> = {
  'unknown-account': 'Acct',
  'line-in-fringe-account': 'Acct',
  'duplicate-line': 'ID',
  'unknown-global': 'Amount',
  'schedule-link-on-global': 'Schedule',
  'invalid-number': 'Amount',
  'missing-exchange-rate': 'Currency',
  'unknown-fringe': 'Fringes',
  'fringe-unit-mismatch': 'Fringes',
  'too-large': 'Rate',
};

const problemsOf = (budget: Budget): readonly BudgetProblem[] => {
  const result = computeBudget(budget);
  return result.ok ? [] : budgetProblemsOf(result.error);
};

const sameProblem = (a: BudgetProblem, b: BudgetProblem): boolean =>
  a.code === b.code && a.subject === b.subject && a.message === b.message;

/**
 * What stops the budget engine from working a parsed budget out (an unknown fringe on a line, a circle
 * of globals, a missing exchange rate…), as error diagnostics on the rows they are about: the engine
 * names records by id, the file by row. A duplicate points at the second row with that id.
 */
export const budgetProblemDiagnostics = (
  budget: Budget,
  rows: BudgetRowIndex,
  header: BudgetFileHeader,
): BudgetFileDiagnostic[] => {
  const problems = problemsOf(budget);
  if (problems.length === 0) return [];
  const setupProblems = problemsOf({ ...budget, lines: [] });
  return problems.map((problem): BudgetFileDiagnostic => {
    const setup = setupProblems.some((other) => sameProblem(other, problem));
    const [kind, field]: readonly [RecordKind, BudgetFileColumn | null] = setup
      ? (SETUP[problem.code] ?? ['line', null])
      : ['line', LINE[problem.code] ?? null];
    const found = problem.subject === null ? undefined : rows[kind].get(problem.subject);
    const line = problem.code.startsWith('duplicate-') ? (found?.[1] ?? found?.[0]) : found?.[0];
    const index = field === null ? undefined : header.get(field);
    return {
      severity: 'error',
      message: problem.message,
      ...(line === undefined ? {} : { line }),
      ...(line === undefined || index === undefined ? {} : { column: index + 1 }),
      ...(line === undefined || field === null ? {} : { field }),
    };
  });
};
