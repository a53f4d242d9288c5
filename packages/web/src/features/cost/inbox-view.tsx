import { useState } from 'react';
import { SPENDING_DOCUMENT_KIND_LABELS } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { useSession } from '../../session/session-context';
import { EmptyState } from '../../ui/feedback';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { Pill } from '../../ui/pill';
import { QueryView } from '../../ui/query-view';
import { useShellRefresh } from '../shell/shell-data';
import { failureOutcome, type ReportCostOutcome } from './cost-outcome';
import { costHref } from './cost-views';
import { documentTitle } from './document-title';
import type { SpendingDocumentListItem, SpendingInboxItem } from './cost-dto';
import { makeMove } from './spending-moves';
import { usePeopleNames } from './use-people-names';

type InboxViewProps = { readonly productionId: string; readonly report: ReportCostOutcome };

/**
 * The documents the signed-in person may sign now (routed to them, or within their limit), approved or
 * declined in place; below, their own submitted documents, which someone else must sign.
 */
export const InboxView = ({ productionId, report }: InboxViewProps) => {
  const inbox = useQuery(`spending-inbox:${productionId}`, (client) =>
    client.call('spendingInbox', { params: { productionId } }),
  );
  const submitted = useQuery(`spending-documents:${productionId}::submitted`, (client) =>
    client.call('spendingDocuments', { params: { productionId }, query: { status: 'submitted' } }),
  );
  const { state } = useSession();
  const personId = state.status === 'signed-in' ? state.user.personId : null;
  const names = usePeopleNames(productionId);
  const reload = () => {
    inbox.reload();
    submitted.reload();
  };
  const mine = (submitted.data?.documents ?? []).filter((d) => d.requestedBy === personId);

  return (
    <div className="stack cost-inbox">
      <QueryView query={inbox} loadingLabel="Loading what waits for you…">
        {({ documents }) =>
          documents.length === 0 ? (
            <EmptyState title="Nothing waits for your signature">
              <p>Submitted documents routed to you, or within your signing limit, appear here.</p>
            </EmptyState>
          ) : (
            <section aria-labelledby="cost-inbox-heading" className="stack">
              <h2 id="cost-inbox-heading">
                Waiting for your signature <span className="count-badge">{documents.length}</span>
              </h2>
              <div className="approval-list">
                {documents.map((d) => (
                  <InboxCard
                    key={d.id}
                    productionId={productionId}
                    document={d}
                    names={names}
                    report={report}
                    onChanged={reload}
                  />
                ))}
              </div>
            </section>
          )
        }
      </QueryView>
      {mine.length > 0 ? (
        <section aria-labelledby="cost-mine-heading" className="stack" data-testid="my-submitted">
          <h2 id="cost-mine-heading">Entered by you, waiting on others</h2>
          <p className="muted">
            No one signs their own spending: these wait for someone else, whatever your limit.
          </p>
          <ul className="plain-list cost-mine">
            {mine.map((d) => (
              <MineRow key={d.id} productionId={productionId} document={d} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
};

const MineRow = ({
  productionId,
  document: d,
}: {
  readonly productionId: string;
  readonly document: SpendingDocumentListItem;
}) => (
  <li data-testid="my-submitted-row" data-document-id={d.id}>
    <Link to={costHref(productionId, { view: 'document', documentId: d.id })}>
      {documentTitle(d.kind, d.number)}
    </Link>
    <span>{d.vendorName ?? 'No vendor'}</span>
    <span className="cost-mine__amount">{formatAmount(d.amount, d.currency)}</span>
    <span className="muted">Waiting on someone else: you entered it, so you cannot approve it</span>
  </li>
);

type InboxCardProps = {
  readonly productionId: string;
  readonly document: SpendingInboxItem;
  readonly names: ReadonlyMap<string, string>;
  readonly report: ReportCostOutcome;
  readonly onChanged: () => void;
};

/** One document to sign: what it is, what is signed already, and Approve or Decline (with a note). */
const InboxCard = ({ productionId, document: d, names, report, onChanged }: InboxCardProps) => {
  const client = useClient();
  const refreshShell = useShellRefresh();
  const [busy, setBusy] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const accounts = [...new Set(d.lines.map((l) => l.accountNumber))];
  const run = async (move: 'approve' | 'return') => {
    setBusy(true);
    try {
      report(await makeMove(client, productionId, d, move, note, names));
      refreshShell();
    } catch (caught) {
      report(failureOutcome(caught));
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  const title = documentTitle(d.kind, d.number);
  return (
    <article
      className="approval-card cost-inbox-card"
      aria-label={title}
      data-testid="inbox-card"
      data-document-id={d.id}
    >
      <header className="approval-card__header">
        <div>
          <p className="approval-card__title">
            <Link to={costHref(productionId, { view: 'document', documentId: d.id })}>{title}</Link>{' '}
            <span className="muted">{SPENDING_DOCUMENT_KIND_LABELS[d.kind]}</span>
          </p>
          <p className="approval-card__summary">
            {d.vendorName ?? 'No vendor'}
            {d.description ? ` · ${d.description}` : ''}
          </p>
        </div>
        <p className="approval-card__amount">{formatAmount(d.amount, d.currency)}</p>
      </header>
      <p className="approval-card__meta">
        Entered by {d.requestedByName} · {formatCalendarDate(d.date)} · accounts{' '}
        {accounts.join(', ')}
        {d.approvals.length > 0 ? ` · signed by ${d.approvals.map((a) => a.name).join(', ')}` : ''}
      </p>
      <div className="approval-card__badges">
        {d.viewerCovers ? (
          <Pill tone="green">Within your limit: your signature approves it</Pill>
        ) : (
          <Pill
            tone="violet"
            title="Your sign-off is kept and it goes on to someone with a higher limit"
          >
            Above your limit: your signature sends it higher
          </Pill>
        )}
        {d.routedToViewer ? <Pill tone="amber">Routed to you</Pill> : null}
      </div>
      {declining ? (
        <div className="approval-card__reject">
          <label className="field">
            <span className="field__label">Why it goes back (the requester sees it)</span>
            <textarea
              rows={2}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
        </div>
      ) : null}
      <div className="approval-card__actions">
        {declining ? (
          <>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void run('return')}
              data-testid="confirm-decline"
            >
              Send back to {d.requestedByName}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setDeclining(false)}
            >
              Cancel
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--approve"
              disabled={busy}
              onClick={() => void run('approve')}
              data-testid="inbox-approve"
            >
              {busy ? 'Signing…' : 'Approve'}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setDeclining(true)}
              data-testid="inbox-decline"
            >
              Decline
            </button>
          </>
        )}
      </div>
    </article>
  );
};
