import { Fragment, useState, type ReactNode } from 'react';
import type { FinancingPlanDto, FinancingSourceDto } from '@greenlight/contract';
import {
  addDays,
  calendarDate,
  FINANCING_SOURCE_KIND_LABELS,
  type FinancingStatus,
} from '@greenlight/domain';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { formatPercent, formatPoints } from './basis-points';
import { FinancingStatusPill } from './financing-status-pill';
import { MoveMenu } from './move-menu';
import { ordinal, termsSummary } from './terms-summary';

type SourcesTableProps = {
  readonly plan: FinancingPlanDto;
  readonly currency: string;
  readonly busyId: string | null;
  readonly onMove: (source: FinancingSourceDto, to: FinancingStatus) => void;
  readonly onEdit: (source: FinancingSourceDto) => void;
  readonly editingId: string | null;
  readonly renderEditor: (source: FinancingSourceDto) => ReactNode;
};

/** The sources of finance, firmest first, with their terms one click away. */
export const SourcesTable = ({
  plan,
  currency,
  busyId,
  onMove,
  onEdit,
  editingId,
  renderEditor,
}: SourcesTableProps) => {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const foreign = plan.sources.some((s) => s.currency !== currency);
  const counted = plan.sources.filter((s) => s.status !== 'withdrawn');
  const total = counted.every((s) => s.amountInBudgetCurrency !== null)
    ? counted.reduce((sum, s) => sum + (s.amountInBudgetCurrency ?? 0), 0)
    : null;
  const columns = foreign ? 7 : 6;

  return (
    <div className="table-wrap">
      <table className="table sources-table" data-testid="sources-table">
        <caption className="table-caption">Sources of finance</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Amount
            </th>
            {foreign ? (
              <th scope="col" className="num">
                In {currency}
              </th>
            ) : null}
            <th scope="col">Terms</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.sources.map((source) => {
            const expanded = open.has(source.id);
            const terms = termsSummary(source.terms, source.currency);
            return (
              <Fragment key={source.id}>
                <tr
                  data-testid="source-row"
                  data-source-id={source.id}
                  data-status={source.status}
                  className={source.status === 'withdrawn' ? 'sources-table__withdrawn' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="source-toggle"
                      aria-expanded={expanded}
                      onClick={() => toggle(source.id)}
                    >
                      <span className="source-toggle__chevron" aria-hidden="true">
                        ▸
                      </span>
                      <span>
                        <span className="row-title" data-testid="source-name">
                          {source.name}
                        </span>
                        {source.counterparty ? (
                          <span className="muted source-toggle__counterparty">
                            {source.counterparty}
                          </span>
                        ) : null}
                      </span>
                    </button>
                  </th>
                  <td>{FINANCING_SOURCE_KIND_LABELS[source.kind]}</td>
                  <td>
                    <FinancingStatusPill status={source.status} />
                  </td>
                  <td className="num figure" data-testid="source-amount">
                    {formatAmount(source.amount, source.currency)}
                  </td>
                  {foreign ? (
                    <td className="num figure muted">
                      {source.currency === currency
                        ? ''
                        : source.amountInBudgetCurrency === null
                          ? 'no rate'
                          : formatAmount(source.amountInBudgetCurrency, currency)}
                    </td>
                  ) : null}
                  <td className="sources-table__terms">
                    {terms.length === 0 ? <span className="muted">—</span> : terms.join(' · ')}
                  </td>
                  <td className="sources-table__actions">
                    <MoveMenu
                      source={source}
                      busy={busyId === source.id}
                      onMove={(to) => onMove(source, to)}
                    />
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => onEdit(source)}
                      aria-label={`Edit ${source.name}`}
                      data-testid="edit-source"
                    >
                      Edit
                    </button>
                  </td>
                </tr>
                {editingId === source.id ? (
                  <tr className="sources-table__editor">
                    <td colSpan={columns}>{renderEditor(source)}</td>
                  </tr>
                ) : expanded ? (
                  <tr className="sources-table__details" data-testid="source-details">
                    <td colSpan={columns}>
                      <SourceDetails source={source} firstWeek={plan.plannedSpending.firstWeek} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
        {total === null ? null : (
          <tfoot>
            <tr>
              <th scope="row" colSpan={foreign ? 4 : 3}>
                Total, withdrawn sources left out
              </th>
              <td className="num figure" data-testid="sources-total">
                {formatAmount(total, currency)}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
};

const weekDate = (firstWeek: string | null, week: number): string | null =>
  firstWeek === null ? null : formatCalendarDate(addDays(calendarDate(firstWeek), (week - 1) * 7));

const SourceDetails = ({
  source,
  firstWeek,
}: {
  readonly source: FinancingSourceDto;
  readonly firstWeek: string | null;
}) => {
  const { terms } = source;
  const money = (amount: number) => formatAmount(amount, source.currency);
  const rows: [string, string][] = [
    ['Equity share', terms.equityShareBp === null ? '—' : formatPercent(terms.equityShareBp)],
    ['Interest', terms.interestBp === null ? '—' : formatPercent(terms.interestBp)],
    ['Fees', terms.fees === null ? '—' : money(terms.fees)],
    ['Premium', terms.premiumBp === null ? '—' : formatPercent(terms.premiumBp)],
    [
      'Recoupment',
      terms.recoupmentRank === null ? 'Not recouped' : `${ordinal(terms.recoupmentRank)} position`,
    ],
    ['Back end', terms.backEndPointsBp === null ? '—' : formatPoints(terms.backEndPointsBp)],
  ];
  return (
    <div className="source-details">
      <div>
        <h3 className="source-details__heading">Terms</h3>
        <dl className="source-details__terms">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {terms.credits.length > 0 ? (
          <p className="source-details__credits">
            <span className="muted">Credits:</span> {terms.credits.join(', ')}
          </p>
        ) : null}
      </div>
      <div>
        <h3 className="source-details__heading">Conditions</h3>
        {source.conditions.length === 0 ? (
          <p className="muted">None</p>
        ) : (
          <ul className="source-details__list">
            {source.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="source-details__heading">Drawdowns</h3>
        {source.drawdowns.length === 0 ? (
          <p className="muted">No schedule yet</p>
        ) : (
          <table className="table table--compact source-details__drawdowns">
            <tbody>
              {source.drawdowns.map((d) => (
                <tr key={d.week}>
                  <th scope="row">
                    Week {d.week}
                    {weekDate(firstWeek, d.week) ? (
                      <span className="muted"> · {weekDate(firstWeek, d.week)}</span>
                    ) : null}
                  </th>
                  <td className="num figure">{money(d.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
};
