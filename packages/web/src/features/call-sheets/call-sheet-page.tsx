import { useState } from 'react';
import { ApiError, type CallSheetDayDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { QueryView } from '../../ui/query-view';
import { publishedText, type CallSheetOutcome } from './call-sheet-outcome';
import { callSheetHref, callSheetPdfHref } from './call-sheet-views';
import type { CallSheetDetailsDto } from '@greenlight/contract';
import { CallSheetWorkspace } from './call-sheet-workspace';
import { DistributionTable } from './distribution-table';
import { formatLongDate } from '../../ui/format-time';

type CallSheetPageProps = {
  readonly productionId: string;
  readonly date: string;
  readonly timeZone: string;
};

const CONFLICT =
  'Someone changed this call sheet since you opened it. Reload to see their version (your unsaved changes here will be replaced).';

/** One shoot day: the details form beside the live preview, then publishing and who has the sheet. */
export const CallSheetPage = ({ productionId, date, timeZone }: CallSheetPageProps) => {
  const client = useClient();
  const query = useQuery(`call-sheet:${productionId}:${date}`, (c) =>
    c.call('callSheet', { params: { productionId, date } }),
  );
  const [outcome, setOutcome] = useState<CallSheetOutcome | null>(null);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);

  const run = async (
    kind: 'save' | 'publish',
    call: () => Promise<CallSheetOutcome>,
  ): Promise<boolean> => {
    setBusy(kind);
    setOutcome(null);
    try {
      setOutcome(await call());
      query.reload();
      return true;
    } catch (error) {
      setOutcome(
        error instanceof ApiError && error.status === 409
          ? { kind: 'conflict', message: CONFLICT }
          : { kind: 'error', message: describeError(error) },
      );
      return false;
    } finally {
      setBusy(null);
    }
  };

  const save = (day: CallSheetDayDto, details: CallSheetDetailsDto) =>
    run('save', async () => ({
      kind: 'result',
      result: await client.call('saveCallSheet', {
        params: { productionId, date },
        body: { version: day.version, details },
      }),
      doneText: `Saved the call sheet for day ${day.dayNumber}`,
    }));

  const publish = (day: CallSheetDayDto) =>
    run('publish', async () => {
      const result = await client.call('publishCallSheet', {
        params: { productionId, date },
        body: { version: day.version },
      });
      return {
        kind: 'result',
        result,
        doneText: result.outcome === 'allowed' ? publishedText(result.result) : '',
      };
    });

  const reload = () => {
    setOutcome(null);
    query.reload();
  };

  return (
    <div className="stack cs-page">
      <Link to={callSheetHref(productionId, { view: 'days' })} className="cs-back">
        ← All shoot days
      </Link>
      <QueryView query={query} loadingLabel="Building the call sheet…">
        {(day) => (
          <>
            <header className="cs-page__header">
              <div>
                <h2 data-testid="call-sheet-title">
                  Day {day.dayNumber} of {day.totalDays}
                </h2>
                <p className="muted">{formatLongDate(day.date)}</p>
              </div>
              <div className="cs-page__actions">
                <a
                  className="button"
                  href={callSheetPdfHref(productionId, day.date)}
                  data-testid="call-sheet-pdf"
                  title={
                    day.latest === null
                      ? 'A draft preview: nothing has been published yet'
                      : `Revision ${day.latest.revision}, as it went out`
                  }
                  download
                >
                  Download PDF
                </a>
              </div>
            </header>
            <CallSheetWorkspace
              key={`${day.date}:${day.version}`}
              day={day}
              timeZone={timeZone}
              busy={busy}
              outcome={outcome}
              onSave={(details) => save(day, details)}
              onPublish={() => publish(day)}
              onReload={reload}
              onDismiss={() => setOutcome(null)}
            />
            <DistributionTable issue={day.latest} timeZone={timeZone} />
          </>
        )}
      </QueryView>
    </div>
  );
};
