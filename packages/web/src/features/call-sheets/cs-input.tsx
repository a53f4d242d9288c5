import { useId, type InputHTMLAttributes } from 'react';

type CsInputProps = {
  readonly label: string;
  /** Shown instead of the label where a row's column heading already says it; the label names it for readers. */
  readonly hideLabel?: boolean;
  /** A shorter visible label ("Address") where the accessible one must say which row ("Location 2 address"). */
  readonly shortLabel?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly type?: 'text' | 'time' | 'tel';
  readonly multiline?: boolean;
  readonly className?: string;
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  readonly placeholder?: string;
};

/** A labelled text, time or multi-line input with its error under it, wired for assistive technology. */
export const CsInput = ({
  label,
  hideLabel = false,
  shortLabel,
  value,
  onChange,
  error,
  type = 'text',
  multiline = false,
  className,
  inputMode,
  placeholder,
}: CsInputProps) => {
  const id = useId();
  const errorId = `${id}-error`;
  const shared = {
    id,
    value,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': error === undefined ? undefined : errorId,
    placeholder,
    'aria-label': shortLabel === undefined ? undefined : label,
  } as const;
  return (
    <div className={`field cs-input${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {shortLabel ?? label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          inputMode={inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error === undefined ? null : (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
};
