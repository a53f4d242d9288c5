import { useState } from 'react';
import { Field } from '../../ui/field';
import { formatRuleDate } from './format-rule-date';
import { RulesSection } from './rules-section';
import type { HolidayDraft, SettingsDraft, Weekday } from './settings-draft';

const WEEKDAYS: readonly { readonly value: Weekday; readonly label: string }[] = [
  { value: 1, label: 'Mon' },
  { value: 2, label: 'Tue' },
  { value: 3, label: 'Wed' },
  { value: 4, label: 'Thu' },
  { value: 5, label: 'Fri' },
  { value: 6, label: 'Sat' },
  { value: 7, label: 'Sun' },
];

type ShootCalendarSectionProps = {
  readonly draft: SettingsDraft;
  readonly onChange: (patch: Partial<SettingsDraft>) => void;
};

/** When the company shoots: the first shoot day, the working week, holidays and company days off. */
export const ShootCalendarSection = ({ draft, onChange }: ShootCalendarSectionProps) => {
  const [newHoliday, setNewHoliday] = useState<HolidayDraft>({ date: '', name: '' });
  const [newDayOff, setNewDayOff] = useState('');

  const toggleWeekday = (day: Weekday) =>
    onChange({
      workingWeekdays: draft.workingWeekdays.includes(day)
        ? draft.workingWeekdays.filter((d) => d !== day)
        : [...draft.workingWeekdays, day].sort((a, b) => a - b),
    });

  const addHoliday = () => {
    const name = newHoliday.name.trim();
    if (newHoliday.date === '' || name === '') return;
    onChange({
      holidays: [
        ...draft.holidays.filter((h) => h.date !== newHoliday.date),
        { date: newHoliday.date, name },
      ].sort((a, b) => a.date.localeCompare(b.date)),
    });
    setNewHoliday({ date: '', name: '' });
  };

  const addDayOff = () => {
    if (newDayOff === '') return;
    onChange({ daysOff: [...new Set([...draft.daysOff, newDayOff])].sort() });
    setNewDayOff('');
  };

  return (
    <RulesSection
      id="rules-calendar"
      title="Shoot calendar"
      help="The board numbers shoot days from the first shoot day, on working days only: holidays and company days off are skipped."
    >
      <div className="rules-row">
        <Field label="First shoot day">
          {(id) => (
            <input
              id={id}
              type="date"
              value={draft.firstShootDay}
              onChange={(e) => onChange({ firstShootDay: e.target.value })}
              required
            />
          )}
        </Field>
        <fieldset className="calendar-settings__weekdays rules-row__wide">
          <legend className="field__label">Working days</legend>
          {WEEKDAYS.map((day) => (
            <label key={day.value} className="weekday-toggle">
              <input
                type="checkbox"
                checked={draft.workingWeekdays.includes(day.value)}
                onChange={() => toggleWeekday(day.value)}
              />
              {day.label}
            </label>
          ))}
        </fieldset>
      </div>

      <div className="two-columns">
        <fieldset className="calendar-settings__list">
          <legend className="field__label">Holidays</legend>
          {draft.holidays.length === 0 ? <p className="muted">None</p> : null}
          <ul className="plain-list date-list" data-testid="holiday-list">
            {draft.holidays.map((h) => (
              <li key={h.date} className="date-list__item">
                <span className="date-list__date">{formatRuleDate(h.date)}</span>
                <span>{h.name}</span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onChange({ holidays: draft.holidays.filter((x) => x !== h) })}
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
          {draft.daysOff.length === 0 ? <p className="muted">None</p> : null}
          <ul className="plain-list date-list" data-testid="days-off-list">
            {draft.daysOff.map((d) => (
              <li key={d} className="date-list__item">
                <span className="date-list__date">{formatRuleDate(d)}</span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onChange({ daysOff: draft.daysOff.filter((x) => x !== d) })}
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
    </RulesSection>
  );
};
