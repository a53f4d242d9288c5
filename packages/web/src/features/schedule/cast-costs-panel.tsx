import { useState } from 'react';
import type { ScheduleExplanationDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useQuery } from '../../api/use-query';
import { formatAmount, minorToInput, parseMoney } from '../../ui/money';
import type { ReportOutcome } from './schedule-outcome';

type CastRow = ScheduleExplanationDto['cast'][number];

type CastCostsPanelProps = {
  readonly productionId: string;
  readonly explanation: ScheduleExplanationDto;
  readonly currency: string;
  readonly report: ReportOutcome;
  readonly onSaved: () => void;
};

/**
 * What the board costs the cast: each member's first and last day, work and hold days, daily rate and cost.
 * The daily rate is what a hold day costs, so it is edited here, next to the days it prices.
 */
export const CastCostsPanel = ({
  productionId,
  explanation,
  currency,
  report,
  onSaved,
}: CastCostsPanelProps) => {
  const lists = useQuery(`element-lists:${productionId}`, (client) =>
    client.call('elementLists', { params: { productionId } }),
  );
  const elementIds = new Map(
    (lists.data?.cast ?? []).flatMap((c) =>
      c.castNumber === null ? [] : [[c.castNumber, c.elementId] as const],
    ),
  );
  return (
    <section className="panel panel--flush cast-costs" aria-labelledby="cast-costs-heading">
      <div className="panel__bar">
        <h2 id="cast-costs-heading">Cast costs</h2>
        <span className="cast-costs__total" data-testid="cast-cost-total">
          {formatAmount(explanation.castCost, currency)}
        </span>
      </div>
      {explanation.cast.length === 0 ? (
        <p className="muted cast-costs__empty">
          No numbered cast on this board yet: number the cast on the Script tab.
        </p>
      ) : (
        <table className="table table--compact cast-costs__table" data-testid="cast-costs">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">Cast</th>
              <th scope="col" className="num" title="First and last shoot day">
                Days
              </th>
              <th scope="col" className="num" title="Work days">
                W
              </th>
              <th scope="col" className="num" title="Hold days">
                H
              </th>
              <th scope="col" className="num">
                Daily rate
              </th>
              <th scope="col" className="num">
                Cost
              </th>
            </tr>
          </thead>
          <tbody>
            {explanation.cast.map((row) => (
              <tr
                key={row.castNumber}
                data-testid="cast-cost-row"
                data-cast-number={row.castNumber}
              >
                <td className="num cast-costs__number">{row.castNumber}</td>
                <th scope="row" className="cast-costs__name" title={row.name}>
                  {row.name}
                </th>
                <td className="num cast-costs__days">
                  {row.firstDay === null ? '—' : `${row.firstDay}–${row.lastDay ?? row.firstDay}`}
                </td>
                <td className="num">{row.workDays}</td>
                <td className={row.holdDays > 0 ? 'num cast-costs__hold' : 'num'}>
                  {row.holdDays}
                </td>
                <td className="num">
                  <DailyRateInput
                    key={`${row.castNumber}:${row.dailyRate}`}
                    row={row}
                    elementId={elementIds.get(row.castNumber) ?? null}
                    productionId={productionId}
                    currency={currency}
                    report={report}
                    onSaved={onSaved}
                  />
                </td>
                <td className="num" data-testid="cast-cost">
                  {formatAmount(row.cost, currency)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {explanation.shootDays} shoot {explanation.shootDays === 1 ? 'day' : 'days'}
              </th>
              <td className="num">{explanation.workDays}</td>
              <td className="num">{explanation.holdDays}</td>
              <td />
              <td className="num">{formatAmount(explanation.castCost, currency)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
};

type DailyRateInputProps = {
  readonly row: CastRow;
  readonly elementId: string | null;
  readonly productionId: string;
  readonly currency: string;
  readonly report: ReportOutcome;
  readonly onSaved: () => void;
};

const DailyRateInput = ({
  row,
  elementId,
  productionId,
  currency,
  report,
  onSaved,
}: DailyRateInputProps) => {
  const client = useClient();
  const initial = row.dailyRate === 0 ? '' : minorToInput(row.dailyRate, currency);
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  const save = async () => {
    if (elementId === null || value === initial) return;
    const parsed =
      value.trim() === '' ? ({ ok: true, value: 0 } as const) : parseMoney(value, currency);
    if (!parsed.ok) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    try {
      const result = await client.call('updateCastDetails', {
        params: { productionId, elementId },
        body: { dailyRate: parsed.value === 0 ? null : parsed.value },
      });
      report({
        kind: 'result',
        result,
        doneText: `${row.name}’s daily rate is ${formatAmount(parsed.value, currency)}`,
      });
      onSaved();
    } catch (error) {
      report({ kind: 'error', message: describeError(error) });
      setValue(initial);
    }
  };

  return (
    <input
      className="rate-input"
      inputMode="decimal"
      value={value}
      placeholder="0.00"
      disabled={elementId === null}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') setValue(initial);
      }}
      aria-label={`Daily rate of ${row.name}`}
      aria-invalid={invalid || undefined}
      title={elementId === null ? 'Loading the cast list…' : undefined}
    />
  );
};
