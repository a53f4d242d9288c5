import type { CallSheetIssueDto, CallSheetRecipientDto } from '@greenlight/contract';
import { formatInstant } from '../../ui/format-time';
import { Pill, type PillTone } from '../../ui/pill';
import { ConfirmationMeter } from './days-view';

type DistributionTableProps = {
  readonly issue: CallSheetIssueDto | null;
  readonly timeZone: string;
};

const STATUS: Readonly<Record<CallSheetRecipientDto['status'], { label: string; tone: PillTone }>> =
  {
    sending: { label: 'Sending', tone: 'grey' },
    sent: { label: 'Sent', tone: 'blue' },
    failed: { label: 'Failed', tone: 'red' },
    confirmed: { label: 'Confirmed', tone: 'green' },
  };

/** Who the latest issue went to: sent, failed and why, or confirmed and when. Failures first: they need a call. */
export const DistributionTable = ({ issue, timeZone }: DistributionTableProps) => {
  if (issue === null) return null;
  const order: Readonly<Record<CallSheetRecipientDto['status'], number>> = {
    failed: 0,
    sending: 1,
    sent: 2,
    confirmed: 3,
  };
  const recipients = [...issue.recipients].sort(
    (a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name),
  );
  return (
    <section
      className="panel panel--flush cs-distribution"
      aria-labelledby="cs-distribution-heading"
    >
      <div className="panel__bar">
        <h3 id="cs-distribution-heading">Distribution · revision {issue.revision}</h3>
        <span className="cs-distribution__summary">
          <span className="muted">
            Published {formatInstant(issue.publishedAt, timeZone)}
            {issue.publishedBy === null ? '' : ` by ${issue.publishedBy}`}
          </span>
          <span data-testid="confirmed-count">
            <ConfirmationMeter confirmed={issue.confirmed} recipients={issue.recipients.length} />{' '}
            confirmed
          </span>
        </span>
      </div>
      {issue.changes.length > 0 ? (
        <p className="cs-distribution__changes">
          <strong>This revision:</strong> {issue.changes.join(' · ')}
        </p>
      ) : null}
      <table className="table table--compact" data-testid="distribution-table">
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((recipient) => (
            <tr key={recipient.id} data-testid="recipient-row" data-status={recipient.status}>
              <th scope="row">{recipient.name}</th>
              <td className="muted">{recipient.email}</td>
              <td>
                <Pill tone={STATUS[recipient.status].tone}>{STATUS[recipient.status].label}</Pill>
              </td>
              <td>
                <RecipientDetail recipient={recipient} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

const RecipientDetail = ({
  recipient,
  timeZone,
}: {
  readonly recipient: CallSheetRecipientDto;
  readonly timeZone: string;
}) => {
  switch (recipient.status) {
    case 'confirmed':
      return recipient.confirmedAt === null ? null : (
        <span>Confirmed {formatInstant(recipient.confirmedAt, timeZone)}</span>
      );
    case 'failed':
      return <span className="cs-send-error">{recipient.sendError ?? 'Not delivered'}</span>;
    case 'sent':
      return recipient.sentAt === null ? null : (
        <span className="muted">Sent {formatInstant(recipient.sentAt, timeZone)}</span>
      );
    case 'sending':
      return <span className="muted">Waiting for the mail server</span>;
  }
};
