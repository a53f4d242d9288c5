import { useCallback, useState } from 'react';
import {
  ApiError,
  type ActionResultDto,
  type AuthorityMatrixResponse,
  type TeamDto,
} from '@greenlight/contract';
import type { ActionId, Role } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery, type Query } from '../../api/use-query';
import { ErrorMessage, Notice } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { ActionResultNotice } from '../approvals/action-result-notice';
import { useProduction } from '../production/production-context';
import { FinalSayEditor } from './final-say-editor';
import { MatrixLegend } from './matrix-legend';
import {
  buildMatrix,
  cycleCell,
  draftFrom,
  removePersonLimit,
  setPersonLimit,
  type MatrixDraft,
} from './matrix-draft';
import { MatrixTable } from './matrix-table';
import {
  PersonalLimitsEditor,
  personShown,
  teamPeople,
  type TeamPeople,
} from './personal-limits-editor';
import { SigningLimitsEditor } from './signing-limits-editor';

/** Loads the matrix; the editor starts afresh from each version the server returns. */
export const AuthorityMatrixTab = () => {
  const { production } = useProduction();
  const query = useQuery(`authority-matrix:${production.id}`, (client) =>
    client.call('authorityMatrix', { params: { productionId: production.id } }),
  );
  // Names and roles for the personal limits; the matrix shows without them.
  const team = useQuery(`authority-team:${production.id}`, (client) =>
    client.call('team', { params: { productionId: production.id } }),
  );
  const [saved, setSaved] = useState<ActionResultDto | null>(null);
  const reload = query.reload;
  const onSaved = useCallback(
    (result: ActionResultDto) => {
      setSaved(result);
      if (result.outcome === 'allowed') reload();
    },
    [reload],
  );
  return (
    <QueryView query={query} loadingLabel="Loading the authority matrix…">
      {(data) => (
        <div className="stack">
          {saved ? (
            <ActionResultNotice
              result={saved}
              doneText={`The authority matrix is saved (version ${data.version}).`}
            />
          ) : null}
          <MatrixEditor
            key={data.version}
            data={data}
            team={team}
            onReload={reload}
            onSaved={onSaved}
          />
        </div>
      )}
    </QueryView>
  );
};

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'error'; readonly message: string };

type MatrixEditorProps = {
  readonly data: AuthorityMatrixResponse;
  readonly team: Query<TeamDto>;
  readonly onReload: () => void;
  readonly onSaved: (result: ActionResultDto) => void;
};

const MatrixEditor = ({ data, team, onReload, onSaved }: MatrixEditorProps) => {
  const { production, isSeries } = useProduction();
  const client = useClient();
  const currency = data.currency;
  const [draft, setDraft] = useState<MatrixDraft>(() => draftFrom(data.matrix, currency));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const people: TeamPeople = team.data
    ? teamPeople(team.data.members, isSeries)
    : team.error !== undefined
      ? 'failed'
      : 'loading';
  const built = buildMatrix(
    data.matrix,
    draft,
    currency,
    isSeries,
    (person) => personShown(people, person).name,
  );
  const changes = built.ok
    ? built.changed.cells + built.changed.limits + (built.changed.finalSay ? 1 : 0)
    : 1;
  const editable = data.canEdit || data.canSetLimits;
  const onCycle = useCallback(
    (action: ActionId, role: Role) => setDraft((d) => cycleCell(d, action, role)),
    [],
  );

  const save = async () => {
    if (!built.ok) return setStatus({ kind: 'error', message: built.error });
    setStatus({ kind: 'saving' });
    try {
      const result = await client.call('updateAuthorityMatrix', {
        params: { productionId: production.id },
        body: { matrix: built.matrix, version: data.version },
      });
      setStatus({ kind: 'idle' });
      if (result.outcome === 'approval-requested') setDraft(draftFrom(data.matrix, currency));
      onSaved(result);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) setStatus({ kind: 'conflict' });
      else setStatus({ kind: 'error', message: describeError(caught) });
    }
  };

  return (
    <div className="stack">
      <div className="toolbar toolbar--sticky">
        <p className="muted toolbar__text">
          Version {data.version} ·{' '}
          {data.canEdit
            ? 'Click a cell to change it: none → Ask → Do → Do + Approve.'
            : data.canSetLimits
              ? 'You may change signing limits; the rules are read-only for you.'
              : 'You may view this matrix but not change it.'}
        </p>
        {editable ? (
          <div className="toolbar__actions">
            <span className="muted" aria-live="polite">
              {changes > 0
                ? `${changes} unsaved ${changes === 1 ? 'change' : 'changes'}`
                : 'No unsaved changes'}
            </span>
            <button
              type="button"
              className="button button--ghost"
              disabled={changes === 0 || status.kind === 'saving'}
              onClick={() => {
                setDraft(draftFrom(data.matrix, currency));
                setStatus({ kind: 'idle' });
              }}
            >
              Discard changes
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={changes === 0 || status.kind === 'saving'}
              onClick={() => void save()}
            >
              {status.kind === 'saving' ? 'Saving…' : 'Save matrix'}
            </button>
          </div>
        ) : null}
      </div>
      {status.kind === 'conflict' ? (
        <ErrorMessage>
          Someone else changed the authority matrix since you opened it. Reload to see their
          version, then make your changes again.{' '}
          <button type="button" className="link-button" onClick={onReload}>
            Reload the matrix
          </button>
        </ErrorMessage>
      ) : null}
      {status.kind === 'error' ? <ErrorMessage>{status.message}</ErrorMessage> : null}
      {!built.ok && status.kind !== 'error' ? <Notice tone="warning">{built.error}</Notice> : null}
      <MatrixLegend />
      <MatrixTable
        rules={draft.rules}
        saved={data.matrix.rules}
        isSeries={isSeries}
        editable={data.canEdit}
        onCycle={onCycle}
      />
      <div className="two-columns">
        <section className="panel" aria-labelledby="final-say-heading">
          <h2 id="final-say-heading">Final say</h2>
          <p className="muted">Escalated requests end with this role; it can always decide them.</p>
          <FinalSayEditor
            finalSay={draft.finalSay}
            isSeries={isSeries}
            editable={data.canEdit}
            onChange={(area, role) =>
              setDraft((d) => ({ ...d, finalSay: { ...d.finalSay, [area]: role } }))
            }
          />
        </section>
        <section className="panel" aria-labelledby="signing-limits-heading">
          <h2 id="signing-limits-heading">Signing limits</h2>
          <p className="muted">
            The most a role may commit on its own, in {currency}. Above it, the request goes up the
            reporting line.
          </p>
          <SigningLimitsEditor
            limits={draft.limits}
            saved={data.matrix.roleLimits}
            currency={currency}
            isSeries={isSeries}
            editable={data.canSetLimits}
            onChange={(role, limit) =>
              setDraft((d) => ({ ...d, limits: { ...d.limits, [role]: limit } }))
            }
          />
          <h3 id="personal-limits-heading" className="panel__subheading">
            Personal signing limits
          </h3>
          <p className="muted">
            A personal limit replaces the limits of the person’s roles, whether higher or lower;
            without one, the limits of their roles apply.
          </p>
          {team.error !== undefined ? (
            <ErrorMessage>
              The team could not be loaded, so people are shown without their names.{' '}
              <button type="button" className="link-button" onClick={team.reload}>
                Try again
              </button>
            </ErrorMessage>
          ) : null}
          <PersonalLimitsEditor
            limits={draft.personLimits}
            saved={data.matrix.personLimits}
            people={people}
            currency={currency}
            editable={data.canSetLimits}
            onChange={(person, limit) => setDraft((d) => setPersonLimit(d, person, limit))}
            onRemove={(person) => setDraft((d) => removePersonLimit(d, person))}
          />
        </section>
      </div>
    </div>
  );
};
