import { useState, type FormEvent } from 'react';
import type { ScheduleSettingsDto } from '@greenlight/contract';
import { formatEighths } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { Field } from '../../ui/field';
import { MoneyInput } from '../../ui/money-input';
import { minorToInput, parseMoney } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { formatBoardDate } from './board-date';
import { parseEighths } from './parse-eighths';
import type { ReportOutcome } from './schedule-outcome';

type CalendarSettingsViewProps = {
  readonly productionId: string;
  readonly currency: string;
  readonly report: ReportOutcome;
};

/** The shoot calendar and the day length, with the iCalendar files of the shooting board. */
export const CalendarSettingsView = ({
  productionId,
  currency,
  report,
}: CalendarSettingsViewProps) => {
  const query = useQuery(`schedule-settings:${productionId}`, (client) =>
    client.call('scheduleSettings', { params: { productionId } }),
  );
  const base = `/api/v1/productions/${productionId}/schedule`;
  return (
    <div className="stack">
      <QueryView query={query} loadingLabel="Loading the calendar…">
        {(settings) => (
          <CalendarSettingsForm
            key={settings.version}
            settings={settings}
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

const WEEKDAYS = [
  { value: 1, label: 'Mon' },
  { value: 2, label: 'Tue' },
  { value: 3, label: 'Wed' },
  { value: 4, label: 'Thu' },
  { value: 5, label: 'Fri' },
  { value: 6, label: 'Sat' },
  { value: 7, label: 'Sun' },
] as const;

type Weekday = (typeof WEEKDAYS)[number]['value'];
type Holiday = { readonly date: string; readonly name: string };

type FormProps = {
  readonly settings: ScheduleSettingsDto;
  readonly productionId: string;
  readonly currency: string;
  readonly report: ReportOutcome;
  readonly onSaved: () => void;
};

const CalendarSettingsForm = ({ settings, productionId, currency, report, onSaved }: FormProps) => {
  const client = useClient();
  const [firstShootDay, setFirstShootDay] = useState<string>(settings.calendar.firstShootDay);
  const [weekdays, setWeekdays] = useState<readonly Weekday[]>(settings.calendar.workingWeekdays);
  const [holidays, setHolidays] = useState<readonly Holiday[]>(settings.calendar.holidays);
  const [daysOff, setDaysOff] = useState<readonly string[]>(settings.calendar.daysOff);
  const [maxPages, setMaxPages] = useState(formatEighths(settings.maxEighthsPerDay));
  const [moveCost, setMoveCost] = useState(minorToInput(settings.companyMoveCost, currency));
  const [newHoliday, setNewHoliday] = useState<Holiday>({ date: '', name: '' });
  const [newDayOff, setNewDayOff] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const eighths = parseEighths(maxPages);

  const toggleWeekday = (day: Weekday) =>
    setWeekdays((current) =>
      current.includes(day)
        ? current.filter((d) => d !== day)
        : [...current, day].sort((a, b) => a - b),
    );

  const addHoliday = () => {
    const name = newHoliday.name.trim();
    if (newHoliday.date === '' || name === '') return;
    setHolidays((current) =>
      [...current.filter((h) => h.date !== newHoliday.date), { date: newHoliday.date, name }].sort(
        (a, b) => a.date.localeCompare(b.date),
      ),
    );
    setNewHoliday({ date: '', name: '' });
  };

  const addDayOff = () => {
    if (newDayOff === '') return;
    setDaysOff((current) => [...new Set([...current, newDayOff])].sort());
    setNewDayOff('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (eighths === null || eighths < 1) {
      setError('Write the most a day holds in pages, like 5 or 4 6/8');
      return;
    }
    if (weekdays.length === 0) {
      setError('The company works at least one day a week');
      return;
    }
    const cost =
      moveCost.trim() === '' ? ({ ok: true, value: 0 } as const) : parseMoney(moveCost, currency);
    if (!cost.ok) {
      setError(`Company move cost: ${cost.error}`);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const result = await client.call('updateScheduleSettings', {
        params: { productionId },
        body: {
          calendar: {
            firstShootDay,
            workingWeekdays: [...weekdays],
            holidays: [...holidays],
            daysOff: [...daysOff],
          },
          maxEighthsPerDay: eighths,
          companyMoveCost: cost.value,
          dropPickupAfterDays: settings.dropPickupAfterDays,
          sceneOrder: settings.sceneOrder,
          castAvailability: settings.castAvailability,
          locationAvailability: settings.locationAvailability,
          ...(settings.saved ? { version: settings.version } : {}),
        },
      });
      report({ kind: 'result', result, doneText: 'Saved the shoot calendar' });
      onSaved();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form calendar-settings"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="calendar-heading"
    >
      <div className="panel__bar panel__bar--plain">
        <h2 id="calendar-heading">Shoot calendar</h2>
        {settings.saved ? null : (
          <span className="muted" data-testid="settings-defaults">
            The defaults: nobody has saved a calendar yet
          </span>
        )}
      </div>
      <div className="calendar-settings__grid">
        <Field label="First shoot day">
          {(id) => (
            <input
              id={id}
              type="date"
              value={firstShootDay}
              onChange={(e) => setFirstShootDay(e.target.value)}
              required
            />
          )}
        </Field>
        <Field
          label="Most pages a day"
          hint={eighths === null ? 'Like 5 or 4 6/8' : `${eighths} eighths`}
        >
          {(id, hint) => (
            <input
              id={id}
              type="text"
              value={maxPages}
              onChange={(e) => setMaxPages(e.target.value)}
              aria-describedby={hint}
              aria-invalid={eighths === null || undefined}
              className="input--short"
            />
          )}
        </Field>
        <MoneyInput
          label="Company move cost"
          currency={currency}
          value={moveCost}
          onChange={setMoveCost}
          hint="What returning to a set already left costs"
        />
      </div>

      <fieldset className="calendar-settings__weekdays">
        <legend className="field__label">Working days</legend>
        {WEEKDAYS.map((day) => (
          <label key={day.value} className="weekday-toggle">
            <input
              type="checkbox"
              checked={weekdays.includes(day.value)}
              onChange={() => toggleWeekday(day.value)}
            />
            {day.label}
          </label>
        ))}
      </fieldset>

      <div className="two-columns">
        <fieldset className="calendar-settings__list">
          <legend className="field__label">Holidays</legend>
          {holidays.length === 0 ? <p className="muted">None</p> : null}
          <ul className="plain-list date-list" data-testid="holiday-list">
            {holidays.map((h) => (
              <li key={h.date} className="date-list__item">
                <span className="date-list__date">
                  {formatBoardDate(h.date)} {h.date.slice(0, 4)}
                </span>
                <span>{h.name}</span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setHolidays((current) => current.filter((x) => x.date !== h.date))}
                  aria-label={`Remove the holiday ${h.name}`}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="date-list__add">
            <input
              type="date"
              value={newHoliday.date}
              onChange={(e) => setNewHoliday((h) => ({ ...h, date: e.target.value }))}
              aria-label="Holiday date"
            />
            <input
              type="text"
              value={newHoliday.name}
              maxLength={100}
              onChange={(e) => setNewHoliday((h) => ({ ...h, name: e.target.value }))}
              aria-label="Holiday name"
              placeholder="Memorial Day"
            />
            <button type="button" className="button button--small" onClick={addHoliday}>
              Add holiday
            </button>
          </div>
        </fieldset>
        <fieldset className="calendar-settings__list">
          <legend className="field__label">Company days off</legend>
          {daysOff.length === 0 ? <p className="muted">None</p> : null}
          <ul className="plain-list date-list" data-testid="days-off-list">
            {daysOff.map((d) => (
              <li key={d} className="date-list__item">
                <span className="date-list__date">
                  {formatBoardDate(d)} {d.slice(0, 4)}
                </span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setDaysOff((current) => current.filter((x) => x !== d))}
                  aria-label={`Remove the day off ${d}`}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="date-list__add">
            <input
              type="date"
              value={newDayOff}
              onChange={(e) => setNewDayOff(e.target.value)}
              aria-label="Day off"
            />
            <button type="button" className="button button--small" onClick={addDayOff}>
              Add day off
            </button>
          </div>
        </fieldset>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="save-calendar"
        >
          {busy ? 'Saving…' : 'Save the calendar'}
        </button>
      </div>
    </form>
  );
};
