import type { ProductionReportDayDto } from '@greenlight/contract';
import { formatInstant } from '../../ui/format-time';
import type { ReportBusy } from './report-outcome';

type ReportSignPanelProps = {
  readonly day: ProductionReportDayDto;
  readonly timeZone: string;
  readonly changed: boolean;
  readonly isUpm: boolean;
  readonly busy: ReportBusy;
  readonly onStep: (kind: 'submit' | 'sign' | 'correct') => void;
};

/**
 * Where the report stands and its next step: submit a saved draft, sign a submitted report (or ask the UPM
 * to: the server routes whoever may only ask), or start a correction of a signed one. Unsaved edits are not
 * what would be submitted or signed, so each step waits for the save.
 */
export const ReportSignPanel = ({
  day,
  timeZone,
  changed,
  isUpm,
  busy,
  onStep,
}: ReportSignPanelProps) => {
  const when = (at: string | null) => (at === null ? '' : `, ${formatInstant(at, timeZone)}`);
  const button = (kind: 'submit' | 'sign' | 'correct', label: string, working: string) => (
    <button
      type="button"
      className="button button--primary"
      disabled={changed || busy !== null}
      onClick={() => onStep(kind)}
      data-testid={`${kind}-production-report`}
    >
      {busy === kind ? working : label}
    </button>
  );
  return (
    <section
      className="panel cs-publish"
      aria-labelledby="pr-sign-heading"
      data-testid="sign-panel"
    >
      <div className="cs-publish__head">
        <h3 id="pr-sign-heading">
          {day.status === 'signed'
            ? 'Signed'
            : day.status === 'submitted'
              ? 'Waiting for signature'
              : 'Not submitted yet'}
        </h3>
        {day.status === 'draft'
          ? button('submit', 'Submit for signature', 'Submitting…')
          : day.status === 'submitted'
            ? button('sign', isUpm ? 'Sign' : 'Ask the UPM to sign', 'Signing…')
            : day.status === 'signed'
              ? button('correct', 'Start a correction', 'Starting…')
              : null}
      </div>
      {changed && day.status !== 'signed' ? (
        <p className="cs-publish__hint">
          Save your changes first: the saved report is what is signed.
        </p>
      ) : null}
      <p className="muted" data-testid="sign-state">
        {day.status === 'signed'
          ? `Signed by ${day.signedBy ?? 'someone no longer on the team'}${when(day.signedAt)}. The signed report is the record of the day and cannot be changed; a correction is a new revision.`
          : day.status === 'submitted'
            ? `Submitted by ${day.submittedBy ?? '—'}${when(day.submittedAt)}. Signing makes it the record of the day.`
            : day.status === 'draft'
              ? 'Save as the day goes, then submit it for the UPM to sign.'
              : 'Nothing saved yet: the form starts from the day’s call sheet.'}
      </p>
      <p className="muted">
        {day.callSheetRevision === null
          ? 'Built from the call sheet as it stands (it was never published).'
          : `Built from the call sheet as issued (revision ${day.callSheetRevision}).`}
      </p>
    </section>
  );
};
