import { useState } from 'react';
import type { SpendingDocumentDto } from '@greenlight/contract';
import { roleLabel, SPENDING_DOCUMENT_KIND_LABELS } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { useSession } from '../../session/session-context';
import { Notice } from '../../ui/feedback';
import { formatCalendarDate, formatInstant } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { Pill } from '../../ui/pill';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { failureOutcome, type ReportCostOutcome } from './cost-outcome';
import { costHref } from './cost-views';
import { documentTitle } from './document-title';
import { DocumentForm } from './document-form';
import { SpendingStatusPill } from './spending-status-pill';
import {
  makeMove,
  MOVE_LABELS,
  MOVES_WITH_NOTE,
  movesFor,
  namesOf,
  type SpendingMove,
} from './spending-moves';
import { usePeopleNames } from './use-people-names';

type DocumentPageProps = {
  readonly productionId: string;
  readonly documentId: string;
  readonly report: ReportCostOutcome;
};

/** One document: its lines, where it stands, its sign-offs, whom it waits on and the moves open to you. */
export const DocumentPage = ({ productionId, documentId, report }: DocumentPageProps) => {
  const query = useQuery(`spending-document:${documentId}`, (client) =>
    client.call('spendingDocument', { params: { productionId, documentId } }),
  );
  const [editing, setEditing] = useState(false);
  return (
    <QueryView query={query} loadingLabel="Loading the document…">
      {(document) =>
        editing ? (
          <DocumentForm
            productionId={productionId}
            existing={document}
            report={report}
            onSaved={() => {
              setEditing(false);
              query.reload();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <DocumentDetail
            productionId={productionId}
            document={document}
            report={report}
            onChanged={query.reload}
            onEdit={() => setEditing(true)}
          />
        )
      }
    </QueryView>
  );
};

type DocumentDetailProps = {
  readonly productionId: string;
  readonly document: SpendingDocumentDto;
  readonly report: ReportCostOutcome;
  readonly onChanged: () => void;
  readonly onEdit: () => void;
};

const DocumentDetail = ({
  productionId,
  document,
  report,
  onChanged,
  onEdit,
}: DocumentDetailProps) => {
  const { production, isSeries } = useProduction();
  const { state } = useSession();
  const personId = state.status === 'signed-in' ? state.user.personId : null;
  const names = usePeopleNames(productionId);
  const mine = personId !== null && document.requestedBy === personId;
  const moves = movesFor(document, personId);
  const { currency } = document;
  const isPo = document.kind === 'purchase-order';
  const related = useQuery(
    isPo || document.purchaseOrderId !== null ? `cost-report:${productionId}:accounts` : null,
    (client) => client.call('costReport', { params: { productionId }, query: {} }),
  );
  const poId = isPo ? document.id : document.purchaseOrderId;
  const position = related.data?.purchaseOrders.find((p) => p.purchaseOrderId === poId);
  const invoiceable =
    isPo && (document.status === 'committed' || document.status === 'partly-liquidated');

  return (
    <article
      className="stack cost-document"
      data-testid="spending-document"
      data-document-id={document.id}
      data-status={document.status}
      aria-labelledby="cost-document-title"
    >
      <div className="toolbar">
        <Link
          to={costHref(productionId, { view: 'documents' })}
          className="button button--ghost button--small"
        >
          ← All documents
        </Link>
      </div>
      <header className="panel cost-document__header">
        <div className="cost-document__title">
          <p className="page-header__eyebrow">{SPENDING_DOCUMENT_KIND_LABELS[document.kind]}</p>
          <h2 id="cost-document-title">
            {documentTitle(document.kind, document.number)}{' '}
            <SpendingStatusPill status={document.status} />
          </h2>
          {document.description ? <p>{document.description}</p> : null}
        </div>
        <p className="cost-document__amount" data-testid="document-amount">
          {formatAmount(document.amount, currency)}
        </p>
        <dl className="facts cost-document__facts">
          <dt>Vendor</dt>
          <dd>{document.vendorName ?? '—'}</dd>
          <dt>Date</dt>
          <dd>{formatCalendarDate(document.date)}</dd>
          <dt>Entered by</dt>
          <dd>
            {document.requestedByName}
            {mine ? ' (you)' : ''}
          </dd>
          {document.purchaseOrderId !== null ? (
            <>
              <dt>Against</dt>
              <dd>
                <Link
                  to={costHref(productionId, {
                    view: 'document',
                    documentId: document.purchaseOrderId,
                  })}
                >
                  {position === undefined
                    ? 'its purchase order'
                    : documentTitle('purchase-order', position.number)}
                </Link>
                {position === undefined ? null : (
                  <span className="muted" data-testid="po-open-amount">
                    {' '}
                    · {formatAmount(position.open, position.currency)} open of{' '}
                    {formatAmount(position.amount, position.currency)}
                  </span>
                )}
              </dd>
            </>
          ) : null}
          {isPo && position !== undefined ? (
            <>
              <dt>Invoiced</dt>
              <dd data-testid="po-position">
                {formatAmount(position.invoiced, currency)} ·{' '}
                {formatAmount(position.open, currency)} still open
                {position.overrun > 0 ? (
                  <Pill tone="red">Over by {formatAmount(position.overrun, currency)}</Pill>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      <ApprovalState document={document} names={names} mine={mine} timeZone={production.timeZone} />

      <div className="toolbar">
        <Moves
          productionId={productionId}
          document={document}
          moves={moves}
          names={names}
          report={report}
          onChanged={onChanged}
        />
        <div className="toolbar__actions">
          {mine && document.status === 'draft' ? (
            <button type="button" className="button" onClick={onEdit} data-testid="edit-document">
              Change the draft
            </button>
          ) : null}
          {invoiceable ? (
            <Link
              to={costHref(productionId, { view: 'new-document' }, { purchaseOrder: document.id })}
              className="button"
              data-testid="enter-invoice"
            >
              Enter an invoice against it
            </Link>
          ) : null}
        </div>
      </div>

      <div className="table-wrap">
        <table className="table" data-testid="document-lines">
          <caption className="table-caption">Coding</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              {isSeries ? <th scope="col">Episode</th> : null}
              <th scope="col">Set</th>
              <th scope="col">Description</th>
              {document.kind === 'invoice' ? <th scope="col">Relieves</th> : null}
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {document.lines.map((l) => (
              <tr key={l.id} data-testid="document-line" data-account={l.accountNumber}>
                <td>
                  <Link
                    to={costHref(productionId, { view: 'report' }, { account: l.accountNumber })}
                    title="Open the account on the cost report"
                  >
                    {l.accountNumber}
                  </Link>
                </td>
                {isSeries ? <td>{l.episode ?? '—'}</td> : null}
                <td>{l.set ?? <span className="muted">—</span>}</td>
                <td>{l.description || <span className="muted">—</span>}</td>
                {document.kind === 'invoice' ? (
                  <td className="muted">
                    {l.liquidates === null
                      ? '—'
                      : `PO line ${l.liquidates.purchaseOrderLineId} · ${formatAmount(l.liquidates.amount, currency)}`}
                  </td>
                ) : null}
                <td className="num">{formatAmount(l.amount, currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={(isSeries ? 4 : 3) + (document.kind === 'invoice' ? 1 : 0)}>
                Total
              </th>
              <td className="num">{formatAmount(document.amount, currency)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </article>
  );
};

type ApprovalStateProps = {
  readonly document: SpendingDocumentDto;
  readonly names: ReadonlyMap<string, string>;
  readonly mine: boolean;
  readonly timeZone: string;
};

/** The sign-offs so far (each within the signer's limit or not) and whom the document waits on now. */
const ApprovalState = ({ document, names, mine, timeZone }: ApprovalStateProps) => {
  const { isSeries } = useProduction();
  const route = document.route;
  return (
    <section
      className="panel cost-signoffs"
      aria-labelledby="cost-signoffs-heading"
      data-testid="sign-offs"
    >
      <h2 id="cost-signoffs-heading">Sign-offs</h2>
      {route?.state === 'pending' ? (
        <Notice tone="warning">
          <span data-testid="waits-on">
            Waiting on <strong>{namesOf(route.nextApprovers, names)}</strong>.{' '}
            <span className="muted">{route.reason}</span>
          </span>
        </Notice>
      ) : route?.state === 'no-approver' ? (
        <Notice tone="warning">
          <span data-testid="waits-on">No one can approve it yet: {route.reason}</span>
        </Notice>
      ) : null}
      {mine && document.status === 'submitted' ? (
        <p className="muted" data-testid="self-approval-note">
          You entered this document, so you cannot approve it: no one signs their own spending.
        </p>
      ) : null}
      {document.approvals.length === 0 ? (
        <p className="muted">
          {document.status === 'draft' ? 'Not submitted yet.' : 'No signatures yet.'}
        </p>
      ) : (
        <ol className="plain-list cost-signoffs__list">
          {document.approvals.map((a) => (
            <li key={`${a.personId}:${a.at}`} data-testid="sign-off" data-covers={a.covers}>
              <strong>{a.name}</strong> <span className="muted">{roleLabel(a.role, isSeries)}</span>{' '}
              · {formatInstant(a.at, timeZone)} ·{' '}
              {a.covers ? (
                <Pill tone="green">
                  Within their limit
                  {a.limit === null ? '' : ` of ${formatAmount(a.limit, document.currency)}`}
                </Pill>
              ) : (
                <Pill tone="violet">
                  Above their limit
                  {a.limit === null ? '' : ` of ${formatAmount(a.limit, document.currency)}`}: sent
                  higher
                </Pill>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};

type MovesProps = {
  readonly productionId: string;
  readonly document: SpendingDocumentDto;
  readonly moves: readonly SpendingMove[];
  readonly names: ReadonlyMap<string, string>;
  readonly report: ReportCostOutcome;
  readonly onChanged: () => void;
};

/** The moves the status allows and the person could make; a decline or a void asks for a note first. */
const Moves = ({ productionId, document, moves, names, report, onChanged }: MovesProps) => {
  const client = useClient();
  const [busy, setBusy] = useState<SpendingMove | null>(null);
  const [asking, setAsking] = useState<SpendingMove | null>(null);
  const [note, setNote] = useState('');
  if (moves.length === 0)
    return <span className="muted">No move is open to you on this document.</span>;
  const run = async (move: SpendingMove) => {
    setBusy(move);
    try {
      report(await makeMove(client, productionId, document, move, note, names));
      setAsking(null);
      setNote('');
    } catch (caught) {
      report(failureOutcome(caught));
    } finally {
      setBusy(null);
      onChanged();
    }
  };
  return (
    <div className="cost-moves" role="group" aria-label="Moves">
      {moves.map((move) => (
        <button
          key={move}
          type="button"
          className={`button${move === 'approve' || move === 'submit' ? ' button--primary' : move === 'void' ? ' button--danger-ghost' : ''}`}
          disabled={busy !== null}
          onClick={() => (MOVES_WITH_NOTE.has(move) ? setAsking(move) : void run(move))}
          data-testid={`move-${move}`}
        >
          {busy === move ? 'Sending…' : MOVE_LABELS[move].button}
        </button>
      ))}
      {asking === null ? null : (
        <div className="cost-moves__note">
          <label className="field">
            <span className="field__label">Note for the requester (optional)</span>
            <textarea
              rows={2}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void run(asking)}
            disabled={busy !== null}
            data-testid="confirm-move"
          >
            {MOVE_LABELS[asking].button} {document.number}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setAsking(null)}
          >
            Cancel
          </button>
        </div>
      )}
    </div>
  );
};
