import { useId, type ReactNode } from 'react';

type FieldProps = {
  readonly label: string;
  readonly hint?: string;
  /** Renders the control with the id the label points at. */
  readonly children: (id: string, describedBy: string | undefined) => ReactNode;
  readonly className?: string;
};

/** A label, a control and an optional hint, wired together for assistive technology. */
export const Field = ({ label, hint, children, className }: FieldProps) => {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
