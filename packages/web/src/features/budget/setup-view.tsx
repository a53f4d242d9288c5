import { useMemo, useState } from 'react';
import { ApiError, type BudgetVersionDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import type { ReportBudgetOutcome } from './budget-outcome';
import { ExchangeRatesEditor } from './exchange-rates-editor';
import { FringesEditor } from './fringes-editor';
import { GlobalsEditor } from './globals-editor';
import { PercentageItemsEditor } from './percentage-items-editor';
import { buildSetup, setupDraft, type SetupDraft, type SetupErrors } from './setup-draft';

type SetupViewProps = {
  readonly productionId: string;
  readonly data: BudgetVersionDto;
  /** The revision the grid's edits have reached: the PUT is sent at it. */
  readonly revision: number;
  /** The lines as the grid has them now, for what uses each fringe, global and currency. */
  readonly lines: readonly BudgetVersionDto['lines'][number][];
  readonly report: ReportBudgetOutcome;
  readonly onSaved: () => void;
};

const count = (keys: Iterable<string>): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/** The problems the budget engine listed with a refusal (a fringe still on lines, a global in a circle). */
const problemsOf = (error: unknown): string[] => {
  if (!(error instanceof ApiError)) return [];
  const problems = error.details?.['problems'];
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown) =>
    p !== null && typeof p === 'object' && 'message' in p && typeof p.message === 'string'
      ? [p.message]
      : [],
  );
};

/** Fringes, globals, the items below the subtotal and the exchange rates: one form, one PUT of the setup. */
export const SetupView = ({
  productionId,
  data,
  revision,
  lines,
  report,
  onSaved,
}: SetupViewProps) => {
  const client = useClient();
  const { currency } = data.version;
  const initial = useMemo(() => setupDraft(data.setup, currency), [data.setup, currency]);
  const [draft, setDraft] = useState<SetupDraft>(initial);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [serverError, setServerError] = useState<{ message: string; problems: string[] } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const disabled = !data.editable || busy;
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);

  const usage = useMemo(
    () => ({
      fringes: count(lines.flatMap((l) => l.fringeIds)),
      globals: count([
        ...lines.flatMap((l) => (l.amount.kind === 'global' ? [l.amount.name] : [])),
        ...data.setup.globals.flatMap((g) => (g.value.kind === 'global' ? [g.value.name] : [])),
      ]),
      currencies: count(lines.map((l) => l.currency)),
    }),
    [lines, data.setup.globals],
  );

  const edit = (change: Partial<SetupDraft>) => {
    setDraft((old) => ({ ...old, ...change }));
    setServerError(null);
  };

  const save = async () => {
    const built = buildSetup(draft, data.setup, currency);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setServerError(null);
    try {
      const result = await client.call('updateBudgetSetup', {
        params: { productionId, versionId: data.version.id },
        body: { revision, setup: built.setup },
      });
      report({
        kind: 'result',
        result,
        doneText: 'Saved the fringes, globals and rates; every line is worked out again',
      });
      setBusy(false);
      if (result.outcome === 'allowed') onSaved();
    } catch (caught) {
      setServerError({ message: describeError(caught), problems: problemsOf(caught) });
      setBusy(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  return (
    <div className="stack setup-view" data-testid="setup-view">
      <FringesEditor
        rows={draft.fringes}
        onChange={(fringes) => edit({ fringes })}
        errors={errors}
        currency={currency}
        disabled={disabled}
        usage={usage.fringes}
      />
      <GlobalsEditor
        rows={draft.globals}
        onChange={(globals) => edit({ globals })}
        errors={errors}
        disabled={disabled}
        usage={usage.globals}
      />
      <PercentageItemsEditor
        rows={draft.items}
        onChange={(items) => edit({ items })}
        errors={errors}
        disabled={disabled}
      />
      <ExchangeRatesEditor
        rows={draft.rates}
        onChange={(rates) => edit({ rates })}
        errors={errors}
        currency={currency}
        disabled={disabled}
        usage={usage.currencies}
      />
      {data.editable ? (
        <div className="setup-bar" data-testid="setup-bar">
          {serverError !== null ? (
            <div
              className="notice notice--error setup-bar__error"
              role="alert"
              data-testid="setup-error"
            >
              {serverError.message}
              {serverError.problems.length > 1 ? (
                <ul>
                  {serverError.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : errorCount > 0 ? (
            <p className="field__error" role="alert" data-testid="setup-invalid">
              {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} fixing before the
              setup can be saved.
            </p>
          ) : (
            <p
              className="muted"
              data-testid="setup-status"
              data-state={changed ? 'changed' : 'saved'}
            >
              {changed ? 'Unsaved changes: saving works every line out again.' : 'No changes.'}
            </p>
          )}
          <span className="budget-grid__spacer" />
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setDraft(initial);
              setErrors({});
              setServerError(null);
            }}
            disabled={!changed || busy}
          >
            Discard changes
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void save()}
            disabled={!changed || busy}
            data-testid="save-setup"
          >
            {busy ? 'Saving…' : 'Save setup'}
          </button>
        </div>
      ) : null}
    </div>
  );
};
