import type { OptimizeBoardResponseDto } from '@greenlight/contract';
import { formatAmount } from '../../ui/money';
import { comparisonRows } from './comparison-rows';

type OptimizeComparisonProps = {
  readonly proposal: OptimizeBoardResponseDto;
  readonly currency: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${Math.abs(n) === 1 ? one : many}`;

/** Savings in words: "saves $1,200.00", "costs $300.00 more", "no change". */
const savedText = (saved: number, currency: string): string =>
  saved > 0
    ? `saves ${formatAmount(saved, currency)}`
    : saved < 0
      ? `costs ${formatAmount(-saved, currency)} more`
      : 'no change';

/** The optimizer's proposal against the board as it is: money first, then days, then each cast member. */
export const OptimizeComparison = ({ proposal, currency }: OptimizeComparisonProps) => {
  const { before, after } = proposal;
  const rows = comparisonRows(before, after);
  const seconds = (proposal.elapsedMs / 1000).toFixed(1);
  return (
    <div className="comparison" data-testid="optimize-comparison">
      {proposal.costSaved === 0 &&
      proposal.castCostSaved === 0 &&
      proposal.holdDaysSaved === 0 &&
      proposal.shootDaysSaved === 0 &&
      proposal.conflicts.before === proposal.conflicts.after ? (
        <p className="notice notice--info comparison__already" data-testid="already-optimal">
          {proposal.optimal
            ? 'This board is already the cheapest order for the cast.'
            : 'The optimizer found nothing cheaper than this board in the time it had.'}
        </p>
      ) : null}
      <dl className="comparison__stats">
        {proposal.conflicts.before > 0 || proposal.conflicts.after > 0 ? (
          <CountStat
            label="Rules broken"
            modifier="rules"
            before={proposal.conflicts.before}
            after={proposal.conflicts.after}
            afterTestId="conflicts-after"
            deltaTestId="conflicts-fixed"
            delta={
              proposal.conflicts.after === 0
                ? 'every rule kept'
                : proposal.conflicts.after < proposal.conflicts.before
                  ? `${plural(proposal.conflicts.before - proposal.conflicts.after, 'conflict', 'conflicts')} fixed`
                  : 'see the conflicts on the board'
            }
          />
        ) : null}
        <div className="comparison__stat comparison__stat--money">
          <dt>Cast cost</dt>
          <dd>
            <span className="comparison__before" data-testid="cost-before">
              {formatAmount(before.castCost, currency)}
            </span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> becomes </span>
            <strong data-testid="cost-after">{formatAmount(after.castCost, currency)}</strong>
          </dd>
          <dd
            className={proposal.castCostSaved > 0 ? 'comparison__saved' : 'comparison__saved--none'}
            data-testid="cost-saved"
          >
            {savedText(proposal.castCostSaved, currency)}
          </dd>
        </div>
        <CountStat
          label="Hold days"
          before={before.holdDays}
          after={after.holdDays}
          deltaTestId="hold-days-saved"
          delta={
            proposal.holdDaysSaved > 0
              ? `${plural(proposal.holdDaysSaved, 'hold day', 'hold days')} fewer`
              : proposal.holdDaysSaved < 0
                ? `${plural(-proposal.holdDaysSaved, 'hold day', 'hold days')} more`
                : 'no change'
          }
        />
        <CountStat
          label="Shoot days"
          before={before.shootDays}
          after={after.shootDays}
          deltaTestId="shoot-days-saved"
          delta={
            proposal.shootDaysSaved > 0
              ? `${plural(proposal.shootDaysSaved, 'day', 'days')} shorter`
              : proposal.shootDaysSaved < 0
                ? `${plural(-proposal.shootDaysSaved, 'day', 'days')} longer`
                : 'same length'
          }
        />
        {proposal.companyMoves.before > 0 || proposal.companyMoves.after > 0 ? (
          <CountStat
            label="Company moves"
            before={proposal.companyMoves.before}
            after={proposal.companyMoves.after}
            afterTestId="company-moves-after"
            delta={
              proposal.costSaved !== proposal.castCostSaved
                ? `${savedText(proposal.costSaved, currency)} with moves`
                : 'no change'
            }
          />
        ) : null}
        <div className="comparison__stat">
          <dt>Search</dt>
          <dd data-testid="optimal" data-optimal={proposal.optimal}>
            {proposal.optimal ? 'Proven optimal' : 'Best found'}
          </dd>
          <dd className="comparison__delta">
            {proposal.optimal
              ? `no cheaper board exists · ${seconds} s`
              : `not proven · ${seconds} s`}
          </dd>
        </div>
      </dl>
      {rows.length > 0 ? (
        <div className="comparison__table-wrap">
          <table className="table table--compact" data-testid="comparison-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">Cast</th>
                <th scope="col" className="num">
                  Work days
                </th>
                <th scope="col" className="num">
                  Hold days
                </th>
                <th scope="col" className="num">
                  Cost before
                </th>
                <th scope="col" className="num">
                  Cost after
                </th>
                <th scope="col" className="num">
                  Saved
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.castNumber}
                  data-testid="comparison-row"
                  data-cast-number={row.castNumber}
                >
                  <td className="num">{row.castNumber}</td>
                  <th scope="row">{row.name}</th>
                  <td className="num">
                    <Change before={row.workBefore} after={row.workAfter} />
                  </td>
                  <td className="num">
                    <Change before={row.holdBefore} after={row.holdAfter} />
                  </td>
                  <td className="num muted">{formatAmount(row.costBefore, currency)}</td>
                  <td className="num">{formatAmount(row.costAfter, currency)}</td>
                  <td
                    className={
                      row.saved > 0
                        ? 'num comparison__saved'
                        : row.saved < 0
                          ? 'num comparison__worse'
                          : 'num muted'
                    }
                  >
                    {row.saved === 0
                      ? '—'
                      : `${row.saved > 0 ? '−' : '+'}${formatAmount(Math.abs(row.saved), currency)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
};

const Change = ({ before, after }: { readonly before: number; readonly after: number }) =>
  before === after ? (
    <>{after}</>
  ) : (
    <>
      <span className="muted">{before}</span> → <strong>{after}</strong>
    </>
  );

/** One count before and after ("Hold days 3 → 1"), with what the change means in words. */
const CountStat = ({
  label,
  before,
  after,
  delta,
  modifier,
  afterTestId,
  deltaTestId,
}: {
  readonly label: string;
  readonly before: number;
  readonly after: number;
  readonly delta: string;
  readonly modifier?: string;
  readonly afterTestId?: string;
  readonly deltaTestId?: string;
}) => (
  <div className={`comparison__stat${modifier ? ` comparison__stat--${modifier}` : ''}`}>
    <dt>{label}</dt>
    <dd>
      {before} <span aria-hidden="true">→</span>
      <span className="visually-hidden"> becomes </span>{' '}
      <strong data-testid={afterTestId}>{after}</strong>
    </dd>
    <dd className="comparison__delta" data-testid={deltaTestId}>
      {delta}
    </dd>
  </div>
);
