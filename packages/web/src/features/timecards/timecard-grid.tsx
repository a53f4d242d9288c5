import type { TimecardDto } from '@greenlight/contract';
import { formatAmount } from '../../ui/money';
import { TIME_FIELDS, type DayDraft, type DayKindChoice, type TimeField } from './timecard-draft';
import { dayLabel, hoursLabel } from './timecard-week';

const FIELD_LABELS: Readonly<Record<TimeField, string>> = {
  call: 'Call',
  meal1Out: 'Meal out',
  meal1In: 'Meal in',
  meal2Out: '2nd meal out',
  meal2In: '2nd meal in',
  wrap: 'Wrap',
};

const KINDS: readonly { value: DayKindChoice; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'work', label: 'Worked' },
  { value: 'travel', label: 'Travel' },
  { value: 'idle', label: 'Idle (on hold)' },
  { value: 'holiday', label: 'Holiday' },
];

type TimecardGridProps = {
  readonly rows: readonly DayDraft[];
  readonly editable: boolean;
  readonly errors: Readonly<Record<string, string>>;
  readonly computed: TimecardDto['computed'];
  readonly onChange: (rows: DayDraft[]) => void;
};

/** The week, Sunday to Saturday: a row per day with its kind, times, and the hours and pay worked out. */
export const TimecardGrid = ({ rows, editable, errors, computed, onChange }: TimecardGridProps) => {
  const set = (index: number, patch: Partial<DayDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="table-wrap">
      <table className="table tc-grid" data-testid="timecard-grid">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Worked</th>
            {TIME_FIELDS.map((field) => (
              <th key={field} scope="col">
                {FIELD_LABELS[field]}
              </th>
            ))}
            <th scope="col" className="num">
              Hours
            </th>
            <th scope="col" className="num">
              Pay
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const day = computed?.days.find((d) => d.date === row.date);
            const timed = row.kind === 'work' || row.kind === 'travel';
            return (
              <tr key={row.date} data-testid="timecard-day" data-date={row.date}>
                <th scope="row">{dayLabel(row.date)}</th>
                <td>
                  <select
                    aria-label={`${dayLabel(row.date)}: worked, off or travel`}
                    value={row.kind}
                    disabled={!editable}
                    data-testid="day-kind"
                    onChange={(event) => set(index, { kind: event.target.value as DayKindChoice })}
                  >
                    {KINDS.map((kind) => (
                      <option key={kind.value} value={kind.value}>
                        {kind.label}
                      </option>
                    ))}
                  </select>
                </td>
                {TIME_FIELDS.map((field) => {
                  const error = errors[`${row.date}.${field}`];
                  return (
                    <td key={field}>
                      <input
                        className={error ? 'tc-time tc-time--error' : 'tc-time'}
                        aria-label={`${dayLabel(row.date)} ${FIELD_LABELS[field]}`}
                        aria-invalid={error ? true : undefined}
                        title={error}
                        placeholder="hh:mm"
                        inputMode="numeric"
                        value={row[field]}
                        disabled={!editable || !timed}
                        data-testid={`day-${field}`}
                        onChange={(event) => set(index, { [field]: event.target.value })}
                      />
                    </td>
                  );
                })}
                <td className="num" data-testid="day-hours">
                  {day === undefined ? '' : hoursLabel(day.paidMinutes)}
                </td>
                <td className="num">
                  {day === undefined || computed === null
                    ? ''
                    : formatAmount(day.amount, computed.currency)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
