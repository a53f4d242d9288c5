import { useState } from 'react';
import type { AuditEntryDto } from '@greenlight/contract';
import { actionDefinition, isActionId, type AuditOutcome } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { EmptyState, ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { formatInstant } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { AUDIT_OUTCOMES, OutcomePill } from '../../ui/status-pills';
import { useProduction } from '../production/production-context';

const PAGE = 50;

/** The catalog label for an action id; other events ("session.sign-in") in plain words. */
const actionText = (action: string): string =>
  isActionId(action)
    ? actionDefinition(action).label
    : action.replace(/[.-]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/** The append-only record, newest first, filterable by outcome, paged backwards with `before`. */
export const AuditLogTab = () => {
  const [outcome, setOutcome] = useState<AuditOutcome | ''>('');
  const { production } = useProduction();
  return (
    <div className="stack">
      <div className="toolbar">
        <Field label="Outcome" className="field--inline">
          {(id) => (
            <select
              id={id}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as AuditOutcome | '')}
            >
              <option value="">All outcomes</option>
              {(Object.keys(AUDIT_OUTCOMES) as AuditOutcome[]).map((o) => (
                <option key={o} value={o}>
                  {AUDIT_OUTCOMES[o].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <a
          className="button"
          href={`/api/v1/productions/${production.id}/audit-log.pdf`}
          download
          data-testid="audit-pdf"
        >
          Download PDF
        </a>
      </div>
      <AuditLog key={outcome} outcome={outcome} />
    </div>
  );
};

const AuditLog = ({ outcome }: { readonly outcome: AuditOutcome | '' }) => {
  const { production } = useProduction();
  const client = useClient();
  const first = useQuery(`audit:${production.id}:${outcome}`, (c) =>
    c.call('auditLog', {
      params: { productionId: production.id },
      query: { limit: PAGE, ...(outcome ? { outcome } : {}) },
    }),
  );
  const [older, setOlder] = useState<readonly AuditEntryDto[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadOlder = async (before: number) => {
    setBusy(true);
    setError(null);
    try {
      const page = await client.call('auditLog', {
        params: { productionId: production.id },
        query: { limit: PAGE, before, ...(outcome ? { outcome } : {}) },
      });
      setOlder((o) => [...o, ...page.entries]);
      if (page.entries.length < PAGE) setExhausted(true);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <QueryView query={first} loadingLabel="Loading the audit log…">
      {(data) => {
        const entries = [...data.entries, ...older];
        if (entries.length === 0) {
          return (
            <EmptyState title={outcome ? 'No entries with this outcome' : 'Nothing recorded yet'} />
          );
        }
        const last = entries[entries.length - 1];
        const more = !exhausted && data.entries.length === PAGE && last !== undefined;
        return (
          <>
            <div className="table-wrap">
              <table className="table" data-testid="audit-log">
                <caption className="table-caption">
                  Audit log <span className="muted">· times in {production.timeZone}</span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Action</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Rule</th>
                    <th scope="col" className="num">
                      Amount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.sequence} data-testid="audit-row" data-outcome={entry.outcome}>
                      <td className="nowrap">{formatInstant(entry.at, production.timeZone)}</td>
                      <td>{entry.actorName ?? <span className="muted">System</span>}</td>
                      <td>
                        {actionText(entry.action)}
                        {entry.summary ? (
                          <div className="audit__summary">{entry.summary}</div>
                        ) : null}
                      </td>
                      <td>
                        <OutcomePill outcome={entry.outcome} />
                      </td>
                      <td className="audit__rule">{entry.rule}</td>
                      <td className="num nowrap">
                        {entry.amount === null ? (
                          <span className="muted">—</span>
                        ) : (
                          formatAmount(entry.amount, data.currency)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {error ? <ErrorMessage>{error}</ErrorMessage> : null}
            <div className="table-footer">
              <span className="muted">
                {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
              </span>
              {more ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void loadOlder(last.sequence)}
                >
                  {busy ? 'Loading…' : 'Load older'}
                </button>
              ) : (
                <span className="muted">Beginning of the record</span>
              )}
            </div>
          </>
        );
      }}
    </QueryView>
  );
};
