import { BlockedDatesEditor } from './blocked-dates-editor';
import type { RuleCast } from './rule-subjects';
import { RulesSection } from './rules-section';
import { withCastRule, type CastRuleDraft } from './settings-draft';

type CastAvailabilityEditorProps = {
  readonly cast: readonly RuleCast[];
  readonly loading: boolean;
  readonly rules: readonly CastRuleDraft[];
  readonly onChange: (rules: readonly CastRuleDraft[]) => void;
};

type Row = { readonly castNumber: number; readonly name: string; readonly rule: CastRuleDraft };

const EMPTY = { from: '', until: '', blocked: [] } as const;

/**
 * Every numbered cast member with their start date, drop date and blocked dates. Members without a rule are
 * listed too, so adding one is typing a date; a member whose number left the script keeps their row until
 * cleared.
 */
export const CastAvailabilityEditor = ({
  cast,
  loading,
  rules,
  onChange,
}: CastAvailabilityEditorProps) => {
  const named = new Map(cast.map((c) => [c.castNumber, c.name]));
  const numbers = [
    ...new Set([...cast.map((c) => c.castNumber), ...rules.map((r) => r.castNumber)]),
  ];
  const rows: Row[] = numbers
    .sort((a, b) => a - b)
    .map((castNumber) => ({
      castNumber,
      name: named.get(castNumber) ?? `Cast ${castNumber}`,
      rule: rules.find((r) => r.castNumber === castNumber) ?? { castNumber, ...EMPTY },
    }));
  const set = (castNumber: number, patch: Partial<Omit<CastRuleDraft, 'castNumber'>>) =>
    onChange(withCastRule(rules, castNumber, patch));

  return (
    <RulesSection
      id="rules-cast"
      title="Cast availability"
      help="When each actor can work: the start date is their first possible day, the drop date their last, blocked dates are days in between they are away. Leave a row blank when they are free throughout."
    >
      {rows.length === 0 ? (
        <p className="muted">
          {loading
            ? 'Loading the cast…'
            : 'No numbered cast yet: number the cast on the Script tab.'}
        </p>
      ) : (
        <div className="table-wrap rules-table-wrap">
          <table className="table table--compact rules-table" data-testid="cast-availability">
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">Cast</th>
                <th scope="col">Start date</th>
                <th scope="col">Drop date</th>
                <th scope="col">Blocked dates</th>
                <th scope="col">
                  <span className="visually-hidden">Clear</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ castNumber, name, rule }) => {
                const backwards = rule.from !== '' && rule.until !== '' && rule.from > rule.until;
                const used = rule.from !== '' || rule.until !== '' || rule.blocked.length > 0;
                return (
                  <tr
                    key={castNumber}
                    data-testid="cast-availability-row"
                    data-cast-number={castNumber}
                    className={used ? 'rules-table__row--set' : undefined}
                  >
                    <td className="num rules-table__number">{castNumber}</td>
                    <th scope="row" className="rules-table__name">
                      {name}
                    </th>
                    <td>
                      <input
                        type="date"
                        value={rule.from}
                        onChange={(e) => set(castNumber, { from: e.target.value })}
                        aria-label={`Start date of ${name}`}
                        aria-invalid={backwards || undefined}
                      />
                    </td>
                    <td>
                      <input
                        type="date"
                        value={rule.until}
                        min={rule.from || undefined}
                        onChange={(e) => set(castNumber, { until: e.target.value })}
                        aria-label={`Drop date of ${name}`}
                        aria-invalid={backwards || undefined}
                      />
                    </td>
                    <td className="rules-table__chips">
                      <BlockedDatesEditor
                        owner={name}
                        dates={rule.blocked}
                        onChange={(blocked) => set(castNumber, { blocked })}
                      />
                    </td>
                    <td className="rules-table__clear">
                      {used ? (
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => set(castNumber, EMPTY)}
                          aria-label={`Clear the dates of ${name}`}
                        >
                          Clear
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </RulesSection>
  );
};
