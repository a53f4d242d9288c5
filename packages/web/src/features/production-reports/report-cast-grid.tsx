import type { ProductionReportDto, ProductionReportEntryDto } from '@greenlight/contract';
import { DOOD_STATUS_LABELS } from '../call-sheets/sheet-format';
import { timeOrNull } from './report-format';

type CastTimes = ProductionReportEntryDto['cast'][number];
type TimeKey = Exclude<keyof CastTimes, 'castNumber'>;

const COLUMNS: readonly (readonly [TimeKey, string])[] = [
  ['pickup', 'Pick-up'],
  ['arrived', 'Arrived'],
  ['makeup', 'Make-up'],
  ['onSet', 'On set'],
  ['firstMealOut', '1st meal out'],
  ['firstMealIn', '1st meal in'],
  ['secondMealOut', '2nd meal out'],
  ['secondMealIn', '2nd meal in'],
  ['wrap', 'Wrap'],
  ['returned', 'Back at base'],
];

const blank = (castNumber: number): CastTimes => ({
  castNumber,
  pickup: null,
  arrived: null,
  makeup: null,
  onSet: null,
  firstMealOut: null,
  firstMealIn: null,
  secondMealOut: null,
  secondMealIn: null,
  wrap: null,
  returned: null,
});

type ReportCastGridProps = {
  readonly entry: ProductionReportEntryDto;
  /** Who worked or was held, with their day out of days code. */
  readonly cast: ProductionReportDto['cast'];
  readonly onChange: (cast: CastTimes[]) => void;
};

/** Each cast member's day as a row of times, as the second AD logs them. */
export const ReportCastGrid = ({ entry, cast, onChange }: ReportCastGridProps) => {
  if (cast.length === 0) return <p className="muted">No cast work or are held on this day.</p>;
  const timesOf = (castNumber: number): CastTimes =>
    entry.cast.find((c) => c.castNumber === castNumber) ?? blank(castNumber);
  const update = (castNumber: number, key: TimeKey, value: string) => {
    const next = { ...timesOf(castNumber), [key]: timeOrNull(value) };
    const others = entry.cast.filter((c) => c.castNumber !== castNumber);
    onChange([...others, next].sort((a, b) => a.castNumber - b.castNumber));
  };
  return (
    <div className="pr-scroll">
      <table className="table pr-cast" data-testid="report-cast">
        <thead>
          <tr>
            <th scope="col">Cast</th>
            <th scope="col" title="Day out of days">
              W/H
            </th>
            {COLUMNS.map(([key, label]) => (
              <th scope="col" key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cast.map((member) => {
            const times = timesOf(member.castNumber);
            return (
              <tr
                key={member.castNumber}
                data-testid="report-cast-row"
                data-cast={member.castNumber}
              >
                <th scope="row">
                  {member.castNumber}. {member.character}
                  {member.performer === null ? null : (
                    <span className="muted"> · {member.performer}</span>
                  )}
                </th>
                <td title={DOOD_STATUS_LABELS[member.status]}>{member.status}</td>
                {COLUMNS.map(([key, label]) => (
                  <td key={key}>
                    <input
                      aria-label={`${label} for ${member.character}`}
                      className="pr-cell pr-cell--time"
                      placeholder="HH:MM"
                      inputMode="numeric"
                      value={times[key] ?? ''}
                      onChange={(event) => update(member.castNumber, key, event.target.value)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
