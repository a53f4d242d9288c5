import type {
  ProductionReportDayDto,
  ProductionReportDto,
  ProductionReportEntryDto,
} from '@greenlight/contract';
import { CsInput } from '../call-sheets/cs-input';
import { RemoveButton } from '../call-sheets/remove-button';
import { ReportCastGrid } from './report-cast-grid';
import { timeOrNull } from './report-format';
import { ReportScenesTable } from './report-scenes-table';

type Entry = ProductionReportEntryDto;

type ReportFormProps = {
  readonly day: ProductionReportDayDto;
  /** The report as it stands (the live preview while editing): its scenes and cast label the rows. */
  readonly report: ProductionReportDto;
  readonly entry: Entry;
  readonly onChange: (next: Entry) => void;
};

/** Replaces item `index` of a list with `patch` applied. */
const patchAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));
const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** A whole number typed in a box; anything else counts as 0 (the server refuses what is out of range). */
const wholeNumber = (text: string): number => {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value >= 0 ? value : 0;
};

const UNIT_TIMES = [
  ['crewCall', 'Crew call'],
  ['firstShot', 'First shot'],
  ['firstMealOut', '1st meal out'],
  ['firstMealIn', '1st meal in'],
  ['secondMealOut', '2nd meal out'],
  ['secondMealIn', '2nd meal in'],
  ['cameraWrap', 'Camera wrap'],
  ['companyWrap', 'Company wrap'],
] as const;

/** What happened on the day, section by section, in the order the report prints. */
export const ReportForm = ({ day, report, entry, onChange }: ReportFormProps) => {
  const set = (patch: Partial<Entry>) => onChange({ ...entry, ...patch });
  return (
    <div className="cs-sections">
      <fieldset className="cs-section">
        <legend>Times</legend>
        <p className="muted pr-hint">
          HH:MM; after midnight keep counting (01:30 the next morning is 25:30).
        </p>
        <div className="pr-grid pr-grid--times">
          {UNIT_TIMES.map(([key, label]) => (
            <CsInput
              key={key}
              label={label}
              value={entry.times[key] ?? ''}
              placeholder="HH:MM"
              inputMode="numeric"
              onChange={(value) => set({ times: { ...entry.times, [key]: timeOrNull(value) } })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Scenes</legend>
        <ReportScenesTable
          entry={entry}
          scenes={report.scenes}
          scriptScenes={day.scriptScenes}
          onChange={(scenes) => set({ scenes })}
        />
        <div className="pr-grid">
          <CsInput
            label="Camera rolls"
            value={entry.cameraRolls}
            placeholder="A001–A006"
            onChange={(cameraRolls) => set({ cameraRolls })}
          />
          <CsInput
            label="Sound rolls"
            value={entry.soundRolls}
            placeholder="S001"
            onChange={(soundRolls) => set({ soundRolls })}
          />
        </div>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Cast times</legend>
        <ReportCastGrid entry={entry} cast={report.cast} onChange={(cast) => set({ cast })} />
      </fieldset>

      <fieldset className="cs-section">
        <legend>Crew and background</legend>
        {entry.crew.map((crew, i) => (
          <div className="pr-row" key={i} data-testid="crew-count-row">
            <CsInput
              label={`Department ${i + 1}`}
              shortLabel="Department"
              hideLabel={i > 0}
              value={crew.department}
              onChange={(department) => set({ crew: patchAt(entry.crew, i, { department }) })}
            />
            <CsInput
              label={`${crew.department || `Department ${i + 1}`} count`}
              shortLabel="Count"
              hideLabel={i > 0}
              inputMode="numeric"
              value={String(crew.count)}
              onChange={(count) =>
                set({ crew: patchAt(entry.crew, i, { count: wholeNumber(count) }) })
              }
            />
            <RemoveButton
              label={`Remove ${crew.department || 'this department'}`}
              onClick={() => set({ crew: removeAt(entry.crew, i) })}
            />
          </div>
        ))}
        <div className="pr-row">
          <button
            type="button"
            className="button button--small pr-add"
            onClick={() => set({ crew: [...entry.crew, { department: '', count: 0 }] })}
          >
            Add a department
          </button>
          <CsInput
            label="Background"
            inputMode="numeric"
            value={String(entry.background)}
            onChange={(background) => set({ background: wholeNumber(background) })}
          />
        </div>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Delays</legend>
        {entry.delays.length === 0 ? <p className="muted">No delays.</p> : null}
        {entry.delays.map((delay, i) => (
          <div className="pr-row" key={i} data-testid="delay-row">
            <CsInput
              label={`Delay ${i + 1} minutes`}
              shortLabel="Minutes"
              inputMode="numeric"
              className="pr-narrow"
              value={String(delay.minutes)}
              onChange={(minutes) =>
                set({ delays: patchAt(entry.delays, i, { minutes: wholeNumber(minutes) }) })
              }
            />
            <CsInput
              label={`Delay ${i + 1} reason`}
              shortLabel="Reason"
              className="pr-wide"
              value={delay.reason}
              onChange={(reason) => set({ delays: patchAt(entry.delays, i, { reason }) })}
            />
            <RemoveButton
              label={`Remove delay ${i + 1}`}
              onClick={() => set({ delays: removeAt(entry.delays, i) })}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button--small pr-add"
          onClick={() => set({ delays: [...entry.delays, { minutes: 15, reason: '' }] })}
        >
          Add a delay
        </button>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Incidents and accidents</legend>
        {entry.incidents.length === 0 ? <p className="muted">No incidents.</p> : null}
        {entry.incidents.map((incident, i) => (
          <div className="pr-row" key={i} data-testid="incident-row">
            <CsInput
              label={`Incident ${i + 1} time`}
              shortLabel="Time"
              className="pr-narrow"
              placeholder="HH:MM"
              value={incident.time ?? ''}
              onChange={(time) =>
                set({ incidents: patchAt(entry.incidents, i, { time: timeOrNull(time) }) })
              }
            />
            <CsInput
              label={`Incident ${i + 1}: what happened`}
              shortLabel="What happened"
              className="pr-wide"
              value={incident.description}
              onChange={(description) =>
                set({ incidents: patchAt(entry.incidents, i, { description }) })
              }
            />
            <RemoveButton
              label={`Remove incident ${i + 1}`}
              onClick={() => set({ incidents: removeAt(entry.incidents, i) })}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button--small pr-add"
          onClick={() => set({ incidents: [...entry.incidents, { time: null, description: '' }] })}
        >
          Add an incident
        </button>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Notes</legend>
        <CsInput
          label="Notes"
          hideLabel
          multiline
          value={entry.notes}
          onChange={(notes) => set({ notes })}
          placeholder="Equipment problems, special equipment, department notes"
        />
      </fieldset>
    </div>
  );
};
