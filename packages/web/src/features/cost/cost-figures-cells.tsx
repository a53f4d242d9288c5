import type { ReactNode } from 'react';
import type { CostReportDto } from '@greenlight/contract';
import { formatFigure } from '../budget/figures';
import { formatChange, formatOverUnder, overUnderTone } from './over-under';

export type CostFigures = CostReportDto['grandTotal'];

/** The column headings after the account: budget to change, as the printed report has them. */
export const FIGURE_HEADINGS = [
  { key: 'budget', label: 'Budget', title: 'The approved budget' },
  { key: 'actuals', label: 'Actuals', title: 'Spent to date: approved and paid documents' },
  { key: 'commitments', label: 'Committed', title: 'Open purchase orders not yet invoiced' },
  { key: 'etc', label: 'To complete', title: 'Estimate to complete (ETC)' },
  {
    key: 'efc',
    label: 'Est. final',
    title: 'Estimated final cost (EFC): actuals + committed + ETC',
  },
  { key: 'variance', label: 'Over/(under)', title: 'Estimated final cost against the budget' },
  {
    key: 'change',
    label: 'Change',
    title: 'Movement of the estimated final cost since the last issued report',
  },
] as const;

type CostFigureCellsProps = {
  readonly figures: CostFigures;
  readonly currency: string;
  /** Replaces the estimate-to-complete cell (the estimate editor). */
  readonly estimate?: ReactNode;
};

/** Budget, actuals, committed, to complete, estimated final, over/(under) and change, as table cells. */
export const CostFigureCells = ({ figures, currency, estimate }: CostFigureCellsProps) => (
  <>
    <td className="num">{formatFigure(figures.budget, currency)}</td>
    <td className={figures.actualsToDate === 0 ? 'num cost-zero' : 'num'} data-figure="actuals">
      {formatFigure(figures.actualsToDate, currency)}
    </td>
    <td className={figures.commitments === 0 ? 'num cost-zero' : 'num'} data-figure="commitments">
      {formatFigure(figures.commitments, currency)}
    </td>
    {estimate ?? (
      <td className="num" data-figure="etc">
        {formatFigure(figures.estimateToComplete, currency)}
      </td>
    )}
    <td className="num cost-efc" data-figure="efc">
      {formatFigure(figures.estimatedFinalCost, currency)}
    </td>
    <td
      className={`num cost-variance cost-variance--${overUnderTone(figures.variance)}`}
      data-figure="variance"
    >
      {formatOverUnder(figures.variance, currency)}
    </td>
    <td className="num muted" data-figure="change">
      {formatChange(figures.changeSinceLastReport, currency)}
    </td>
  </>
);
