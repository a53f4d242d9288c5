import { useState } from 'react';
import {
  ApiError,
  type ProductionReportDayDto,
  type ProductionReportEntryDto,
} from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { QueryView } from '../../ui/query-view';
import { productionReportHref, productionReportPdfHref } from './production-report-views';
import { ReportOutcomeNotice, type ReportBusy, type ReportOutcome } from './report-outcome';
import { ReportStatusPill } from './report-status-pill';
import { ReportWorkspace } from './report-workspace';
import { formatLongDate } from '../../ui/format-time';

type ProductionReportPageProps = {
  readonly productionId: string;
  readonly date: string;
  readonly timeZone: string;
  /** Whether the signed-in user is the UPM, who signs by default: others are offered to ask. */
  readonly isUpm: boolean;
};

const CONFLICT =
  'Someone changed this report since you opened it. Reload to see their version (your unsaved changes here will be replaced).';

const STEP_ROUTES = {
  submit: 'submitProductionReport',
  sign: 'signProductionReport',
  correct: 'correctProductionReport',
} as const;

const STEP_DONE = {
  submit: 'Submitted for signature',
  sign: 'Signed: the report is now the record of the day',
  correct: 'Correction started: edit the report and submit it again',
} as const;

/** One shoot day's report: the form beside the live totals, then submitting and signing. */
export const ProductionReportPage = ({
  productionId,
  date,
  timeZone,
  isUpm,
}: ProductionReportPageProps) => {
  const client = useClient();
  const query = useQuery(`production-report:${productionId}:${date}`, (c) =>
    c.call('productionReport', { params: { productionId, date } }),
  );
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [busy, setBusy] = useState<ReportBusy>(null);

  const run = async (
    kind: Exclude<ReportBusy, null>,
    call: () => Promise<ReportOutcome>,
  ): Promise<boolean> => {
    setBusy(kind);
    setOutcome(null);
    try {
      setOutcome(await call());
      query.reload();
      return true;
    } catch (error) {
      setOutcome(
        error instanceof ApiError && error.status === 409 && /load it again/.test(error.message)
          ? { kind: 'conflict', message: CONFLICT }
          : { kind: 'error', message: describeError(error) },
      );
      return false;
    } finally {
      setBusy(null);
    }
  };

  const save = (day: ProductionReportDayDto, entry: ProductionReportEntryDto) =>
    run('save', async () => ({
      kind: 'result',
      result: await client.call('saveProductionReport', {
        params: { productionId, date },
        body: { version: day.version, entry },
      }),
      doneText: `Saved the production report for day ${day.dayNumber}`,
    }));

  const step = (day: ProductionReportDayDto, kind: keyof typeof STEP_ROUTES) =>
    run(kind, async () => ({
      kind: 'result',
      result: await client.call(STEP_ROUTES[kind], {
        params: { productionId, date },
        body: { version: day.version },
      }),
      doneText: STEP_DONE[kind],
    }));

  const reload = () => {
    setOutcome(null);
    query.reload();
  };

  return (
    <div className="stack cs-page">
      <Link to={productionReportHref(productionId, { view: 'days' })} className="cs-back">
        ← All shoot days
      </Link>
      <QueryView query={query} loadingLabel="Building the production report…">
        {(day) => (
          <>
            <header className="cs-page__header">
              <div>
                <h2 data-testid="production-report-title">
                  Daily production report · Day {day.dayNumber} of {day.totalDays}
                </h2>
                <p className="muted">
                  {formatLongDate(day.date)} ·{' '}
                  <span data-testid="production-report-status" data-status={day.status}>
                    <ReportStatusPill status={day.status} revision={day.revision} />
                  </span>
                </p>
              </div>
              <div className="cs-page__actions">
                <a
                  className="button"
                  href={productionReportPdfHref(productionId, day.date)}
                  data-testid="production-report-pdf"
                  download
                >
                  Download PDF
                </a>
              </div>
            </header>
            <ReportOutcomeNotice
              outcome={outcome}
              onReload={reload}
              onDismiss={() => setOutcome(null)}
            />
            <ReportWorkspace
              key={`${day.date}:${day.version}`}
              day={day}
              productionId={productionId}
              timeZone={timeZone}
              isUpm={isUpm}
              busy={busy}
              onSave={(entry) => save(day, entry)}
              onStep={(kind) => step(day, kind)}
            />
          </>
        )}
      </QueryView>
    </div>
  );
};
