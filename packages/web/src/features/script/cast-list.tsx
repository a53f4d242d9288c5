import { useState } from 'react';
import type { ElementListsDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { EmptyState } from '../../ui/feedback';
import { useScriptWorkspace } from './script-workspace';

type CastMember = ElementListsDto['cast'][number];

/** The cast list in cast-number order, each number editable; "Number the cast" fills the gaps. */
export const CastList = ({ cast }: { readonly cast: readonly CastMember[] }) => {
  const { productionId, act } = useScriptWorkspace();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const unnumbered = cast.filter((c) => c.castNumber === null).length;

  const numberCast = async () => {
    setBusy(true);
    await act('Numbered the cast', () => client.call('numberCast', { params: { productionId } }));
    setBusy(false);
  };

  return (
    <section className="panel panel--flush" aria-labelledby="cast-list-heading">
      <div className="panel__bar">
        <h2 id="cast-list-heading">Cast list</h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => void numberCast()}
          disabled={busy || unnumbered === 0}
          title={unnumbered === 0 ? 'Everyone has a number' : `${unnumbered} without a number`}
        >
          Number the cast
        </button>
      </div>
      {cast.length === 0 ? (
        <EmptyState title="No cast tagged yet">
          <p>Tag speaking characters as Cast members in the script, or accept the suggestions.</p>
        </EmptyState>
      ) : (
        <table className="table table--compact" data-testid="cast-list">
          <thead>
            <tr>
              <th scope="col" className="num cast-list__number">
                No.
              </th>
              <th scope="col">Character</th>
              <th scope="col" className="num">
                Scenes
              </th>
              <th scope="col" className="num">
                Pages
              </th>
              <th scope="col">First</th>
            </tr>
          </thead>
          <tbody>
            {cast.map((member) => (
              <tr key={member.elementId} data-testid="cast-row">
                <td className="num">
                  <CastNumberInput member={member} />
                </td>
                <th scope="row">{member.name}</th>
                <td className="num">{member.sceneCount}</td>
                <td className="num">{member.pages}</td>
                <td>{member.firstSceneNumber ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};

const CastNumberInput = ({ member }: { readonly member: CastMember }) => {
  const { productionId, act } = useScriptWorkspace();
  const client = useClient();
  const [value, setValue] = useState(member.castNumber === null ? '' : String(member.castNumber));
  const [invalid, setInvalid] = useState(false);

  const save = async () => {
    const trimmed = value.trim();
    const next = trimmed === '' ? null : Number(trimmed);
    if (next !== null && (!Number.isInteger(next) || next < 1 || next > 9999)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (next === member.castNumber) return;
    const ok = await act(
      next === null
        ? `Cleared ${member.name}’s cast number`
        : `${member.name} is cast number ${next}`,
      () =>
        client.call('updateElement', {
          params: { productionId, elementId: member.elementId },
          body: { castNumber: next },
        }),
    );
    if (!ok) setValue(member.castNumber === null ? '' : String(member.castNumber));
  };

  return (
    <input
      className="cast-number-input"
      inputMode="numeric"
      value={value}
      onChange={(e) => setValue(e.target.value.replace(/[^\d]/g, ''))}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      aria-label={`Cast number of ${member.name}`}
      aria-invalid={invalid}
      placeholder="—"
    />
  );
};
