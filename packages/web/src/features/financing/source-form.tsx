import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  addDays,
  calendarDate,
  FINANCING_SOURCE_KIND_LABELS,
  FINANCING_SOURCE_KINDS,
  FINANCING_STATUS_LABELS,
  FINANCING_STATUSES,
  type FinancingSourceKind,
  type FinancingStatus,
} from '@greenlight/domain';
import { ErrorMessage } from '../../ui/feedback';
import { formatCalendarDate } from '../../ui/format-time';
import { MoneyInput } from '../../ui/money-input';
import {
  checkDraft,
  type DraftErrors,
  type DraftField,
  type SourceDraft,
  type SourceFields,
} from './source-draft';

type SourceFormProps = {
  readonly mode: 'add' | 'edit';
  readonly initial: SourceDraft;
  /** The Monday of week 1 of the cash flow, to put dates on drawdown weeks. */
  readonly firstWeek: string | null;
  readonly busy: boolean;
  readonly onSubmit: (fields: SourceFields) => void;
  readonly onCancel: () => void;
};

const STATUSES_TO_ADD = FINANCING_STATUSES.filter((s) => s !== 'withdrawn');

const FIELD_NAMES: Readonly<Record<DraftField, string>> = {
  name: 'Name',
  counterparty: 'Counterparty',
  kind: 'Kind',
  status: 'Status',
  amount: 'Amount',
  currency: 'Currency',
  equityShare: 'Equity share',
  interest: 'Interest',
  fees: 'Fees',
  premium: 'Premium',
  recoupmentRank: 'Recoupment position',
  backEndPoints: 'Back-end points',
  credits: 'Credits',
  conditions: 'Conditions',
  drawdowns: 'Drawdowns',
};

/** Adding or editing a source of finance: the deal, its terms, its conditions and when it pays. */
export const SourceForm = ({
  mode,
  initial,
  firstWeek,
  busy,
  onSubmit,
  onCancel,
}: SourceFormProps) => {
  const [draft, setDraft] = useState<SourceDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const headingId = useId();
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const currency = /^[A-Z]{3}$/.test(draft.currency.trim().toUpperCase())
    ? draft.currency.trim().toUpperCase()
    : initial.currency;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onSubmit(checked.fields);
  };
  const errorKeys = Object.keys(errors) as DraftField[];
  const text = (
    field: Exclude<DraftField, 'kind' | 'status' | 'drawdowns'>,
    label: string,
    extra: {
      hint?: string;
      className?: string;
      placeholder?: string;
      inputMode?: 'decimal' | 'numeric';
    } = {},
  ): ReactNode => (
    <TextField
      label={label}
      value={draft[field]}
      onChange={(value) => set(field, value)}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <form
      className="form source-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      data-testid={mode === 'add' ? 'add-source-form' : 'edit-source-form'}
    >
      <h2 id={headingId}>{mode === 'add' ? 'Add a source of finance' : `Edit ${initial.name}`}</h2>
      {errorKeys.length > 0 ? (
        <ErrorMessage>
          <span data-testid="source-form-errors">
            Check {errorKeys.length === 1 ? 'this field' : 'these fields'}:{' '}
            {errorKeys.map((k) => FIELD_NAMES[k]).join(', ')}.
          </span>
        </ErrorMessage>
      ) : null}
      <div className="source-form__grid">
        {text('name', 'Name', {
          className: 'source-form__wide',
          placeholder: 'Harbour Equity Partners',
        })}
        {text('counterparty', 'Counterparty (optional)', { className: 'source-form__wide' })}
        <SelectField
          label="Kind"
          value={draft.kind}
          onChange={(value) => set('kind', value as FinancingSourceKind)}
          options={FINANCING_SOURCE_KINDS.map((k) => [k, FINANCING_SOURCE_KIND_LABELS[k]])}
        />
        {mode === 'add' ? (
          <SelectField
            label="Status"
            value={draft.status}
            onChange={(value) => set('status', value as FinancingStatus)}
            options={STATUSES_TO_ADD.map((s) => [s, FINANCING_STATUS_LABELS[s]])}
            hint="Recording a deal as closed is closing it"
          />
        ) : null}
        <div className="source-form__amount">
          <MoneyInput
            label="Amount"
            currency={currency}
            value={draft.amount}
            onChange={(value) => set('amount', value)}
            required
          />
          {errors.amount ? <p className="field__error">{errors.amount}</p> : null}
        </div>
        {text('currency', 'Currency', { className: 'source-form__currency', hint: 'ISO code' })}
      </div>

      <fieldset className="source-form__fieldset">
        <legend>Terms</legend>
        <div className="source-form__grid source-form__grid--terms">
          {text('equityShare', 'Equity share (%)', { inputMode: 'decimal', placeholder: '—' })}
          {text('interest', 'Interest (%)', { inputMode: 'decimal', placeholder: '—' })}
          <div>
            <MoneyInput
              label="Fees"
              currency={currency}
              value={draft.fees}
              onChange={(value) => set('fees', value)}
              placeholder="—"
            />
            {errors.fees ? <p className="field__error">{errors.fees}</p> : null}
          </div>
          {text('premium', 'Premium (%)', { inputMode: 'decimal', placeholder: '—' })}
          {text('recoupmentRank', 'Recoupment position', {
            inputMode: 'numeric',
            placeholder: 'not recouped',
            hint: '1 is paid first; equal positions share pari passu',
          })}
          {text('backEndPoints', 'Back-end points', { inputMode: 'decimal', placeholder: '—' })}
        </div>
        <div className="source-form__grid source-form__grid--lists">
          <TextArea
            label="Credits"
            hint="One a line: Executive producer"
            value={draft.credits}
            onChange={(value) => set('credits', value)}
            error={errors.credits}
          />
          <TextArea
            label="Conditions"
            hint="One a line: Completion bond in place"
            value={draft.conditions}
            onChange={(value) => set('conditions', value)}
            error={errors.conditions}
          />
        </div>
      </fieldset>

      <fieldset className="source-form__fieldset" data-testid="drawdowns-editor">
        <legend>Drawdowns</legend>
        <p className="field__hint">
          When the money arrives, by week of the cash-flow plan; they drive the cash-flow chart.
        </p>
        {draft.drawdowns.length > 0 ? (
          <ol className="drawdown-rows">
            {draft.drawdowns.map((row, index) => {
              const week = Number(row.week);
              const date =
                firstWeek !== null && Number.isInteger(week) && week >= 1
                  ? formatCalendarDate(addDays(calendarDate(firstWeek), (week - 1) * 7))
                  : null;
              const update = (patch: Partial<typeof row>) =>
                set(
                  'drawdowns',
                  draft.drawdowns.map((d, i) => (i === index ? { ...d, ...patch } : d)),
                );
              return (
                <li key={index} className="drawdown-row">
                  <TextField
                    label={`Week of drawdown ${index + 1}`}
                    value={row.week}
                    onChange={(value) => update({ week: value })}
                    inputMode="numeric"
                    className="drawdown-row__week"
                    {...(date === null ? {} : { hint: `from ${date}` })}
                  />
                  <MoneyInput
                    label={`Amount of drawdown ${index + 1}`}
                    currency={currency}
                    value={row.amount}
                    onChange={(value) => update({ amount: value })}
                  />
                  <button
                    type="button"
                    className="button button--ghost button--small drawdown-row__remove"
                    onClick={() =>
                      set(
                        'drawdowns',
                        draft.drawdowns.filter((_, i) => i !== index),
                      )
                    }
                    aria-label={`Remove drawdown ${index + 1}`}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ol>
        ) : null}
        {errors.drawdowns ? <p className="field__error">{errors.drawdowns}</p> : null}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const last = draft.drawdowns.at(-1);
            const next = last && /^\d+$/.test(last.week) ? String(Number(last.week) + 1) : '1';
            set('drawdowns', [...draft.drawdowns, { week: next, amount: '' }]);
          }}
        >
          Add a drawdown
        </button>
      </fieldset>

      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid={mode === 'add' ? 'save-new-source' : 'save-source'}
        >
          {busy ? 'Saving…' : mode === 'add' ? 'Add source' : 'Save changes'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};

type TextFieldProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly className?: string;
  readonly placeholder?: string;
  readonly inputMode?: 'decimal' | 'numeric';
};

const TextField = ({
  label,
  value,
  onChange,
  error,
  hint,
  className,
  placeholder,
  inputMode,
}: TextFieldProps) => {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
};

const TextArea = ({
  label,
  value,
  onChange,
  error,
  hint,
}: Omit<TextFieldProps, 'className' | 'placeholder' | 'inputMode'>) => {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
};

const SelectField = ({
  label,
  value,
  onChange,
  options,
  hint,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly (readonly [string, string])[];
  readonly hint?: string;
}) => {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
