import type { ReactNode } from 'react';
import { PRODUCTION_KIND_LABELS } from '@greenlight/domain';
import { Link, useLocation } from '../../router/router';
import { useSession, useUser } from '../../session/session-context';
import { useShellData } from './shell-data';

/** Sidebar with navigation and the user's productions, a top bar with the user, and the page. */
export const AppShell = ({ children }: { readonly children: ReactNode }) => {
  const user = useUser();
  const { signOut } = useSession();
  const { portfolio, awaitingCount } = useShellData();
  const { pathname } = useLocation();
  const current = (path: string, exact = true) =>
    (exact ? pathname === path : pathname === path || pathname.startsWith(`${path}/`))
      ? 'page'
      : undefined;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Greenlight
        </Link>
        <ul className="sidebar__nav">
          <li>
            <Link to="/" aria-current={current('/')} className="sidebar__link">
              Portfolio
            </Link>
          </li>
          <li>
            <Link
              to="/approvals"
              aria-current={current('/approvals')}
              className="sidebar__link"
              data-testid="nav-approvals"
            >
              Approvals
              {awaitingCount ? (
                <span
                  className="count-badge"
                  data-testid="approvals-badge"
                  aria-label={`${awaitingCount} awaiting you`}
                >
                  {awaitingCount}
                </span>
              ) : null}
            </Link>
          </li>
        </ul>
        <h2 className="sidebar__heading">Productions</h2>
        <ul className="sidebar__productions">
          {portfolio.data?.productions.map(({ production, awaitingMe }) => (
            <li key={production.id}>
              <Link
                to={`/productions/${production.id}`}
                aria-current={current(`/productions/${production.id}`, false)}
                className={`sidebar__production strip--${production.stage}`}
                title={`${production.title} (${PRODUCTION_KIND_LABELS[production.kind]})`}
              >
                <span className="sidebar__production-title">{production.title}</span>
                {awaitingMe > 0 ? (
                  <span
                    className="count-badge count-badge--small"
                    aria-label={`${awaitingMe} awaiting you`}
                  >
                    {awaitingMe}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
        <Link
          to="/productions/new"
          className="sidebar__new"
          aria-current={current('/productions/new')}
        >
          + New production
        </Link>
      </nav>
      <div className="shell__main">
        <header className="topbar">
          <div className="topbar__user" data-testid="current-user">
            <span className="avatar" aria-hidden="true">
              {initials(user.name)}
            </span>
            <span>
              <span className="topbar__name">{user.name}</span>
              <span className="topbar__email">{user.email}</span>
            </span>
          </div>
          <button type="button" className="button button--ghost" onClick={() => void signOut()}>
            Sign out
          </button>
        </header>
        <main id="main" className="page" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
};

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
