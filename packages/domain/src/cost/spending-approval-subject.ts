import type { ApprovalSubject } from '../authority/eligible-to-approve.js';
import { convertWithRates, type ExchangeRate } from '../budget/exchange-rate.js';
import type { Department } from '../production/departments.js';
import type { CurrencyCode } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { SPENDING_ACTION } from './route-spending-approval.js';
import { spendingDocumentTotal, type SpendingDocument } from './spending-document.js';

/**
 * The department a document concerns: the one department every line's account belongs to. A document
 * coded across departments, or to an account of no department (producers, insurance), concerns none, so
 * no department head signs it and it starts with the production manager's rung.
 */
export const spendingDepartment = (
  document: Pick<SpendingDocument, 'lines'>,
  accountDepartments: Readonly<Record<string, Department>>,
): Department | null => {
  let department: Department | null = null;
  for (const line of document.lines) {
    const own = Object.hasOwn(accountDepartments, line.accountNumber)
      ? (accountDepartments[line.accountNumber] ?? null)
      : null;
    if (own === null || (department !== null && own !== department)) return null;
    department = own;
  }
  return department;
};

/**
 * What the authority engine decides on for a document: `expenditure.commit` for its amount in the
 * production's currency (converted with the budget's rates when the document is in another), its
 * department and its requester. `accountDepartments` is the production's account → department map
 * (`TEMPLATE_ACCOUNT_DEPARTMENTS` for the built-in charts).
 */
export const spendingApprovalSubject = (
  document: SpendingDocument,
  options: {
    readonly currency: CurrencyCode;
    readonly exchangeRates: readonly ExchangeRate[];
    readonly accountDepartments: Readonly<Record<string, Department>>;
  },
): Result<ApprovalSubject> => {
  const amount = convertWithRates(
    spendingDocumentTotal(document),
    document.currency,
    options.currency,
    options.exchangeRates,
  );
  if (!amount.ok) return err(amount.error);
  return ok({
    action: SPENDING_ACTION,
    amount: amount.value,
    department: spendingDepartment(document, options.accountDepartments),
    requestedBy: document.requestedBy,
  });
};
