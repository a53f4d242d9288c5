import { useId } from 'react';

type SetupInputProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly numeric?: boolean;
  readonly placeholder?: string;
  readonly suffix?: string;
  readonly prefix?: string;
  readonly disabled?: boolean;
};

/** A text box in a setup table: its label for screen readers only (the column heading shows it), its error below. */
export const SetupInput = ({
  label,
  value,
  onChange,
  error,
  numeric = false,
  placeholder,
  suffix,
  prefix,
  disabled = false,
}: SetupInputProps) => {
  const id = useId();
  return (
    <div className="setup-input">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <div
        className={
          prefix || suffix ? 'setup-input__box setup-input__box--affixed' : 'setup-input__box'
        }
      >
        {prefix ? (
          <span className="setup-input__affix" aria-hidden="true">
            {prefix}
          </span>
        ) : null}
        <input
          id={id}
          type="text"
          className={numeric ? 'num' : undefined}
          inputMode={numeric ? 'decimal' : undefined}
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          disabled={disabled}
          autoComplete="off"
        />
        {suffix ? (
          <span className="setup-input__affix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
};
