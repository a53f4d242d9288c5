import { useState } from 'react';
import type { TeamMemberDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { memberLabel } from './member-label';

type ReportsToEditorProps = {
  readonly productionId: string;
  readonly member: TeamMemberDto;
  readonly team: readonly TeamMemberDto[];
  readonly isSeries: boolean;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
};

const TOP = '';

/** Pick whom one assignment reports to; saved only when the user says so. */
export const ReportsToEditor = ({
  productionId,
  member,
  team,
  isSeries,
  onSaved,
  onCancel,
}: ReportsToEditorProps) => {
  const client = useClient();
  const [value, setValue] = useState(member.reportsTo ?? TOP);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const candidates = team.filter((m) => m.id !== member.id);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await client.call('setReportsTo', {
        params: { productionId, assignmentId: member.id },
        body: { reportsTo: value === TOP ? null : value },
      });
      onSaved();
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <div className="inline-editor">
      <label className="visually-hidden" htmlFor={`reports-to-${member.id}`}>
        {`${member.person.name} reports to`}
      </label>
      <select
        id={`reports-to-${member.id}`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        disabled={busy}
      >
        <option value={TOP}>Nobody (top of the chart)</option>
        {candidates.map((m) => (
          <option key={m.id} value={m.id}>
            {memberLabel(m, isSeries)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => void save()}
        disabled={busy}
      >
        Save
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={onCancel}
        disabled={busy}
      >
        Cancel
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};
