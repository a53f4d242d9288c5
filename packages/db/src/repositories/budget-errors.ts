import { DomainError, type BudgetSetup } from '@greenlight/domain';
import type { DescribeViolation } from './constraint-errors.js';

// What the budgets repository answers when a write cannot be done, in words.

export const staleRevision = (versionId: string): DomainError =>
  new DomainError(
    'conflict',
    'Someone changed this budget since you loaded it; load it again and redo your change',
    { versionId },
  );

export const describeBudgetViolation: DescribeViolation = ({ kind, constraint }) => {
  switch (constraint) {
    case 'budgets_name_key':
      return new DomainError('conflict', 'The production has a budget with that name already', {
        field: 'name',
      });
    case 'budgets_name_check':
    case 'budget_versions_name_check':
      return new DomainError('validation', 'A budget needs a name', { field: 'name' });
    case 'budget_versions_budget_id_number_key':
      return new DomainError(
        'conflict',
        'Someone made a version of this budget at the same time; load it again',
      );
    case 'budget_versions_approved_key':
      return new DomainError('conflict', 'This budget has an approved version already');
    case 'budget_lines_pkey':
      return new DomainError('conflict', 'The budget has a detail line with that id already', {
        field: 'lines',
      });
    default:
      break;
  }
  return kind === 'foreign-key' ? new DomainError('not-found', 'No such production') : undefined;
};

/** The setup as stored: the currency has a column of its own. */
export const withoutCurrency = (setup: BudgetSetup): Omit<BudgetSetup, 'currency'> => {
  const { currency: _currency, ...rest } = setup;
  return rest;
};
