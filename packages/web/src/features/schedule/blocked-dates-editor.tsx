import { useState } from 'react';
import { formatRuleDate } from './format-rule-date';

type BlockedDatesEditorProps = {
  /** Whose dates these are, for the labels: "MARGOT". */
  readonly owner: string;
  readonly dates: readonly string[];
  readonly onChange: (dates: readonly string[]) => void;
};

/** Dates someone cannot work inside their window, as removable chips, and a date field to add one. */
export const BlockedDatesEditor = ({ owner, dates, onChange }: BlockedDatesEditorProps) => {
  const [date, setDate] = useState('');
  const add = () => {
    if (date === '') return;
    onChange([...new Set([...dates, date])].sort());
    setDate('');
  };
  return (
    <div className="date-chips">
      {dates.length > 0 ? (
        <ul className="date-chips__list" aria-label={`Blocked dates of ${owner}`}>
          {dates.map((d) => (
            <li key={d} className="date-chip" data-testid="blocked-date" data-date={d}>
              {formatRuleDate(d)}
              <button
                type="button"
                className="date-chip__remove"
                onClick={() => onChange(dates.filter((x) => x !== d))}
                aria-label={`Unblock ${formatRuleDate(d)} for ${owner}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="date-chips__add">
        <input
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the date here instead of saving the whole page.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          aria-label={`Blocked date for ${owner}`}
        />
        <button
          type="button"
          className="button button--small"
          onClick={add}
          disabled={date === ''}
          aria-label={`Block the date for ${owner}`}
        >
          Block
        </button>
      </div>
    </div>
  );
};
