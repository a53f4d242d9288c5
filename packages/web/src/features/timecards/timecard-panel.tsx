import { useMemo, useState } from 'react';
import type { ActionResultDto, TimecardDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { ActionResultNotice } from '../approvals/action-result-notice';
import { EmptyState, ErrorMessage, Notice } from '../../ui/feedback';
import { formatInstant } from '../../ui/format-time';
import { QueryView } from '../../ui/query-view';
import { PayLinesTable } from './pay-lines-table';
import { TimecardApprovalBar } from './timecard-approval-bar';
import { daysFromDraft, draftFromDays, type DayDraft } from './timecard-draft';
import { TimecardGrid } from './timecard-grid';
import { TimecardStatusPill } from './timecard-status-pill';
import { weekDates } from './timecard-week';

type TimecardPanelProps = {
  readonly productionId: string;
  readonly personId: string;
  readonly weekStart: string;
  readonly timeZone: string;
  readonly heading: string;
  /** After a save, a signature or a return: the week's list changes too. */
  readonly onChanged: () => void;
};

/** One person's card for the week: the grid, the pay lines with their rules, and the approval chain. */
export const TimecardPanel = (props: TimecardPanelProps) => {
  const { productionId, personId, weekStart } = props;
  const query = useQuery(`timecard:${productionId}:${personId}:${weekStart}`, (client) =>
    client.call('timecard', { params: { productionId, personId, weekStart } }),
  );
  return (
    <QueryView query={query} loadingLabel="Loading the timecard…">
      {(card) => (
        <TimecardCard
          key={`${card.personId}:${card.weekStart}:${card.version}`}
          {...props}
          card={card}
          onReload={() => {
            query.reload();
            props.onChanged();
          }}
        />
      )}
    </QueryView>
  );
};

type Outcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'error'; readonly message: string };

const TimecardCard = ({
  productionId,
  personId,
  weekStart,
  timeZone,
  heading,
  card,
  onReload,
}: TimecardPanelProps & { readonly card: TimecardDto; readonly onReload: () => void }) => {
  const client = useClient();
  const loaded = useMemo(() => draftFromDays(weekDates(weekStart), card.days), [card, weekStart]);
  const [rows, setRows] = useState<DayDraft[]>(loaded);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const changed = JSON.stringify(rows) !== JSON.stringify(loaded);
  const params = { productionId, personId, weekStart };

  const run = async (doneText: string, call: () => Promise<ActionResultDto>) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await call();
      setOutcome({ kind: 'result', result, doneText });
      onReload();
    } catch (error) {
      setOutcome({ kind: 'error', message: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const parsed = daysFromDraft(rows);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setOutcome({
        kind: 'error',
        message: 'Some times need fixing: they are marked in the grid.',
      });
      return;
    }
    setErrors({});
    void run('Timecard saved; the pay below is worked out again', () =>
      client.call('saveTimecard', { params, body: { version: card.version, days: parsed.days } }),
    );
  };

  return (
    <section className="panel tc-card" aria-labelledby="tc-card-heading" data-testid="timecard">
      <div className="tc-card__head">
        <div>
          <h2 id="tc-card-heading">{heading}</h2>
          <p className="muted" data-testid="timecard-deal">
            {card.name}
            {card.deal === null
              ? ''
              : ` · ${card.deal.title || 'No title'}${card.deal.department ? ` · ${DEPARTMENT_LABELS[card.deal.department]}` : ''} · account ${card.deal.accountNumber} · ${card.deal.agreementName}`}
          </p>
        </div>
        <TimecardStatusPill status={card.version === 0 ? 'none' : card.status} />
      </div>
      {card.returned !== null ? (
        <Notice tone="warning">
          <span data-testid="timecard-returned">
            Sent back by {card.returned.by} on {formatInstant(card.returned.at, timeZone)}:{' '}
            {card.returned.reason}
          </span>
        </Notice>
      ) : null}
      {outcome === null ? null : outcome.kind === 'result' ? (
        <ActionResultNotice result={outcome.result} doneText={outcome.doneText} />
      ) : (
        <ErrorMessage>{outcome.message}</ErrorMessage>
      )}
      {card.deal === null ? (
        <EmptyState title="No deal yet">
          The production office sets the agreement, rate and budget account before a timecard can be
          entered.
        </EmptyState>
      ) : (
        <>
          <TimecardGrid
            rows={rows}
            editable={card.may.edit && !busy}
            errors={errors}
            computed={changed ? null : card.computed}
            onChange={setRows}
          />
          {card.may.edit ? (
            <div className="tc-card__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={busy || !changed}
                onClick={save}
                data-testid="save-timecard"
              >
                {busy ? 'Saving…' : 'Save times'}
              </button>
              {changed ? <span className="muted">Unsaved changes</span> : null}
            </div>
          ) : null}
          {card.problem !== null ? (
            <p className="muted" data-testid="timecard-problem">
              {card.problem}
            </p>
          ) : null}
          {card.computed !== null && !changed ? <PayLinesTable computed={card.computed} /> : null}
          <TimecardApprovalBar
            card={card}
            busy={busy || changed}
            onSign={() =>
              void run(
                card.nextStep?.id === 'production-accountant'
                  ? 'Approved: the pay is posted to the budget'
                  : 'Signed',
                () => client.call('signTimecard', { params, body: { version: card.version } }),
              )
            }
            onReturn={(reason) =>
              void run('Sent back with your reason', () =>
                client.call('returnTimecard', {
                  params,
                  body: { version: card.version, reason },
                }),
              )
            }
          />
        </>
      )}
    </section>
  );
};
