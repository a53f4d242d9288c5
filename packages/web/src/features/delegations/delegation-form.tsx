import { useState, type FormEvent } from 'react';
import type { ActionResultDto, TeamMemberDto } from '@greenlight/contract';
import { roleLabel, type ActionId } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useUser } from '../../session/session-context';
import { ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { formatCalendarDate } from '../../ui/format-time';
import { parseMoney } from '../../ui/money';
import { MoneyInput } from '../../ui/money-input';
import { ActionResultNotice } from '../approvals/action-result-notice';
import { useProduction } from '../production/production-context';
import { useShellRefresh } from '../shell/shell-data';
import { ActionChecklist, inCatalogOrder } from './action-checklist';

type DelegationFormProps = {
  readonly members: readonly TeamMemberDto[];
  /** `YYYY-MM-DD` in the production's zone: the first day offered. */
  readonly today: string;
  readonly onCreated: () => void;
};

type Person = { readonly id: string; readonly name: string; readonly roles: string };

/** Everyone on the team but the signed-in user, once each, with all their roles. */
const otherPeople = (
  members: readonly TeamMemberDto[],
  me: string,
  isSeries: boolean,
): Person[] => {
  const byPerson = new Map<string, { name: string; roles: string[] }>();
  for (const m of members) {
    if (m.personId === me) continue;
    const entry = byPerson.get(m.personId) ?? { name: m.person.name, roles: [] };
    entry.roles.push(roleLabel(m.role, isSeries));
    byPerson.set(m.personId, entry);
  }
  return [...byPerson].map(([id, p]) => ({ id, name: p.name, roles: p.roles.join(', ') }));
};

/** Lend some of what I may do to someone on the team for a period, optionally under a cap. */
export const DelegationForm = ({ members, today, onCreated }: DelegationFormProps) => {
  const { production, isSeries } = useProduction();
  const me = useUser();
  const client = useClient();
  const refreshShell = useShellRefresh();
  const [to, setTo] = useState('');
  const [actions, setActions] = useState<ReadonlySet<ActionId>>(() => new Set());
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState('');
  const [cap, setCap] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; result: ActionResultDto } | null>(null);
  const people = otherPeople(members, me.personId, isSeries);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    const person = people.find((p) => p.id === to);
    if (!person) return setError('Choose whom to delegate to.');
    if (actions.size === 0) return setError('Choose at least one action to delegate.');
    if (startsOn === '') return setError('From: choose the first day.');
    if (endsOn === '') return setError('Until: choose the last day.');
    if (endsOn < startsOn) return setError('Until: the last day cannot be before the first.');
    const limit = cap.trim() === '' ? null : parseMoney(cap, production.currency);
    if (limit !== null && !limit.ok) return setError(`Cap: ${limit.error}`);
    setBusy(true);
    try {
      const result = await client.call('createDelegation', {
        params: { productionId: production.id },
        body: {
          toPersonId: person.id,
          actions: inCatalogOrder(actions),
          startsOn,
          endsOn,
          limit: limit === null ? null : limit.value,
        },
      });
      setDone({
        text: `${person.name} may act for you from ${formatCalendarDate(startsOn)} until ${formatCalendarDate(endsOn)}.`,
        result,
      });
      setTo('');
      setActions(new Set());
      setEndsOn('');
      setCap('');
      onCreated();
      refreshShell();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="delegation-form-heading"
      noValidate
    >
      <h2 id="delegation-form-heading">Delegate your authority</h2>
      <p className="muted">
        Lend some of what you may do to someone on the team while you are away. You can lend only
        what you may do yourself, and never beyond your own signing limit.
      </p>
      {done ? <ActionResultNotice result={done.result} doneText={done.text} /> : null}
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <div className="form__grid form__grid--delegation">
        <Field label="To">
          {(id) => (
            <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">Choose someone…</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.roles}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="From">
          {(id) => (
            <input
              id={id}
              type="date"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          )}
        </Field>
        <Field label="Until">
          {(id) => (
            <input
              id={id}
              type="date"
              value={endsOn}
              min={startsOn || undefined}
              onChange={(e) => setEndsOn(e.target.value)}
            />
          )}
        </Field>
        <MoneyInput
          label="Cap"
          currency={production.currency}
          value={cap}
          onChange={setCap}
          hint="Leave empty for your own limit"
        />
      </div>
      <ActionChecklist selected={actions} onChange={setActions} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Delegating…' : 'Delegate'}
        </button>
        <span className="field__hint">
          Days are in the production’s time zone ({production.timeZone}), first and last included.
        </span>
      </div>
    </form>
  );
};
