import { useState } from 'react';
import type { ElementListsDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { EmptyState } from '../../ui/feedback';
import { useScriptWorkspace } from './script-workspace';

type SetEntry = ElementListsDto['sets'][number];

/** The script's sets, each mapped to the shooting location where it will be filmed. */
export const SetList = ({ sets }: { readonly sets: readonly SetEntry[] }) => (
  <section className="panel panel--flush" aria-labelledby="set-list-heading">
    <div className="panel__bar">
      <h2 id="set-list-heading">Sets and shooting locations</h2>
    </div>
    {sets.length === 0 ? (
      <EmptyState title="No sets" />
    ) : (
      <table className="table table--compact" data-testid="set-list">
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col" className="num">
              Scenes
            </th>
            <th scope="col" className="num">
              Pages
            </th>
            <th scope="col">Shooting location</th>
          </tr>
        </thead>
        <tbody>
          {sets.map((set) => (
            <tr key={set.name} data-testid="set-row">
              <th scope="row">
                <span className="row-title">{set.name}</span>
                <span className="muted">{set.intExt.join(', ') || '—'}</span>
              </th>
              <td className="num" title={set.sceneNumbers.join(', ')}>
                {set.sceneIds.length}
              </td>
              <td className="num">{set.pages}</td>
              <td>
                <ShootingLocationInput set={set} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </section>
);

const ShootingLocationInput = ({ set }: { readonly set: SetEntry }) => {
  const { productionId, act } = useScriptWorkspace();
  const client = useClient();
  const [value, setValue] = useState(set.shootingLocation ?? '');

  const save = async () => {
    const trimmed = value.trim();
    const next = trimmed === '' ? null : trimmed;
    if (next === set.shootingLocation) return;
    const ok = await act(
      next === null
        ? `Cleared the shooting location of ${set.name}`
        : `${set.name} will be shot at ${next}`,
      () =>
        client.call('setShootingLocation', {
          params: { productionId },
          body: { set: set.name, shootingLocation: next },
        }),
    );
    if (!ok) setValue(set.shootingLocation ?? '');
  };

  return (
    <input
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      aria-label={`Shooting location of ${set.name}`}
      placeholder="Not set"
      maxLength={300}
    />
  );
};
