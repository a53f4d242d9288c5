import { useQuery } from '../../api/use-query';
import { QueryView } from '../../ui/query-view';
import type { ReportOutcome } from './schedule-outcome';
import { ScheduleSettingsForm } from './schedule-settings-form';
import { useRuleSubjects } from './use-rule-subjects';

type CalendarSettingsViewProps = {
  readonly productionId: string;
  readonly currency: string;
  readonly report: ReportOutcome;
};

/**
 * The shoot calendar and the scheduling rules (day limits, cast and location availability, scene order, same-day
 * groups, estimated times) on one page with one Save, and the iCalendar files of the shooting board.
 */
export const CalendarSettingsView = ({
  productionId,
  currency,
  report,
}: CalendarSettingsViewProps) => {
  const query = useQuery(`schedule-settings:${productionId}`, (client) =>
    client.call('scheduleSettings', { params: { productionId } }),
  );
  const subjects = useRuleSubjects(productionId);
  const base = `/api/v1/productions/${productionId}/schedule`;
  return (
    <div className="stack">
      <QueryView query={query} loadingLabel="Loading the calendar and rules…">
        {(settings) => (
          <ScheduleSettingsForm
            key={settings.version}
            settings={settings}
            subjects={subjects}
            productionId={productionId}
            currency={currency}
            report={report}
            onSaved={query.reload}
          />
        )}
      </QueryView>
      <section className="panel" aria-labelledby="ics-heading">
        <h2 id="ics-heading">Calendars</h2>
        <p className="muted">
          Subscribe in a calendar app, or download: one all-day event per shoot day of the shooting
          board.
        </p>
        <div className="form__actions calendar-links">
          <a className="button" href={`${base}/calendar.ics`} download data-testid="calendar-ics">
            Shoot calendar (.ics)
          </a>
          <a
            className="button"
            href={`${base}/my-calendar.ics`}
            download
            data-testid="my-calendar-ics"
          >
            My days (.ics)
          </a>
        </div>
      </section>
    </div>
  );
};
