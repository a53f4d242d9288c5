import { Field } from '../../ui/field';
import { MoneyInput } from '../../ui/money-input';
import { parseEighths } from './parse-eighths';
import { formatHours, parseHours } from './parse-hours';
import { RulesSection } from './rules-section';
import type { SettingsDraft } from './settings-draft';

type DayLimitsSectionProps = {
  readonly draft: SettingsDraft;
  readonly currency: string;
  readonly onChange: (patch: Partial<SettingsDraft>) => void;
};

const pagesHint = (text: string): string => {
  const eighths = parseEighths(text);
  if (eighths === null) return 'Like 5 or 4 6/8';
  return `${eighths} ${eighths === 1 ? 'eighth' : 'eighths'}`;
};

const hoursHint = (text: string): string => {
  if (text.trim() === '') return 'Blank: only pages count';
  const minutes = parseHours(text);
  return minutes === null ? 'Like 10 or 9 h 30 min' : `${formatHours(minutes)} of shooting`;
};

/** How much a shoot day holds and what the schedule costs beyond the cast. */
export const DayLimitsSection = ({ draft, currency, onChange }: DayLimitsSectionProps) => {
  const pagesInvalid = parseEighths(draft.maxPages) === null;
  const hoursInvalid = draft.maxHours.trim() !== '' && parseHours(draft.maxHours) === null;
  const dropInvalid =
    draft.dropPickupAfterDays.trim() !== '' && !/^\d{1,3}$/.test(draft.dropPickupAfterDays.trim());
  return (
    <RulesSection
      id="rules-day-limits"
      title="Day limits"
      help="The board flags a day over its pages or hours, and the optimizer keeps within them. Hours count the first AD’s estimates below."
    >
      <div className="rules-grid">
        <Field label="Most pages a day" hint={pagesHint(draft.maxPages)}>
          {(id, hint) => (
            <input
              id={id}
              type="text"
              value={draft.maxPages}
              onChange={(e) => onChange({ maxPages: e.target.value })}
              aria-describedby={hint}
              aria-invalid={pagesInvalid || undefined}
              className="input--short"
            />
          )}
        </Field>
        <Field label="Most hours a day" hint={hoursHint(draft.maxHours)}>
          {(id, hint) => (
            <input
              id={id}
              type="text"
              value={draft.maxHours}
              placeholder="No limit"
              onChange={(e) => onChange({ maxHours: e.target.value })}
              aria-describedby={hint}
              aria-invalid={hoursInvalid || undefined}
              className="input--short"
            />
          )}
        </Field>
        <Field label="Crew call" hint="The usual call time for call sheets">
          {(id, hint) => (
            <input
              id={id}
              type="time"
              value={draft.crewCall}
              onChange={(e) => onChange({ crewCall: e.target.value })}
              aria-describedby={hint}
              className="input--time"
            />
          )}
        </Field>
        <MoneyInput
          label="Company move cost"
          currency={currency}
          value={draft.companyMoveCost}
          onChange={(value) => onChange({ companyMoveCost: value })}
          hint="What returning to a set already left costs"
        />
        <Field
          label="Drop and pick up after (days)"
          hint="Longer gaps drop and pick up the actor; blank always holds"
        >
          {(id, hint) => (
            <input
              id={id}
              type="text"
              inputMode="numeric"
              value={draft.dropPickupAfterDays}
              placeholder="Never"
              onChange={(e) => onChange({ dropPickupAfterDays: e.target.value })}
              aria-describedby={hint}
              aria-invalid={dropInvalid || undefined}
              className="input--short"
            />
          )}
        </Field>
      </div>
    </RulesSection>
  );
};
