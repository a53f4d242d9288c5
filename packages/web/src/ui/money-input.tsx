import { useId, useState } from 'react';
import { parseMoney } from './money';

type MoneyInputProps = {
  readonly label: string;
  readonly currency: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly hideLabel?: boolean;
};

/**
 * A text field for an amount in the production currency. It keeps what was typed; callers parse it with
 * `parseMoney` when submitting. A malformed amount is pointed out when the field loses focus.
 */
export const MoneyInput = ({
  label,
  currency,
  value,
  onChange,
  required = false,
  hint,
  placeholder = '0.00',
  disabled = false,
  hideLabel = false,
}: MoneyInputProps) => {
  const id = useId();
  const [touched, setTouched] = useState(false);
  // An empty field is the form's to complain about on submit; here only a malformed amount is pointed out.
  const parsed = value.trim() === '' ? null : parseMoney(value, currency);
  const error = touched && parsed !== null && !parsed.ok ? parsed.error : null;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="money-input">
        <span className="money-input__currency" aria-hidden="true">
          {currency}
        </span>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          required={required}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => setTouched(true)}
        />
      </div>
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
