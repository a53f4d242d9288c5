import { useId, useState, type FormEvent } from 'react';
import type { ActionResultDto, GreenlightGateDto } from '@greenlight/contract';
import { PRODUCTION_STAGE_LABELS } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../ui/feedback';
import { formatInstant } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { ActionResultNotice } from '../approvals/action-result-notice';
import { useProduction } from '../production/production-context';
import { useShellRefresh } from '../shell/shell-data';
import { overrideRecord, type OverrideRecord } from './override-record';

type GreenlightViewProps = { readonly productionId: string; readonly onChanged: () => void };

/**
 * The greenlight gate: whether the approved budget is covered by closed financing, the greenlight, and the
 * override open to whoever holds the final financial say, recorded with its reason.
 */
export const GreenlightView = ({ productionId, onChanged }: GreenlightViewProps) => {
  const gate = useQuery(`greenlight-gate:${productionId}`, (client) =>
    client.call('greenlightGate', { params: { productionId } }),
  );
  // The override is in the audit log; someone who may not read the log just does not see the record.
  const overrides = useQuery(`greenlight-overrides:${productionId}`, (client) =>
    client.call('auditLog', {
      params: { productionId },
      query: { action: 'production.greenlight-override', outcome: 'allowed', limit: 1 },
    }),
  );
  const latest = overrides.data?.entries.map(overrideRecord).find((r) => r !== null) ?? null;
  // Kept here, not in the actions: a greenlight moves the production on and the actions go away.
  const [moved, setMoved] = useState<MovedResult | null>(null);
  const reload = () => {
    gate.reload();
    overrides.reload();
    onChanged();
  };
  return (
    <QueryView query={gate} loadingLabel="Asking the greenlight gate…">
      {(verdict) => (
        <div className="stack greenlight">
          {moved ? <ActionResultNotice result={moved.result} doneText={moved.text} /> : null}
          {verdict.stage === 'development' ? null : (
            <Greenlit stage={verdict.stage} record={latest} />
          )}
          <GateVerdict gate={verdict} />
          {verdict.stage === 'development' ? (
            <GreenlightActions
              productionId={productionId}
              gate={verdict}
              onMoved={(result) => {
                setMoved(result);
                reload();
              }}
            />
          ) : null}
          {verdict.stage === 'development' && latest ? <OverrideCard record={latest} /> : null}
        </div>
      )}
    </QueryView>
  );
};

const GateVerdict = ({ gate }: { readonly gate: GreenlightGateDto }) => {
  const money = (amount: number) => formatAmount(amount, gate.currency);
  const open = gate.outcome === 'open';
  const before = gate.stage === 'development';
  return (
    <section
      className={`panel gate-verdict gate-verdict--${gate.outcome}`}
      aria-labelledby="gate-heading"
      data-testid="gate-verdict"
      data-outcome={gate.outcome}
    >
      <div className="gate-verdict__head">
        <span className="gate-verdict__light" aria-hidden="true" />
        <div>
          <p className="gate-verdict__eyebrow">
            {before ? 'The greenlight gate' : 'The greenlight gate, as the money stands today'}
          </p>
          <h2 id="gate-heading">
            {before
              ? open
                ? 'Open: the approved budget is covered by closed financing'
                : 'Refused: the production may not leave development on these figures'
              : open
                ? 'It would open today: closed financing covers the approved budget'
                : 'It would still refuse today'}
          </h2>
        </div>
      </div>
      {gate.reasons.length > 0 ? (
        <ul className="gate-verdict__reasons">
          {gate.reasons.map((reason) => (
            <li key={reason.code} data-testid="gate-reason" data-code={reason.code}>
              {reason.message}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="gate-figures">
        <div>
          <dt>Approved budget</dt>
          <dd>
            {gate.budget === null ? (
              <span className="muted">none</span>
            ) : gate.budget.status === 'approved' ? (
              money(gate.budget.grandTotal)
            ) : (
              <span>
                {money(gate.budget.grandTotal)}{' '}
                <span className="muted">({gate.budget.status})</span>
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Closed financing</dt>
          <dd>{money(gate.closedFinancing)}</dd>
        </div>
        <div className={gate.shortfall !== null && gate.shortfall > 0 ? 'gate-figures--short' : ''}>
          <dt>Shortfall</dt>
          <dd data-testid="gate-shortfall">
            {gate.shortfall === null ? '—' : money(gate.shortfall)}
          </dd>
        </div>
      </dl>
    </section>
  );
};

type MovedResult = { readonly result: ActionResultDto; readonly text: string };

type GreenlightActionsProps = {
  readonly productionId: string;
  readonly gate: GreenlightGateDto;
  readonly onMoved: (result: MovedResult) => void;
};

const GreenlightActions = ({ productionId, gate, onMoved }: GreenlightActionsProps) => {
  const client = useClient();
  const { reload: reloadProduction } = useProduction();
  const refresh = useShellRefresh();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refused = gate.outcome === 'refused';

  const move = async (override: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await client.call('changeStage', {
        params: { productionId },
        body: {
          to: 'pre-production',
          ...(override === null ? {} : { override: { reason: override } }),
        },
      });
      const moved: MovedResult = {
        result: outcome,
        text:
          override === null
            ? 'Greenlit: the production is in pre-production.'
            : 'Greenlit on your override: the production is in pre-production, and the override is in the audit log with your reason.',
      };
      setReason('');
      reloadProduction();
      refresh();
      onMoved(moved);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const submitOverride = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') {
      setReasonError(
        'Say why the production should go ahead despite the gate: it goes on the record',
      );
      return;
    }
    setReasonError(null);
    void move(trimmed);
  };

  return (
    <section className="panel greenlight-actions" aria-labelledby="greenlight-heading">
      <h2 id="greenlight-heading">Greenlight</h2>
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <div className="greenlight-actions__row">
        <button
          type="button"
          className="button button--greenlight"
          disabled={busy || refused}
          onClick={() => void move(null)}
          data-testid="greenlight-button"
        >
          Greenlight: move to pre-production
        </button>
        <p className="field__hint">
          {refused
            ? 'The gate must open first (an approved budget covered by closed financing), or be overridden.'
            : 'Greenlighting is the commitment to make the picture. If you may only ask for it, the request goes to whoever decides.'}
        </p>
      </div>
      {refused && gate.finalSay.isCaller ? (
        <form
          className="form override-form"
          onSubmit={submitOverride}
          noValidate
          data-testid="override-form"
        >
          <h3>Override the gate</h3>
          <p className="muted">
            As the {gate.finalSay.label.toLowerCase()}, you hold the final financial say: you may
            greenlight despite the gate. The override is recorded in the audit log, with your
            reason.
          </p>
          <div className="field">
            <label htmlFor={reasonId}>Reason for overriding the gate</label>
            <textarea
              id={reasonId}
              rows={3}
              maxLength={2000}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {reasonError ? (
              <p id={`${reasonId}-error`} className="field__error">
                {reasonError}
              </p>
            ) : null}
          </div>
          <div className="form__actions">
            <button
              type="submit"
              className="button button--danger"
              disabled={busy}
              data-testid="override-gate"
            >
              Override the gate and greenlight
            </button>
          </div>
        </form>
      ) : null}
      {refused && !gate.finalSay.isCaller ? (
        <FinalSayHolders productionId={productionId} gate={gate} />
      ) : null}
    </section>
  );
};

/** Who may override, by name where the team says. */
const FinalSayHolders = ({
  productionId,
  gate,
}: {
  readonly productionId: string;
  readonly gate: GreenlightGateDto;
}) => {
  const team = useQuery(`team:${productionId}`, (client) =>
    client.call('team', { params: { productionId } }),
  );
  const names = [
    ...new Set(
      (team.data?.members ?? [])
        .filter((m) => m.role === gate.finalSay.role)
        .map((m) => m.person.name),
    ),
  ];
  const label = gate.finalSay.label.toLowerCase();
  return (
    <p className="notice notice--info" data-testid="override-who">
      Only the {label}
      {names.length > 0 ? ` (${names.join(', ')})` : ''}, who holds the final financial say, may
      override the gate. Ask them, with the reason.
    </p>
  );
};

const Greenlit = ({
  stage,
  record,
}: {
  readonly stage: string;
  readonly record: OverrideRecord | null;
}) => {
  const { production } = useProduction();
  const label = (PRODUCTION_STAGE_LABELS as Readonly<Record<string, string>>)[stage] ?? stage;
  return (
    <section
      className="panel greenlit gate-verdict gate-verdict--greenlit"
      aria-labelledby="greenlit-heading"
      data-testid="greenlit"
    >
      <h2 id="greenlit-heading">
        Greenlit <span className="muted">· the production is in {label.toLowerCase()}</span>
      </h2>
      {record ? (
        <OverrideDetails record={record} timeZone={production.timeZone} />
      ) : (
        <p className="muted">
          No override of the gate is on record: it left development through it.
        </p>
      )}
    </section>
  );
};

const OverrideCard = ({ record }: { readonly record: OverrideRecord }) => {
  const { production } = useProduction();
  return (
    <section className="panel" aria-label="The last override">
      <OverrideDetails record={record} timeZone={production.timeZone} />
    </section>
  );
};

const OverrideDetails = ({
  record,
  timeZone,
}: {
  readonly record: OverrideRecord;
  readonly timeZone: string;
}) => (
  <figure className="override-record" data-testid="override-record">
    <figcaption>
      <strong>The gate was overridden</strong> by <span data-testid="override-by">{record.by}</span>{' '}
      on {formatInstant(record.at, timeZone)}
      {record.shortfall ? (
        <>
          , with closed financing <span className="figure">{record.shortfall}</span> short
        </>
      ) : null}
      .
    </figcaption>
    <blockquote className="override-record__reason" data-testid="override-reason">
      {record.reason}
    </blockquote>
    {record.overridden.length > 0 ? (
      <ul className="override-record__overridden muted">
        {record.overridden.map((message) => (
          <li key={message}>Overrode: {message}</li>
        ))}
      </ul>
    ) : null}
  </figure>
);
