import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '@greenlight/contract';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves the built single-page app; any other path that is not the API gets index.html so client-side routes
 * survive a reload. Hashed assets are cached for a year, index.html never.
 */
export const serveWebApp = (app: FastifyInstance, webRoot: string): void => {
  const root = normalize(webRoot);
  app.get('/*', async (request, reply) => {
    const urlPath = decodeURIComponent((request.url.split('?')[0] ?? '/').replace(/^\/+/, ''));
    if (('/' + urlPath).startsWith(API_PREFIX)) {
      return reply.status(404).send({
        error: { code: 'not-found', message: `No API route ${request.method} ${request.url}` },
      });
    }
    const candidate = normalize(join(root, urlPath));
    const inside = candidate === root || candidate.startsWith(root + sep);
    if (inside && urlPath !== '') {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) {
        const immutable = urlPath.startsWith('assets/');
        return reply
          .header('content-type', TYPES[extname(candidate)] ?? 'application/octet-stream')
          .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
          .send(await readFile(candidate));
      }
    }
    const index = await readFile(join(root, 'index.html')).catch(() => null);
    if (!index) return reply.status(404).send('The web app is not built: run `npm run build`.');
    return reply
      .header('content-type', TYPES['.html'])
      .header('cache-control', 'no-cache')
      .send(index);
  });
};
