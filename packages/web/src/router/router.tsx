import {
  useEffect,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

// A tiny history-based router: the location is an external store fed by pushState/popstate.
const CHANGE = 'greenlight:navigate';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
};

const snapshot = (): string => window.location.pathname + window.location.search;

export type Location = { readonly pathname: string; readonly search: URLSearchParams };

/** The current path and query; re-renders on every navigation. */
export const useLocation = (): Location => {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const url = new URL(href, 'http://greenlight.local');
  return { pathname: url.pathname, search: url.searchParams };
};

export const navigate = (to: string, options: { replace?: boolean } = {}): void => {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo?.(0, 0);
};

/**
 * Matches `/productions/:productionId/team` against a path; returns the params or null. A pattern ending in
 * `/*` also matches anything below it.
 */
export const matchPath = (pattern: string, pathname: string): Record<string, string> | null => {
  const wildcard = pattern.endsWith('/*');
  const want = (wildcard ? pattern.slice(0, -2) : pattern).split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (wildcard ? have.length < want.length : have.length !== want.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i];
    if (actual === undefined) return null;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
};

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  readonly to: string;
  readonly children: ReactNode;
};

/** An ordinary link (middle-click and cmd-click still open a new tab) that navigates in place. */
export const Link = ({ to, onClick, children, ...rest }: LinkProps) => {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
};

/** Replaces the current entry with `to` once rendered (e.g. /sign-in after signing in). */
export const Redirect = ({ to }: { readonly to: string }) => {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
};
