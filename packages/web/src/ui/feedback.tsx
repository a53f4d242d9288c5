import type { ReactNode } from 'react';
import { describeError } from '../api/describe-error';

/** An error in words, announced to screen readers. */
export const ErrorMessage = ({
  error,
  children,
}: {
  readonly error?: unknown;
  readonly children?: ReactNode;
}) => (
  <div className="notice notice--error" role="alert">
    {children ?? describeError(error)}
  </div>
);

type NoticeTone = 'info' | 'success' | 'warning';

/** A status line after an action: "Committed", "Sent to Dana Reyes for approval". */
export const Notice = ({
  tone,
  children,
}: {
  readonly tone: NoticeTone;
  readonly children: ReactNode;
}) => (
  <div className={`notice notice--${tone}`} role="status">
    {children}
  </div>
);

export const Loading = ({ label = 'Loading…' }: { readonly label?: string }) => (
  <p className="loading" role="status" aria-live="polite">
    {label}
  </p>
);

type EmptyStateProps = { readonly title: string; readonly children?: ReactNode };

export const EmptyState = ({ title, children }: EmptyStateProps) => (
  <div className="empty-state">
    <p className="empty-state__title">{title}</p>
    {children ? <div className="empty-state__body">{children}</div> : null}
  </div>
);
