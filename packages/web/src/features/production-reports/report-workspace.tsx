import { useMemo, useState } from 'react';
import type { ProductionReportDayDto, ProductionReportEntryDto } from '@greenlight/contract';
import { formatInstant } from '../../ui/format-time';
import { ReportForm } from './report-form';
import type { ReportBusy } from './report-outcome';
import { ReportSignPanel } from './report-sign-panel';
import { ReportTotals } from './report-totals';
import { useReportPreview } from './use-report-preview';

type ReportWorkspaceProps = {
  readonly day: ProductionReportDayDto;
  readonly productionId: string;
  readonly timeZone: string;
  readonly isUpm: boolean;
  readonly busy: ReportBusy;
  readonly onSave: (entry: ProductionReportEntryDto) => Promise<boolean>;
  readonly onStep: (kind: 'submit' | 'sign' | 'correct') => Promise<boolean>;
};

/**
 * The form and the totals of one loaded version of the day (remounted when a save brings a new version, so
 * the form then shows what the server kept). A signed report is shown read-only.
 */
export const ReportWorkspace = ({
  day,
  productionId,
  timeZone,
  isUpm,
  busy,
  onSave,
  onStep,
}: ReportWorkspaceProps) => {
  const [entry, setEntry] = useState<ProductionReportEntryDto>(day.entry);
  const loadedKey = useMemo(() => JSON.stringify(day.entry), [day.entry]);
  const changed = JSON.stringify(entry) !== loadedKey;
  const readOnly = day.status === 'signed';
  const preview = useReportPreview(productionId, day.date, entry, changed);
  const report = changed ? (preview.report ?? day.report) : day.report;

  return (
    <div className="cs-workspace pr-workspace">
      <form
        className="cs-form panel"
        aria-label="Production report"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (changed && !readOnly) void onSave(entry);
        }}
      >
        <div className="cs-savebar" data-testid="save-bar">
          <span className="cs-savebar__state" data-testid="save-state">
            {readOnly ? (
              'Signed — read-only'
            ) : changed ? (
              <strong>Unsaved changes</strong>
            ) : day.version === 0 ? (
              'From the call sheet — not saved yet'
            ) : (
              <>
                Saved
                {day.updatedBy === null ? '' : ` by ${day.updatedBy}`}
                {day.updatedAt === null ? '' : `, ${formatInstant(day.updatedAt, timeZone)}`}
              </>
            )}
          </span>
          {readOnly ? null : (
            <span className="cs-savebar__actions">
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={!changed || busy !== null}
                onClick={() => setEntry(day.entry)}
              >
                Discard
              </button>
              <button
                type="submit"
                className="button button--primary button--small"
                disabled={!changed || busy !== null}
                data-testid="save-production-report"
              >
                {busy === 'save' ? 'Saving…' : 'Save'}
              </button>
            </span>
          )}
        </div>
        <fieldset className="pr-fieldset" disabled={readOnly}>
          <ReportForm day={day} report={report} entry={entry} onChange={setEntry} />
        </fieldset>
      </form>
      <div className="cs-side">
        <ReportSignPanel
          day={day}
          timeZone={timeZone}
          changed={changed}
          isUpm={isUpm}
          busy={busy}
          onStep={(kind) => void onStep(kind)}
        />
        <ReportTotals report={report} problem={preview.problem} unsaved={changed} />
      </div>
    </div>
  );
};
