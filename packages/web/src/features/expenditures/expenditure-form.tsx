import { useState, type FormEvent } from 'react';
import type { CreateExpenditureResponse } from '@greenlight/contract';
import { DEPARTMENT_LABELS, DEPARTMENTS, type Department } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage, Notice } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { formatAmount, parseMoney } from '../../ui/money';
import { MoneyInput } from '../../ui/money-input';
import { routedToNames } from '../approvals/routed-to';
import { useProduction } from '../production/production-context';
import { useShellRefresh } from '../shell/shell-data';

/** Spend money: committed at once within the signing limit, otherwise sent up for approval. */
export const ExpenditureForm = ({ onCreated }: { readonly onCreated: () => void }) => {
  const { production } = useProduction();
  const client = useClient();
  const refreshShell = useShellRefresh();
  const [description, setDescription] = useState('');
  const [vendor, setVendor] = useState('');
  const [department, setDepartment] = useState<Department | ''>('');
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CreateExpenditureResponse | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    if (description.trim() === '') return setError('Describe what the money is for.');
    const parsed = parseMoney(amount, production.currency);
    if (!parsed.ok) return setError(`Amount: ${parsed.error}`);
    if (parsed.value === 0) return setError('Amount: it must be more than zero');
    setBusy(true);
    try {
      const response = await client.call('createExpenditure', {
        params: { productionId: production.id },
        body: {
          description: description.trim(),
          ...(vendor.trim() ? { vendor: vendor.trim() } : {}),
          ...(department ? { department } : {}),
          amount: parsed.value,
        },
      });
      setResult(response);
      setDescription('');
      setVendor('');
      setAmount('');
      onCreated();
      refreshShell();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="expenditure-form-heading"
      noValidate
    >
      <h2 id="expenditure-form-heading">New expenditure</h2>
      {result ? <ExpenditureOutcome result={result} /> : null}
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <div className="form__grid form__grid--expenditure">
        <Field label="Description" className="field--wide">
          {(id) => (
            <input
              id={id}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              maxLength={500}
              placeholder="Crane and remote head, 2 weeks"
            />
          )}
        </Field>
        <Field label="Vendor">
          {(id) => (
            <input
              id={id}
              value={vendor}
              onChange={(e) => setVendor(e.target.value)}
              maxLength={200}
            />
          )}
        </Field>
        <Field label="Department">
          {(id) => (
            <select
              id={id}
              value={department}
              onChange={(e) => setDepartment(e.target.value as Department | '')}
            >
              <option value="">None</option>
              {DEPARTMENTS.map((d) => (
                <option key={d} value={d}>
                  {DEPARTMENT_LABELS[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MoneyInput
          label="Amount"
          currency={production.currency}
          value={amount}
          onChange={setAmount}
          required
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Sending…' : 'Request expenditure'}
        </button>
        <span className="field__hint">
          Within your signing limit it is committed at once; above it, it goes for approval.
        </span>
      </div>
    </form>
  );
};

const ExpenditureOutcome = ({ result }: { readonly result: CreateExpenditureResponse }) => {
  const { production } = useProduction();
  const { expenditure, request } = result;
  const amount = formatAmount(expenditure.amount, production.currency);
  return result.outcome === 'allowed' ? (
    <Notice tone="success">
      <span data-testid="expenditure-outcome" data-outcome="committed">
        <strong>Committed.</strong> {expenditure.description} ({amount})
      </span>{' '}
      <span className="muted">{result.rule}</span>
    </Notice>
  ) : (
    <Notice tone="warning">
      <span data-testid="expenditure-outcome" data-outcome="approval-requested">
        <strong>Sent to {request ? routedToNames(request) : 'the approvers'} for approval.</strong>{' '}
        {expenditure.description} ({amount})
      </span>{' '}
      <span className="muted">{result.rule}</span>
    </Notice>
  );
};
