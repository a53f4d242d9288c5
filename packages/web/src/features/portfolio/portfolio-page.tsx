import { PRODUCTION_KIND_LABELS, roleLabel } from '@greenlight/domain';
import type { PortfolioDto } from '@greenlight/contract';
import { Link } from '../../router/router';
import { useUser } from '../../session/session-context';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { StagePill } from '../../ui/stage-pill';
import { useShellData } from '../shell/shell-data';

/** Home: every production the user is on (an executive producer sees all they oversee). */
export const PortfolioPage = () => {
  const user = useUser();
  const { portfolio } = useShellData();
  return (
    <>
      <header className="page-header">
        <div>
          <p className="page-header__eyebrow">Portfolio</p>
          <h1>Good to see you, {user.name.split(' ')[0]}</h1>
        </div>
        <Link to="/productions/new" className="button button--primary">
          New production
        </Link>
      </header>
      <QueryView query={portfolio} loadingLabel="Loading your productions…">
        {(data) => <PortfolioTable entries={data.productions} />}
      </QueryView>
    </>
  );
};

const PortfolioTable = ({ entries }: { readonly entries: PortfolioDto['productions'] }) => {
  if (entries.length === 0) {
    return (
      <EmptyState title="You are not on any production yet">
        <p>Start one in development, or ask a producer to add you to their team.</p>
        <Link to="/productions/new" className="button">
          New production
        </Link>
      </EmptyState>
    );
  }
  const pending = entries.reduce((sum, e) => sum + e.pendingApprovals, 0);
  const awaiting = entries.reduce((sum, e) => sum + e.awaitingMe, 0);
  return (
    <>
      <dl className="stat-row">
        <div className="stat">
          <dt>Productions</dt>
          <dd>{entries.length}</dd>
        </div>
        <div className="stat">
          <dt>Pending approvals</dt>
          <dd>{pending}</dd>
        </div>
        <div className={awaiting > 0 ? 'stat stat--attention' : 'stat'}>
          <dt>Awaiting you</dt>
          <dd>{awaiting > 0 ? <Link to="/approvals">{awaiting}</Link> : 0}</dd>
        </div>
      </dl>
      <div className="table-wrap">
        <table className="table" data-testid="portfolio-table">
          <caption className="visually-hidden">Your productions</caption>
          <thead>
            <tr>
              <th scope="col">Production</th>
              <th scope="col">Stage</th>
              <th scope="col">Your roles</th>
              <th scope="col" className="num">
                Pending approvals
              </th>
              <th scope="col" className="num">
                Awaiting you
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ production, myRoles, pendingApprovals, awaitingMe }) => {
              const isSeries = production.kind === 'series';
              return (
                <tr
                  key={production.id}
                  className={`strip-row strip--${production.stage}`}
                  data-testid="portfolio-row"
                >
                  <th scope="row">
                    <Link to={`/productions/${production.id}`} className="row-title">
                      {production.title}
                    </Link>
                    <span className="muted">
                      {PRODUCTION_KIND_LABELS[production.kind]} · {production.currency}
                    </span>
                  </th>
                  <td>
                    <StagePill stage={production.stage} />
                  </td>
                  <td>{myRoles.map((role) => roleLabel(role, isSeries)).join(', ') || '—'}</td>
                  <td className="num">{pendingApprovals}</td>
                  <td className="num">
                    {awaitingMe > 0 ? (
                      <Link
                        to="/approvals"
                        className="count-badge"
                        aria-label={`${awaitingMe} awaiting you`}
                      >
                        {awaitingMe}
                      </Link>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
};
