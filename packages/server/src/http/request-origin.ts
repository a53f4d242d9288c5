export type OriginSources = {
  /** The `Origin` header: browsers send it with every POST, also same-origin ones. */
  readonly origin: string | undefined;
  /** The `Host` header. */
  readonly host: string | undefined;
  /** The scheme of the connection to this server (`http` unless it terminates TLS itself). */
  readonly protocol: 'http' | 'https';
  /** The session cookie is Secure: the deployment is served over HTTPS, even if a proxy speaks http to us. */
  readonly secure: boolean;
};

const FALLBACK_HOST = '127.0.0.1';

/** `https://office.example:8443` from a header value, or null for anything that is not an http(s) origin. */
const parseOrigin = (value: string | undefined): string | null => {
  if (value === undefined) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
};

/**
 * The origin a caller reached this server at, for absolute links it hands out (calendar feed URLs).
 * Greenlight has no configured public URL, so it is taken from the request: the browser's `Origin` header
 * first (it is exactly what the person's browser shows, also behind a TLS-terminating proxy), else the
 * scheme and the `Host` header (a reverse proxy must pass the original Host on). Trusting these headers is
 * safe here: they only shape the link handed back to the same caller.
 */
export const requestOrigin = (sources: OriginSources): string => {
  const fromBrowser = parseOrigin(sources.origin);
  if (fromBrowser !== null) return fromBrowser;
  const scheme = sources.secure ? 'https' : sources.protocol;
  const host = sources.host?.trim();
  return (
    parseOrigin(`${scheme}://${host === undefined || host === '' ? FALLBACK_HOST : host}`) ??
    `${scheme}://${FALLBACK_HOST}`
  );
};
