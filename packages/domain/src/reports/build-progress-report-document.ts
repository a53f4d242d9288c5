import { formatEighths } from '../screenplay/format-eighths.js';
import { standingWords } from '../progress/progress-headline.js';
import type { ProgressReport, ProgressVariance } from '../progress/progress-report.js';
import type { CalendarDate, Instant } from '../shared/calendar-date.js';
import { formatMoney, type MinorUnits } from '../shared/money.js';
import { formatCalendarDate } from './format-calendar-date.js';
import { createDateTimeFormatter } from './format-date-time-in-zone.js';
import type { ReportColumn, ReportDocument, ReportRow, ReportSection } from './report-document.js';

export type ProgressReportMeta = {
  /** The production's title. */
  readonly title: string;
  readonly generatedAt: Instant;
  /** The production's IANA zone, for the generated-at time. */
  readonly timeZone: string;
};

/** "2 Mar": a week on the chart's axis (the table under it gives the year). */
const dayAndMonth = (date: CalendarDate): string => formatCalendarDate(date).replace(/ \d{4}$/, '');

const SCHEDULE_STATES: Readonly<Record<ProgressReport['schedule']['state'], string>> = {
  'not-scheduled': 'No shooting schedule yet',
  'before-shooting': 'Not shooting yet',
  shooting: 'Shooting',
  wrapped: 'Wrapped',
};

const VARIANCE_COLUMNS: readonly ReportColumn[] = [
  { key: 'acct', label: 'Acct', width: 1.4 },
  { key: 'name', label: 'Account', width: 6 },
  { key: 'budget', label: 'Budget', align: 'right', width: 3 },
  { key: 'efc', label: 'Est. final', align: 'right', width: 3 },
  { key: 'variance', label: 'Variance', align: 'right', width: 3 },
];

const FACT_COLUMNS: readonly ReportColumn[] = [
  { key: 'label', label: 'Measure', width: 3 },
  { key: 'value', label: 'Figure', align: 'right', width: 2 },
  { key: 'note', label: '', width: 5 },
];

/**
 * The weekly progress report for print: the headline, spend against budget week by week (a line chart of
 * cumulative actuals, actuals plus commitments and the budget, over its table), the variance by section (a
 * bar chart, over budget red and under green, over its table), the largest variances each way, the cash
 * position and the schedule status.
 */
export const buildProgressReportDocument = (
  report: ProgressReport,
  meta: ProgressReportMeta,
): ReportDocument => {
  const generated = createDateTimeFormatter(meta.timeZone)(meta.generatedAt);
  const money = (amount: number): string => formatMoney(amount as MinorUnits, report.currency);
  const maybe = (amount: number | null): string => (amount === null ? 'not known' : money(amount));
  const varianceRow = (v: ProgressVariance): ReportRow => ({
    acct: v.accountNumber,
    name: v.name,
    budget: money(v.budget),
    efc: money(v.estimatedFinalCost),
    variance: money(v.variance),
  });
  const budget = report.totals.budget;

  const sections: ReportSection[] = [
    {
      heading: 'In brief',
      columns: [{ key: 'line', label: 'As of ' + formatCalendarDate(report.asOf), width: 1 }],
      rows: report.headline.map((line): ReportRow => ({ line })),
    },
    {
      heading: 'Spend against budget',
      chart: {
        kind: 'line',
        title: 'Cumulative spend by week against the budget',
        currency: report.currency,
        xLabels: report.spend.map((w) => dayAndMonth(w.weekStarting)),
        series: [
          { label: 'Budget', tone: 'budget', dashed: true, values: report.spend.map(() => budget) },
          {
            label: 'Actuals + commitments',
            tone: 'committed',
            values: report.spend.map((w) => w.actualsAndCommitments),
          },
          { label: 'Actuals', tone: 'actual', values: report.spend.map((w) => w.actuals) },
        ],
      },
      columns: [
        { key: 'week', label: 'Week of', width: 2 },
        { key: 'through', label: 'Through', width: 2 },
        { key: 'actuals', label: 'Actuals', align: 'right', width: 3 },
        { key: 'committed', label: 'Actuals + commitments', align: 'right', width: 3 },
        { key: 'left', label: 'Budget not yet committed', align: 'right', width: 3 },
      ],
      rows: report.spend.map((w): ReportRow => ({
        week: formatCalendarDate(w.weekStarting),
        through: formatCalendarDate(w.through),
        actuals: money(w.actuals),
        committed: money(w.actualsAndCommitments),
        left: money(budget - w.actualsAndCommitments),
      })),
      ...(report.undatedActuals === 0
        ? {}
        : {
            totals: {
              week: 'Not dated',
              through: 'labour and other postings',
              actuals: money(report.undatedActuals),
            },
          }),
      emptyText: 'Nothing has been spent or committed yet.',
    },
    {
      heading: 'Variance by section',
      chart: {
        kind: 'bar',
        title: 'Variance by section (below zero: over budget)',
        currency: report.currency,
        bars: report.sections.map((s) => ({
          label: s.label,
          value: s.variance,
          valueLabel: money(s.variance),
          tone: s.variance < 0 ? 'over' : s.variance > 0 ? 'under' : 'neutral',
        })),
      },
      columns: [
        { key: 'name', label: 'Section', width: 6 },
        { key: 'budget', label: 'Budget', align: 'right', width: 3 },
        { key: 'efc', label: 'Est. final', align: 'right', width: 3 },
        { key: 'variance', label: 'Variance', align: 'right', width: 3 },
      ],
      rows: report.sections.map((s): ReportRow => ({
        name: s.label,
        budget: money(s.budget),
        efc: money(s.estimatedFinalCost),
        variance: money(s.variance),
      })),
      totals: {
        name: 'Grand total',
        budget: money(budget),
        efc: money(report.totals.estimatedFinalCost),
        variance: money(report.totals.variance),
      },
    },
    {
      heading: 'Largest variances · Over budget',
      columns: VARIANCE_COLUMNS,
      rows: report.overBudget.map(varianceRow),
      emptyText: 'No account is over budget.',
    },
    {
      heading: 'Largest variances · Under budget',
      columns: VARIANCE_COLUMNS,
      rows: report.underBudget.map(varianceRow),
      emptyText: 'No account is under budget.',
    },
  ];

  const cash = report.cash;
  sections.push({
    heading: 'Cash position',
    columns: FACT_COLUMNS,
    rows:
      cash === null
        ? []
        : [
            {
              label: 'Closed financing',
              value: maybe(cash.closedFinancing),
              note: 'closed and drawn deals',
            },
            {
              label: 'Drawn to date',
              value: maybe(cash.drawnToDate),
              note: 'drawdown weeks started by the report date',
            },
            { label: 'Spent to date', value: money(cash.spentToDate), note: 'actuals' },
            {
              label: 'Cash in hand',
              value: maybe(cash.cashInHand),
              note: 'drawn less spent (below zero: spending ahead of drawdowns)',
            },
            {
              label: 'Spent and committed',
              value: money(cash.committedToDate),
              note: 'actuals + open purchase orders',
            },
            { label: 'Estimated final cost', value: money(cash.estimatedFinalCost), note: '' },
            {
              label: 'Funding shortfall',
              value: maybe(cash.fundingShortfall),
              note: 'estimated final cost the closed financing does not cover',
            },
            ...(cash.problem === null ? [] : [{ label: 'Note', value: '', note: cash.problem }]),
          ],
    emptyText: 'There is no financing plan yet.',
  });

  const s = report.schedule;
  sections.push({
    heading: 'Schedule status',
    columns: FACT_COLUMNS,
    rows:
      s.state === 'not-scheduled'
        ? []
        : [
            { label: 'Status', value: SCHEDULE_STATES[s.state], note: '' },
            {
              label: 'First shoot day',
              value: s.firstShootDay === null ? '' : formatCalendarDate(s.firstShootDay),
              note: '',
            },
            {
              label: 'Wrap',
              value: s.wrapDate === null ? '' : formatCalendarDate(s.wrapDate),
              note: 'the last shoot day on the shooting board',
            },
            {
              label: 'Shoot days',
              value: `${s.shotDays} of ${s.plannedDays}`,
              note: `${s.remainingDays} to go`,
            },
            {
              label: 'Pages',
              value: `${formatEighths(s.shotEighths)} of ${formatEighths(s.plannedEighths)}`,
              note: '',
            },
            ...(s.standing === null
              ? [
                  {
                    label: 'Ahead or behind',
                    value:
                      s.daysAheadOrBehind === null
                        ? 'not known'
                        : `${s.daysAheadOrBehind > 0 ? '+' : ''}${s.daysAheadOrBehind} days`,
                    note: 'scheduled days before the report date count as shot until daily production reports are kept',
                  },
                ]
              : [
                  {
                    label: 'Latest production report',
                    value: `Day ${s.standing.dayNumber} of ${s.standing.totalDays}`,
                    note: formatCalendarDate(s.standing.date),
                  },
                  {
                    label: 'Scenes to date',
                    value: `${s.standing.scenesShotToDate} of ${s.standing.scenesPlannedToDate}`,
                    note: 'shot against planned to date',
                  },
                  {
                    label: 'Pages to date',
                    value: `${formatEighths(s.standing.eighthsShotToDate)} of ${formatEighths(s.standing.eighthsPlannedToDate)}`,
                    note: 'shot against planned to date',
                  },
                  {
                    label: 'Ahead or behind',
                    value: standingWords(s.standing.eighthsAhead, s.standing.daysAhead),
                    note: 'from the daily production reports',
                  },
                  ...(s.daysWithoutReport.length === 0
                    ? []
                    : [
                        {
                          label: 'No report',
                          value: s.daysWithoutReport.map((d) => formatCalendarDate(d)).join(', '),
                          note: 'shoot days without a production report, not counted as shot',
                        },
                      ]),
                ]),
          ],
    emptyText: SCHEDULE_STATES['not-scheduled'] + '.',
  });

  return {
    title: 'Progress report',
    subtitle: `${meta.title} · week to ${formatCalendarDate(report.asOf)}`,
    generatedAt: meta.generatedAt,
    meta: [
      { label: 'As of', value: formatCalendarDate(report.asOf) },
      {
        label: 'Previous cost report',
        value: report.previousAsOf === null ? 'none' : formatCalendarDate(report.previousAsOf),
      },
      { label: 'Budget', value: money(budget) },
      { label: 'Estimated final cost', value: money(report.totals.estimatedFinalCost) },
      { label: 'Variance', value: money(report.totals.variance) },
      { label: 'Generated', value: generated },
    ],
    sections,
    footer: `${meta.title} · Progress report as of ${formatCalendarDate(report.asOf)} · variance is budget less estimated final cost (below zero: over) · generated ${generated}`,
  };
};
