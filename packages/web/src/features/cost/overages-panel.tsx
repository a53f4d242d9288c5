import { useState, type FormEvent } from 'react';
import type { CostReportDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { formatInstant } from '../../ui/format-time';
import { formatAmount, minorToInput, parseMoney } from '../../ui/money';
import { MoneyInput } from '../../ui/money-input';
import { Pill } from '../../ui/pill';
import type { ReportCostOutcome } from './cost-outcome';

type OveragesPanelProps = {
  readonly productionId: string;
  readonly report: CostReportDto;
  readonly timeZone: string;
  readonly mayRequest: boolean;
  readonly onReport: ReportCostOutcome;
};

/**
 * Accounts over budget and whether approved overage requests cover them (an uncovered overage still needs
 * one), the overages approved so far, and the request itself: done, or routed to someone who may approve.
 */
export const OveragesPanel = ({
  productionId,
  report,
  timeZone,
  mayRequest,
  onReport,
}: OveragesPanelProps) => {
  const approved = useQuery(`cost-overages:${productionId}`, (client) =>
    client.call('overages', { params: { productionId } }),
  );
  const [asking, setAsking] = useState<{ account: string; amount: string } | null>(null);
  const { currency } = report;
  const accounts = [...report.sections.flatMap((s) => s.rows), ...report.unbudgeted.rows];
  const nameOf = (n: string) => accounts.find((r) => r.accountNumber === n)?.name ?? '';

  return (
    <section
      className="panel cost-overages"
      aria-labelledby="cost-overages-heading"
      data-testid="overages-panel"
    >
      <div className="panel__bar panel__bar--plain">
        <h2 id="cost-overages-heading">Overages</h2>
        {mayRequest && asking === null ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => setAsking({ account: '', amount: '' })}
          >
            Request an overage
          </button>
        ) : null}
      </div>
      {report.overages.length === 0 ? (
        <p className="muted">No account is estimated over its budget.</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col" className="num">
                Over by
              </th>
              <th scope="col" className="num">
                Approved
              </th>
              <th scope="col" className="num">
                Uncovered
              </th>
              <th scope="col">
                <span className="visually-hidden">State</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.overages.map((o) => (
              <tr
                key={o.accountNumber}
                data-testid="overage-row"
                data-account={o.accountNumber}
                data-covered={o.covered}
              >
                <th scope="row">
                  {o.accountNumber} {o.name}
                </th>
                <td className="num">{formatAmount(o.overage, currency)}</td>
                <td className="num">{formatAmount(o.approved, currency)}</td>
                <td className="num">
                  {o.uncovered === 0 ? '—' : formatAmount(o.uncovered, currency)}
                </td>
                <td>
                  <div className="row-actions">
                    {o.covered ? (
                      <Pill tone="green">Covered</Pill>
                    ) : (
                      <>
                        <Pill tone="red" title="An approved overage request must cover it">
                          Needs approval
                        </Pill>
                        {mayRequest ? (
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() =>
                              setAsking({
                                account: o.accountNumber,
                                amount: minorToInput(o.uncovered, currency),
                              })
                            }
                          >
                            Request {formatAmount(o.uncovered, currency)}
                          </button>
                        ) : null}
                      </>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking === null ? null : (
        <OverageForm
          key={asking.account}
          productionId={productionId}
          currency={currency}
          accounts={accounts}
          initial={asking}
          onCancel={() => setAsking(null)}
          onDone={(outcome) => {
            setAsking(null);
            approved.reload();
            onReport(outcome);
          }}
        />
      )}
      {(approved.data?.overages.length ?? 0) > 0 ? (
        <>
          <h3 className="panel__subheading">Approved overage requests</h3>
          <ul className="plain-list cost-overages__approved">
            {approved.data?.overages.map((o) => (
              <li key={o.id} data-testid="approved-overage">
                <strong>
                  {o.accountNumber} {nameOf(o.accountNumber)}
                </strong>{' '}
                {formatAmount(o.amount, currency)}{' '}
                <span className="muted">
                  · {o.reason} · approved {formatInstant(o.approvedAt, timeZone)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
};

type OverageFormProps = {
  readonly productionId: string;
  readonly currency: string;
  readonly accounts: readonly { readonly accountNumber: string; readonly name: string }[];
  readonly initial: { readonly account: string; readonly amount: string };
  readonly onCancel: () => void;
  readonly onDone: ReportCostOutcome;
};

const OverageForm = ({
  productionId,
  currency,
  accounts,
  initial,
  onCancel,
  onDone,
}: OverageFormProps) => {
  const client = useClient();
  const [account, setAccount] = useState(initial.account);
  const [amount, setAmount] = useState(initial.amount);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (account === '') return setError('Choose the account that goes over.');
    const parsed = parseMoney(amount, currency);
    if (!parsed.ok) return setError(`Amount: ${parsed.error}`);
    if (parsed.value === 0) return setError('Amount: it must be more than zero');
    if (reason.trim() === '')
      return setError('Say why the account needs more: the approver reads it.');
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('requestOverage', {
        params: { productionId },
        body: { accountNumber: account, amount: parsed.value, reason: reason.trim() },
      });
      onDone({
        kind: 'result',
        result,
        doneText: `Overage of ${formatAmount(parsed.value, currency)} approved on account ${account}`,
      });
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <form
      className="form cost-overage-form"
      onSubmit={(e) => void submit(e)}
      aria-label="Request an overage"
      noValidate
    >
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <div className="form__grid">
        <Field label="Account over budget">
          {(id) => (
            <select id={id} value={account} onChange={(e) => setAccount(e.target.value)}>
              <option value="">Choose…</option>
              {accounts.map((a) => (
                <option key={a.accountNumber} value={a.accountNumber}>
                  {a.accountNumber} {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MoneyInput
          label="Overage amount"
          currency={currency}
          value={amount}
          onChange={setAmount}
          required
        />
        <Field label="Reason" className="field--wide">
          {(id) => (
            <input
              id={id}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={2000}
              placeholder="Second camera unit for the storm sequence"
            />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Sending…' : 'Request the overage'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
