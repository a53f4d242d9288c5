import { useId, useState, type FormEvent } from 'react';
import type { FinancingPlanDto } from '@greenlight/contract';
import { addDays, calendarDate, weekdayOf } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage } from '../../ui/feedback';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount, minorToInput, parseMoney } from '../../ui/money';
import { MoneyInput } from '../../ui/money-input';
import type { FinancingOutcome } from './financing-outcome';

type PlannedSpendingEditorProps = {
  readonly productionId: string;
  readonly plan: FinancingPlanDto;
  readonly currency: string;
  readonly onDone: (outcome: FinancingOutcome | null) => void;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The planned spending, week by week: the whole list is saved at once (a PUT at the version loaded). */
export const PlannedSpendingEditor = ({
  productionId,
  plan,
  currency,
  onDone,
}: PlannedSpendingEditorProps) => {
  const client = useClient();
  const headingId = useId();
  const { plannedSpending } = plan;
  const [firstWeek, setFirstWeek] = useState(plannedSpending.firstWeek ?? '');
  const [weeks, setWeeks] = useState<string[]>(() =>
    plannedSpending.weeks.map((w) => (w === 0 ? '' : minorToInput(w, currency))),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const parsed = weeks.map((text) =>
    text.trim() === '' ? ({ ok: true, value: 0 } as const) : parseMoney(text, currency),
  );
  const total = parsed.reduce((sum, p) => sum + (p.ok ? p.value : 0), 0);
  const budgetTotal = plan.budget?.grandTotal ?? null;
  const dateOf = (index: number): string | null =>
    DATE.test(firstWeek) ? formatCalendarDate(addDays(calendarDate(firstWeek), index * 7)) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const bad = parsed.findIndex((p) => !p.ok);
    if (bad >= 0) {
      const problem = parsed[bad];
      setError(`Week ${bad + 1}: ${problem && !problem.ok ? problem.error.toLowerCase() : ''}`);
      return;
    }
    if (firstWeek !== '' && !DATE.test(firstWeek)) {
      setError('Enter the first week as a date');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('updatePlannedSpending', {
        params: { productionId },
        body: {
          weeks: parsed.map((p) => (p.ok ? p.value : 0)),
          firstWeek: firstWeek === '' ? null : firstWeek,
          version: plannedSpending.version,
        },
      });
      onDone({
        kind: 'result',
        result,
        doneText: `Planned spending saved: ${formatAmount(total, currency)} over ${weeks.length} weeks`,
      });
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <form
      className="form planned-spending"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
      data-testid="planned-spending-editor"
    >
      <div className="planned-spending__head">
        <h2 id={headingId}>Planned spending by week</h2>
        <div className="field planned-spending__first">
          <label htmlFor={`${headingId}-first`}>Week 1 starts on</label>
          <input
            id={`${headingId}-first`}
            type="date"
            value={firstWeek}
            onChange={(event) => setFirstWeek(event.target.value)}
          />
          {DATE.test(firstWeek) && weekdayOf(calendarDate(firstWeek)) !== 1 ? (
            <p className="field__hint">Weeks usually start on a Monday.</p>
          ) : null}
        </div>
        <p className="planned-spending__total">
          Total <strong className="figure">{formatAmount(total, currency)}</strong>
          {budgetTotal !== null ? (
            <span className="muted"> of the approved {formatAmount(budgetTotal, currency)}</span>
          ) : null}
        </p>
      </div>
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <ol className="planned-spending__weeks">
        {weeks.map((value, index) => (
          <li key={index} className="planned-spending__week">
            <span className="planned-spending__label">
              <b>Week {index + 1}</b>
              {dateOf(index) ? <span className="muted"> {dateOf(index)}</span> : null}
            </span>
            <MoneyInput
              label={`Planned spending in week ${index + 1}`}
              hideLabel
              currency={currency}
              value={value}
              onChange={(next) => setWeeks((all) => all.map((w, i) => (i === index ? next : w)))}
            />
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => setWeeks((all) => [...all, ''])}
        >
          Add a week
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={weeks.length === 0}
          onClick={() => setWeeks((all) => all.slice(0, -1))}
        >
          Remove the last week
        </button>
        <span className="planned-spending__spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="save-planned-spending"
        >
          {busy ? 'Saving…' : 'Save planned spending'}
        </button>
      </div>
    </form>
  );
};
