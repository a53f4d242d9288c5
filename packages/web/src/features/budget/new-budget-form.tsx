import { useState, type FormEvent } from 'react';
import type { BudgetListDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { Field } from '../../ui/field';
import { useProduction } from '../production/production-context';
import type { BudgetOutcome } from './budget-outcome';
import { resultField } from './edit-result';

type NewBudgetFormProps = {
  readonly productionId: string;
  readonly templates: BudgetListDto['templates'];
  readonly onCreated: (outcome: BudgetOutcome, versionId: string | null) => void;
  readonly onCancel: () => void;
};

/** A new budget from a template, in a currency: a first draft with its chart of accounts, fringes and globals. */
export const NewBudgetForm = ({
  productionId,
  templates,
  onCreated,
  onCancel,
}: NewBudgetFormProps) => {
  const client = useClient();
  const { production } = useProduction();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState(templates[0]?.id ?? 'feature-film');
  const [currency, setCurrency] = useState(production.currency);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const code = currency.trim().toUpperCase();
    if (trimmed === '') return setError('Name the budget');
    if (!/^[A-Z]{3}$/.test(code))
      return setError('The currency is a three-letter code, like USD or EUR');
    const chosen = templates.find((t) => t.id === template);
    if (chosen === undefined) return setError('Choose a template');
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('createBudget', {
        params: { productionId },
        body: { name: trimmed, template: chosen.id, currency: code },
      });
      onCreated(
        { kind: 'result', result, doneText: `Created the budget ${trimmed}` },
        resultField(result, 'versionId'),
      );
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="new-budget-heading"
      data-testid="new-budget-form"
    >
      <h2 id="new-budget-heading">New budget</h2>
      <div className="form__grid budget-new__grid">
        <Field label="Budget name">
          {(id) => (
            <input
              id={id}
              type="text"
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
              placeholder="Production budget"
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Template">
          {(id) => (
            <select
              id={id}
              value={template}
              onChange={(e) => setTemplate(e.target.value as typeof template)}
            >
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Currency"
          hint="The budget is kept in it; other currencies need an exchange rate"
        >
          {(id, describedBy) => (
            <input
              id={id}
              type="text"
              value={currency}
              maxLength={3}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
              aria-describedby={describedBy}
              autoComplete="off"
              className="budget-new__currency"
            />
          )}
        </Field>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="create-budget"
        >
          {busy ? 'Creating…' : 'Create budget'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
