import type { IssuedCostReportListDto } from './cost-dto';
import { Link } from '../../router/router';
import { formatCalendarDate, formatInstant } from '../../ui/format-time';
import { costHref } from './cost-views';

type IssuedReportsProps = {
  readonly productionId: string;
  readonly issued: IssuedCostReportListDto;
  readonly names: ReadonlyMap<string, string>;
  readonly timeZone: string;
};

/** The weekly reports issued so far, newest first; each opens the report as of its day. */
export const IssuedReports = ({ productionId, issued, names, timeZone }: IssuedReportsProps) => (
  <section
    className="panel cost-issued"
    aria-labelledby="cost-issued-heading"
    data-testid="issued-reports"
  >
    <h2 id="cost-issued-heading">Issued cost reports</h2>
    {issued.reports.length === 0 ? (
      <p className="muted">
        None yet. Issuing one keeps its figures for the next report’s change column.
      </p>
    ) : (
      <ul className="plain-list cost-issued__list">
        {issued.reports.map((r) => (
          <li key={r.id} data-testid="issued-report" data-as-of={r.asOf}>
            <Link to={costHref(productionId, { view: 'report' }, { asOf: r.asOf })}>
              As of {formatCalendarDate(r.asOf)}
            </Link>{' '}
            <span className="muted">
              · issued {formatInstant(r.issuedAt, timeZone)}
              {r.issuedBy === null ? '' : ` by ${names.get(r.issuedBy) ?? 'a former member'}`}
            </span>
          </li>
        ))}
      </ul>
    )}
  </section>
);
