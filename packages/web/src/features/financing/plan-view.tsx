import { useState } from 'react';
import type { FinancingPlanDto, FinancingSourceDto } from '@greenlight/contract';
import { FINANCING_STATUS_LABELS, type FinancingStatus } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { EmptyState } from '../../ui/feedback';
import { formatAmount } from '../../ui/money';
import { FinancingOutcomeNotice, type FinancingOutcome } from './financing-outcome';
import { GapPanel } from './gap-panel';
import {
  createRequest,
  draftFromSource,
  emptyDraft,
  sourceChanges,
  type SourceFields,
} from './source-draft';
import { SourceForm } from './source-form';
import { SourcesTable } from './sources-table';

type PlanViewProps = {
  readonly productionId: string;
  readonly plan: FinancingPlanDto;
  readonly currency: string;
  readonly onChanged: () => void;
};

/** The financing plan: the gap against the approved budget, and the sources with their moves and edits. */
export const PlanView = ({ productionId, plan, currency, onChanged }: PlanViewProps) => {
  const client = useClient();
  const [outcome, setOutcome] = useState<FinancingOutcome | null>(null);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (key: string, call: () => Promise<FinancingOutcome>): Promise<boolean> => {
    setBusy(key);
    setOutcome(null);
    try {
      const next = await call();
      setOutcome(next);
      onChanged();
      return true;
    } catch (error) {
      setOutcome({ kind: 'error', message: describeError(error) });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const add = async (fields: SourceFields) => {
    const done = await run('new', async () => ({
      kind: 'result',
      result: await client.call('createFinancingSource', {
        params: { productionId },
        body: createRequest(fields),
      }),
      doneText: `Added ${fields.name} (${formatAmount(fields.amount, fields.currency)}), ${FINANCING_STATUS_LABELS[fields.status].toLowerCase()}`,
    }));
    if (done) setAdding(false);
  };

  const save = async (source: FinancingSourceDto, fields: SourceFields) => {
    const body = sourceChanges(source, fields);
    if (Object.keys(body).length === 1) {
      setEditingId(null);
      return;
    }
    const done = await run(source.id, async () => ({
      kind: 'result',
      result: await client.call('updateFinancingSource', {
        params: { productionId, sourceId: source.id },
        body,
      }),
      doneText: `Saved ${fields.name}`,
    }));
    if (done) setEditingId(null);
  };

  const move = (source: FinancingSourceDto, to: FinancingStatus) =>
    void run(source.id, async () => ({
      kind: 'result',
      result: await client.call('moveFinancingSource', {
        params: { productionId, sourceId: source.id },
        body: { to, version: source.version },
      }),
      doneText: `${source.name} is ${FINANCING_STATUS_LABELS[to].toLowerCase()}`,
    }));

  return (
    <div className="stack financing-plan">
      <GapPanel plan={plan} />
      <FinancingOutcomeNotice outcome={outcome} onDismiss={() => setOutcome(null)} />
      <div className="financing-plan__bar">
        <p className="muted">
          {plan.sources.length === 0
            ? 'No sources yet.'
            : `${plan.sources.length} ${plan.sources.length === 1 ? 'source' : 'sources'}. Open a source for its terms, conditions and drawdowns.`}
        </p>
        {adding ? null : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setAdding(true);
              setEditingId(null);
            }}
            data-testid="add-source"
          >
            Add a source
          </button>
        )}
      </div>
      {adding ? (
        <section className="panel">
          <SourceForm
            mode="add"
            initial={emptyDraft(plan.budget?.currency ?? currency)}
            firstWeek={plan.plannedSpending.firstWeek}
            busy={busy === 'new'}
            onSubmit={(fields) => void add(fields)}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : null}
      {plan.sources.length === 0 ? (
        <EmptyState title="No sources of finance yet">
          Add the studio, equity, loans, incentives and pre-sales that pay for the picture.
        </EmptyState>
      ) : (
        <SourcesTable
          plan={plan}
          currency={plan.gap?.currency ?? plan.budget?.currency ?? currency}
          busyId={busy}
          onMove={move}
          editingId={editingId}
          onEdit={(source) => {
            setEditingId(source.id);
            setAdding(false);
          }}
          renderEditor={(source) => (
            <SourceForm
              key={`${source.id}:${source.version}`}
              mode="edit"
              initial={draftFromSource(source)}
              firstWeek={plan.plannedSpending.firstWeek}
              busy={busy === source.id}
              onSubmit={(fields) => void save(source, fields)}
              onCancel={() => setEditingId(null)}
            />
          )}
        />
      )}
    </div>
  );
};
