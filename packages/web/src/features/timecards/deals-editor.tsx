import { useState } from 'react';
import type { LabourDealDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS, DEPARTMENTS, type Department } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Notice } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { formatAmount, minorToInput, parseMoney } from '../../ui/money';
import { QueryView } from '../../ui/query-view';

type DealsEditorProps = { readonly productionId: string; readonly currency: string };

/** Everyone's deal: the agreement their time is paid under, their rate, department, title and account. */
export const DealsEditor = ({ productionId, currency }: DealsEditorProps) => {
  const deals = useQuery(`labour-deals:${productionId}`, (client) =>
    client.call('labourDeals', { params: { productionId } }),
  );
  const agreements = useQuery(`labour-agreements:${productionId}`, (client) =>
    client.call('labourAgreements', { params: { productionId } }),
  );
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="panel panel--flush" aria-label="Deals" data-testid="deals-editor">
      <div className="panel__bar">
        <h2>Deals</h2>
        <span className="muted">
          The agreement, rate and budget account each person is paid from
        </span>
      </div>
      <QueryView query={deals} loadingLabel="Loading the deals…">
        {(list) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Title</th>
                <th scope="col">Rate</th>
                <th scope="col">Account</th>
                <th scope="col">Agreement</th>
                <th scope="col">
                  <span className="visually-hidden">Edit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.people.map((person) =>
                editing === person.personId && agreements.data !== undefined ? (
                  <tr key={person.personId}>
                    <td colSpan={6}>
                      <DealForm
                        productionId={productionId}
                        personId={person.personId}
                        name={person.name}
                        currency={currency}
                        deal={person.deal}
                        version={person.version}
                        agreements={agreements.data.agreements}
                        onDone={() => {
                          setEditing(null);
                          deals.reload();
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={person.personId} data-testid="deal-row" data-person={person.name}>
                    <th scope="row">{person.name}</th>
                    <td>{person.deal?.title ?? '—'}</td>
                    <td>
                      {person.deal === null
                        ? '—'
                        : person.deal.rate.kind === 'hourly'
                          ? `${formatAmount(person.deal.rate.perHour, person.deal.rate.currency)} / hour`
                          : `${formatAmount(person.deal.rate.perDay, person.deal.rate.currency)} / ${person.deal.rate.guaranteedMinutes / 60} h day`}
                    </td>
                    <td>{person.deal?.accountNumber ?? '—'}</td>
                    <td className="muted">
                      {person.deal === null
                        ? '—'
                        : `${person.deal.agreementId} (${person.deal.agreementYear})`}
                    </td>
                    <td>
                      {list.mayEdit ? (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setEditing(person.personId)}
                        >
                          {person.deal === null ? 'Set deal' : 'Edit'}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
};

type DealFormProps = {
  readonly productionId: string;
  readonly personId: string;
  readonly name: string;
  readonly currency: string;
  readonly deal: LabourDealDto | null;
  readonly version: number;
  readonly agreements: readonly { id: string; name: string; year: number }[];
  readonly onDone: () => void;
};

const DealForm = ({
  productionId,
  personId,
  name,
  currency,
  deal,
  version,
  agreements,
  onDone,
}: DealFormProps) => {
  const client = useClient();
  const first = agreements[0];
  const [agreement, setAgreement] = useState(
    deal === null
      ? `${first?.id ?? ''}|${first?.year ?? 0}`
      : `${deal.agreementId}|${deal.agreementYear}`,
  );
  const [kind, setKind] = useState<'hourly' | 'daily'>(deal?.rate.kind ?? 'hourly');
  const [amount, setAmount] = useState(
    deal === null
      ? ''
      : minorToInput(deal.rate.kind === 'hourly' ? deal.rate.perHour : deal.rate.perDay, currency),
  );
  const [hours, setHours] = useState(
    deal?.rate.kind === 'daily' ? String(deal.rate.guaranteedMinutes / 60) : '10',
  );
  const [department, setDepartment] = useState<Department | ''>(deal?.department ?? '');
  const [title, setTitle] = useState(deal?.title ?? '');
  const [account, setAccount] = useState(deal?.accountNumber ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const money = parseMoney(amount, currency);
    if (!money.ok) return setError(money.error);
    const minutes = Math.round(Number(hours) * 60);
    if (kind === 'daily' && !(minutes >= 1 && minutes <= 1440))
      return setError('A day rate guarantees between a minute and 24 hours');
    const [agreementId = '', year = '0'] = agreement.split('|');
    setBusy(true);
    setError(null);
    try {
      await client.call('saveLabourDeal', {
        params: { productionId, personId },
        body: {
          version,
          agreementId,
          agreementYear: Number(year),
          rate:
            kind === 'hourly'
              ? { kind, currency, perHour: money.value }
              : { kind, currency, perDay: money.value, guaranteedMinutes: minutes },
          department: department === '' ? null : department,
          title,
          accountNumber: account,
        },
      });
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="tc-deal-form"
      aria-label={`Deal of ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Notice tone="info">Deal of {name}</Notice>
      {error === null ? null : <ErrorMessage>{error}</ErrorMessage>}
      <div className="tc-deal-form__fields">
        <Field label="Agreement">
          {(id) => (
            <select id={id} value={agreement} onChange={(e) => setAgreement(e.target.value)}>
              {agreements.map((a) => (
                <option key={`${a.id}|${a.year}`} value={`${a.id}|${a.year}`}>
                  {a.name} ({a.year})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Rate">
          {(id) => (
            <select
              id={id}
              value={kind}
              onChange={(e) => setKind(e.target.value === 'daily' ? 'daily' : 'hourly')}
            >
              <option value="hourly">Per hour</option>
              <option value="daily">Per day</option>
            </select>
          )}
        </Field>
        <Field label={`Amount (${currency})`}>
          {(id) => <input id={id} value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        {kind === 'daily' ? (
          <Field label="Hours the day rate guarantees">
            {(id) => <input id={id} value={hours} onChange={(e) => setHours(e.target.value)} />}
          </Field>
        ) : null}
        <Field label="Department (its head signs the cards)">
          {(id) => (
            <select
              id={id}
              value={department}
              onChange={(e) => setDepartment(e.target.value as Department | '')}
            >
              <option value="">None (cast)</option>
              {DEPARTMENTS.map((d) => (
                <option key={d} value={d}>
                  {DEPARTMENT_LABELS[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Title">
          {(id) => <input id={id} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Budget account">
          {(id) => <input id={id} value={account} onChange={(e) => setAccount(e.target.value)} />}
        </Field>
      </div>
      <div className="tc-card__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save deal'}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
};
