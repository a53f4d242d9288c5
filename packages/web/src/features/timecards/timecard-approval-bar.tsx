import { useState } from 'react';
import type { TimecardDto } from '@greenlight/contract';

type TimecardApprovalBarProps = {
  readonly card: TimecardDto;
  readonly busy: boolean;
  readonly onSign: () => void;
  readonly onReturn: (reason: string) => void;
};

const SIGN_LABELS: Readonly<Record<NonNullable<TimecardDto['nextStep']>['id'], string>> = {
  'crew-member': 'Sign and send for approval',
  'department-head': 'Approve as department head',
  'production-manager': 'Approve for the production',
  'production-accountant': 'Approve for payroll',
};

/** The chain with who signed, and the caller's sign and send-back buttons when the server allows them. */
export const TimecardApprovalBar = ({ card, busy, onSign, onReturn }: TimecardApprovalBarProps) => {
  const [reason, setReason] = useState('');
  return (
    <div className="tc-approval" data-testid="timecard-approval">
      <ol className="tc-steps">
        {card.steps.map((step) => (
          <li
            key={step.id}
            className={step.signedBy === null ? 'tc-step' : 'tc-step tc-step--signed'}
            data-testid="timecard-step"
            data-step={step.id}
            data-signed={step.signedBy !== null}
          >
            <span className="tc-step__label">{step.label}</span>
            <span className="muted">
              {step.signedBy === null
                ? card.nextStep?.id === step.id
                  ? 'Waiting'
                  : '—'
                : `Signed by ${step.signedBy}`}
            </span>
          </li>
        ))}
      </ol>
      <div className="tc-approval__actions">
        {card.may.sign && card.nextStep !== null ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={onSign}
            data-testid="sign-timecard"
          >
            {SIGN_LABELS[card.nextStep.id]}
          </button>
        ) : null}
        {card.may.return ? (
          <form
            className="tc-return"
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim() !== '') onReturn(reason.trim());
            }}
          >
            <input
              aria-label="Why it goes back"
              placeholder="Why it goes back"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              data-testid="return-reason"
            />
            <button
              type="submit"
              className="button"
              disabled={busy || reason.trim() === ''}
              data-testid="return-timecard"
            >
              Send back
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
};
