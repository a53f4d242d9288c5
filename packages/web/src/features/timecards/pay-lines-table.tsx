import type { PayLineDto, TimecardDto } from '@greenlight/contract';
import { formatAmount } from '../../ui/money';
import { dayLabel, hoursLabel } from './timecard-week';

/** "1.5×" from thousandths. */
const multiplierText = (multiplier: number): string => `${multiplier / 1000}×`;

// Time paid above straight time says its multiplier; a penalty or a flat amount says how it was reached in its note.
const LADDER_KINDS: ReadonlySet<string> = new Set([
  'overtime',
  'double-time',
  'golden-time',
  'sixth-day',
  'seventh-day',
  'weekly-overtime',
]);

/**
 * The rule's short name as a payroll accountant says it: "Overtime 1.5×", "Meal penalty"; the clause's own
 * words follow on the line.
 */
export const payLineName = (line: PayLineDto): string =>
  line.multiplier === null || !LADDER_KINDS.has(line.kind)
    ? line.label
    : `${line.label} ${multiplierText(line.multiplier)}`;

type PayLinesTableProps = { readonly computed: NonNullable<TimecardDto['computed']> };

/** Every pay line of the week with the rule that produced it, and the totals. */
export const PayLinesTable = ({ computed }: PayLinesTableProps) => (
  <div className="table-wrap">
    <table className="table tc-lines" data-testid="pay-lines">
      <caption className="table-caption">Pay lines, each with the rule that produced it</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Pay</th>
          <th scope="col" className="num">
            Time
          </th>
          <th scope="col" className="num">
            Amount
          </th>
          <th scope="col">Rule</th>
        </tr>
      </thead>
      <tbody>
        {computed.lines.map((line, index) => (
          <tr
            key={`${line.date}-${line.kind}-${index}`}
            data-testid="pay-line"
            data-kind={line.kind}
          >
            <td>{dayLabel(line.date)}</td>
            <th scope="row">{payLineName(line)}</th>
            <td className="num">
              {line.multiplier === null ? (
                <span className="muted">—</span>
              ) : (
                hoursLabel(line.minutes)
              )}
            </td>
            <td className="num">{formatAmount(line.amount, computed.currency)}</td>
            <td className="tc-rule" data-testid="pay-line-rule">
              {line.rule.words}
              {line.note !== '' ? <span className="muted"> ({line.note})</span> : null}
              <span className="tc-rule__source muted">
                {line.rule.agreementId} · {line.rule.clauseId}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Week
          </th>
          <td className="num">{hoursLabel(computed.paidMinutes)} paid</td>
          <td className="num" data-testid="timecard-total">
            <strong>{formatAmount(computed.amount, computed.currency)}</strong>
          </td>
          <td className="muted">{hoursLabel(computed.workedMinutes)} worked</td>
        </tr>
      </tfoot>
    </table>
  </div>
);
