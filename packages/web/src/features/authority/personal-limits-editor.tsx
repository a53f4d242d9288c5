import { useState, type FormEvent } from 'react';
import type { TeamMemberDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS, roleLabel } from '@greenlight/domain';
import { Field } from '../../ui/field';
import { formatAmount, minorToInput, parseMoney } from '../../ui/money';
import { MoneyInput } from '../../ui/money-input';
import { Pill } from '../../ui/pill';
import type { LimitDraft } from './matrix-draft';

/** A person on the team, once, with every role they hold ("Producer, Director"). */
export type TeamPerson = { readonly name: string; readonly roles: string };

/** The team by person, in team order; a person with several assignments appears once. */
export const teamPeople = (
  members: readonly TeamMemberDto[],
  isSeries: boolean,
): ReadonlyMap<string, TeamPerson> => {
  const byPerson = new Map<string, { name: string; roles: Set<string> }>();
  for (const member of members) {
    const entry = byPerson.get(member.personId) ?? { name: member.person.name, roles: new Set() };
    const department = member.department ? ` (${DEPARTMENT_LABELS[member.department]})` : '';
    entry.roles.add(`${roleLabel(member.role, isSeries)}${department}`);
    byPerson.set(member.personId, entry);
  }
  return new Map(
    [...byPerson].map(([id, p]) => [id, { name: p.name, roles: [...p.roles].join(', ') }]),
  );
};

/** The team by person once loaded; until then, whether it is on its way or could not be had. */
export type TeamPeople = ReadonlyMap<string, TeamPerson> | 'loading' | 'failed';

/** How a person the matrix names is shown: the team may still be loading, or they may have left it. */
export const personShown = (people: TeamPeople, person: string): TeamPerson => {
  if (people === 'loading') return { name: 'Loading…', roles: '' };
  if (people === 'failed') return { name: `Person ${person.slice(0, 8)}…`, roles: '' };
  return (
    people.get(person) ?? {
      name: 'Someone no longer on the team',
      roles: 'No role on this production',
    }
  );
};

const limitText = (limit: LimitDraft, currency: string): string => {
  if (limit.unlimited) return 'No limit';
  const parsed = parseMoney(limit.text, currency);
  return parsed.ok ? formatAmount(parsed.value, currency) : limit.text;
};

type PersonalLimitsEditorProps = {
  /** The draft's personal limits, by person id. */
  readonly limits: Readonly<Record<string, LimitDraft>>;
  /** The saved ones, to mark those not saved yet. */
  readonly saved: Readonly<Record<string, number | null>>;
  readonly people: TeamPeople;
  readonly currency: string;
  readonly editable: boolean;
  readonly onChange: (person: string, limit: LimitDraft) => void;
  readonly onRemove: (person: string) => void;
};

/** People whose own signing limit replaces those of their roles; added, changed and removed in the draft. */
export const PersonalLimitsEditor = ({
  limits,
  saved,
  people,
  currency,
  editable,
  onChange,
  onRemove,
}: PersonalLimitsEditorProps) => {
  const entries = Object.entries(limits);
  return (
    <div className="personal-limits">
      {entries.length === 0 ? (
        <p className="muted" data-testid="personal-limits-empty">
          No one has a personal limit: everyone signs within the limits of their roles.
        </p>
      ) : (
        <div className="table-wrap table-wrap--flat">
          <table className="table table--compact" data-testid="personal-limits">
            <caption className="visually-hidden">Personal signing limits</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="num">
                  Limit
                </th>
                {editable ? (
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {entries.map(([person, limit]) => {
                const { name, roles } = personShown(people, person);
                const unsaved = !Object.hasOwn(saved, person);
                return (
                  <tr key={person} data-testid="personal-limit-row" data-person-id={person}>
                    <th scope="row">
                      <span className="row-title">
                        {name}
                        {unsaved ? (
                          <>
                            {' '}
                            <Pill tone="amber" title="Added here; saved with the matrix">
                              Not saved
                            </Pill>
                          </>
                        ) : null}
                      </span>
                      {roles ? <span className="muted">{roles}</span> : null}
                    </th>
                    <td className="num">
                      {editable ? (
                        <div className="limit-editor">
                          <label className="checkbox">
                            <input
                              type="checkbox"
                              checked={limit.unlimited}
                              onChange={(e) =>
                                onChange(person, { ...limit, unlimited: e.target.checked })
                              }
                              aria-label={`${name}: no limit`}
                            />
                            No limit
                          </label>
                          <MoneyInput
                            label={`Signing limit for ${name}`}
                            hideLabel
                            currency={currency}
                            value={limit.unlimited ? '' : limit.text}
                            placeholder={limit.unlimited ? 'No limit' : '0.00'}
                            disabled={limit.unlimited}
                            onChange={(text) => onChange(person, { ...limit, text })}
                          />
                        </div>
                      ) : (
                        <span>{limitText(limit, currency)}</span>
                      )}
                    </td>
                    {editable ? (
                      <td className="num">
                        <button
                          type="button"
                          className="button button--small button--danger-ghost"
                          aria-label={`Remove ${name}’s own limit`}
                          onClick={() => onRemove(person)}
                        >
                          Remove
                        </button>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <AddPersonalLimit
          people={people}
          taken={limits}
          currency={currency}
          onAdd={(person, limit) => onChange(person, limit)}
        />
      ) : null}
    </div>
  );
};

type AddPersonalLimitProps = {
  readonly people: TeamPeople;
  readonly taken: Readonly<Record<string, LimitDraft>>;
  readonly currency: string;
  readonly onAdd: (person: string, limit: LimitDraft) => void;
};

/** Pick someone on the team without a personal limit and give them one; it joins the draft, not the server. */
const AddPersonalLimit = ({ people, taken, currency, onAdd }: AddPersonalLimitProps) => {
  const [person, setPerson] = useState('');
  const [text, setText] = useState('');
  const [unlimited, setUnlimited] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loaded = typeof people !== 'string';
  const candidates = loaded ? [...people].filter(([id]) => !Object.hasOwn(taken, id)) : [];

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!candidates.some(([id]) => id === person)) return setError('Choose a person.');
    let limit: LimitDraft = { unlimited: true, text: '' };
    if (!unlimited) {
      if (text.trim() === '') return setError('Enter an amount, or tick “No limit”.');
      const parsed = parseMoney(text, currency);
      if (!parsed.ok) return setError(`Amount: ${parsed.error}`);
      limit = { unlimited: false, text: minorToInput(parsed.value, currency) };
    }
    onAdd(person, limit);
    setPerson('');
    setText('');
    setUnlimited(false);
    setError(null);
  };

  return (
    <form
      className="personal-limit-add"
      onSubmit={add}
      aria-labelledby="add-personal-limit-heading"
      noValidate
    >
      <h3 id="add-personal-limit-heading">Add a personal limit</h3>
      <div className="personal-limit-add__row">
        <Field label="Person" className="personal-limit-add__person">
          {(id) => (
            <select
              id={id}
              value={person}
              disabled={!loaded}
              onChange={(e) => setPerson(e.target.value)}
            >
              <option value="">
                {people === 'loading'
                  ? 'Loading the team…'
                  : people === 'failed'
                    ? 'The team could not be loaded'
                    : candidates.length === 0
                      ? 'Everyone has a personal limit'
                      : 'Choose someone…'}
              </option>
              {candidates.map(([id, p]) => (
                <option key={id} value={id}>
                  {p.name} — {p.roles}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MoneyInput
          label="Amount"
          currency={currency}
          value={unlimited ? '' : text}
          placeholder={unlimited ? 'No limit' : '0.00'}
          disabled={unlimited}
          onChange={setText}
        />
        <label className="checkbox personal-limit-add__unlimited">
          <input
            type="checkbox"
            checked={unlimited}
            onChange={(e) => setUnlimited(e.target.checked)}
          />
          No limit
        </label>
        <button type="submit" className="button" disabled={!loaded}>
          Add
        </button>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
};
