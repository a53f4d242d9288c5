import type { FetchLike } from '@greenlight/contract';
import { ApiProvider } from './api/api-context';
import { ApprovalsInboxPage } from './features/approvals/approvals-inbox-page';
import { SignInPage } from './features/auth/sign-in-page';
import { NewProductionPage } from './features/portfolio/new-production-page';
import { PortfolioPage } from './features/portfolio/portfolio-page';
import { ProductionPage } from './features/production/production-page';
import { AppShell } from './features/shell/app-shell';
import { ShellDataProvider } from './features/shell/shell-data';
import { Link, matchPath, Redirect, useLocation } from './router/router';
import { SessionProvider, useSession } from './session/session-context';
import { EmptyState, Loading } from './ui/feedback';

/** The whole app: API client, session, then the page for the current path inside the shell. */
export const App = ({ fetch }: { readonly fetch?: FetchLike }) => (
  <ApiProvider {...(fetch === undefined ? {} : { fetch })}>
    <SessionProvider>
      <SessionGate />
    </SessionProvider>
  </ApiProvider>
);

const SessionGate = () => {
  const { state } = useSession();
  if (state.status === 'checking') return <Loading label="Opening Greenlight…" />;
  if (state.status === 'signed-out') return <SignInPage />;
  return (
    <ShellDataProvider>
      <AppShell>
        <Routes />
      </AppShell>
    </ShellDataProvider>
  );
};

const Routes = () => {
  const { pathname } = useLocation();
  if (pathname === '/sign-in') return <Redirect to="/" />;
  if (pathname === '/') return <PortfolioPage />;
  if (pathname === '/approvals') return <ApprovalsInboxPage />;
  if (pathname === '/productions/new') return <NewProductionPage />;
  const production = matchPath('/productions/:productionId/*', pathname);
  if (production?.['productionId']) {
    const base = `/productions/${encodeURIComponent(production['productionId'])}`;
    const rest = pathname.slice(base.length).replace(/\/$/, '');
    return (
      <ProductionPage
        key={production['productionId']}
        productionId={production['productionId']}
        rest={rest}
      />
    );
  }
  return (
    <EmptyState title="This page does not exist">
      <Link to="/">Back to your portfolio</Link>
    </EmptyState>
  );
};
