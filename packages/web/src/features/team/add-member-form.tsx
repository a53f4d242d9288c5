import { useState, type FormEvent } from 'react';
import type { ActionResultDto, TeamMemberDto } from '@greenlight/contract';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  roleLabel,
  ROLES,
  type Department,
  type Role,
} from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { MoneyInput } from '../../ui/money-input';
import { parseMoney } from '../../ui/money';
import { ActionResultNotice } from '../approvals/action-result-notice';
import { useProduction } from '../production/production-context';
import { useShellRefresh } from '../shell/shell-data';

const NEW_PERSON = 'new';

type AddMemberFormProps = { readonly team: readonly TeamMemberDto[]; readonly onAdded: () => void };

/** Bring a person on in a role: a hire, so it is done, routed for approval or refused like any action. */
export const AddMemberForm = ({ team, onAdded }: AddMemberFormProps) => {
  const { production, isSeries } = useProduction();
  const client = useClient();
  const refreshShell = useShellRefresh();
  const [who, setWho] = useState(NEW_PERSON);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('crew');
  const [department, setDepartment] = useState<Department | ''>('');
  const [fee, setFee] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; result: ActionResultDto } | null>(null);
  const people = [...new Map(team.map((m) => [m.personId, m.person])).values()];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    const feeParsed =
      fee.trim() === '' ? { ok: true as const, value: 0 } : parseMoney(fee, production.currency);
    if (!feeParsed.ok) return setError(`Fee: ${feeParsed.error}`);
    if (who === NEW_PERSON && name.trim() === '') return setError('Give the new person’s name.');
    const person = who === NEW_PERSON ? null : people.find((p) => p.id === who);
    setBusy(true);
    try {
      const result = await client.call('addTeamMember', {
        params: { productionId: production.id },
        body: {
          ...(person
            ? { personId: person.id }
            : { name: name.trim(), ...(email.trim() ? { email: email.trim() } : {}) }),
          role,
          ...(department ? { department } : {}),
          fee: feeParsed.value,
        },
      });
      const personName = person?.name ?? name.trim();
      setDone({
        text: `${personName} joined as ${roleLabel(role, isSeries).toLowerCase()}.`,
        result,
      });
      setName('');
      setEmail('');
      setFee('');
      setWho(NEW_PERSON);
      onAdded();
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
      aria-labelledby="add-member-heading"
    >
      <h2 id="add-member-heading">Add to the team</h2>
      {done ? <ActionResultNotice result={done.result} doneText={done.text} /> : null}
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <div className="form__grid">
        <Field label="Person">
          {(id) => (
            <select id={id} value={who} onChange={(e) => setWho(e.target.value)}>
              <option value={NEW_PERSON}>Someone new</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {who === NEW_PERSON ? (
          <>
            <Field label="Name">
              {(id) => (
                <input
                  id={id}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  maxLength={200}
                />
              )}
            </Field>
            <Field label="Email (optional)">
              {(id) => (
                <input
                  id={id}
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              )}
            </Field>
          </>
        ) : null}
        <Field label="Role">
          {(id) => (
            <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r, isSeries)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Department" hint="Needed for department heads and crew">
          {(id, hint) => (
            <select
              id={id}
              value={department}
              onChange={(e) => setDepartment(e.target.value as Department | '')}
              aria-describedby={hint}
            >
              <option value="">None</option>
              {DEPARTMENTS.map((d) => (
                <option key={d} value={d}>
                  {DEPARTMENT_LABELS[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MoneyInput
          label="Fee"
          currency={production.currency}
          value={fee}
          onChange={setFee}
          hint="Agreed fee; signing limits apply"
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add to team'}
        </button>
      </div>
    </form>
  );
};
