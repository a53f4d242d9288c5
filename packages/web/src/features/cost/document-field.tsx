import type { ReactNode } from 'react';

type DocumentFieldProps = {
  readonly label: string;
  readonly error: string | undefined;
  readonly hint?: string;
  readonly wide?: boolean;
  readonly children: (id: string, describedBy: string | undefined) => ReactNode;
};

/** A labelled control with its hint and, once the form is checked, its problem. */
export const DocumentField = ({
  label,
  error,
  hint,
  wide = false,
  children,
}: DocumentFieldProps) => {
  const id = `doc-${label.toLowerCase().replace(/\W+/g, '-')}`;
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
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
