import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Database } from '@greenlight/db';
import {
  createApp,
  createServerDeps,
  DEMO_PASSWORD,
  DEMO_TEAM,
  seedDemo,
} from '@greenlight/server';
import { LONG_FEATURE } from './parse-screenplay.js';

export type DraftImportTimes = {
  readonly scenes: number;
  readonly tags: number;
  /** Milliseconds, one run each (they change the production, so they are not repeated). */
  readonly firstImportMs: number;
  readonly tagMs: number;
  readonly revisionImportMs: number;
  readonly overviewMs: number;
  readonly kept: number;
  readonly review: number;
};

type Inject = Awaited<ReturnType<typeof createApp>>['inject'];

/**
 * A second draft of the long feature: every tenth scene cut, a line rewritten in every fifth, two scenes
 * swapped — what a revision does to a breakdown.
 */
export const reviseFeature = (text: string): string => {
  const blocks = text.split(/\n(?=(?:INT\.|EXT\.|INT\.\/EXT\.)[^\n]*\n)/);
  const revised = blocks
    .filter((_, index) => index === 0 || index % 10 !== 0)
    .map((block, index) => (index % 5 === 0 ? block.replace(/\bthe\b/, 'a') : block));
  const [a, b] = [revised[3], revised[4]];
  if (a !== undefined && b !== undefined) [revised[3], revised[4]] = [b, a];
  return revised.join('\n');
};

/**
 * The whole draft import through the API on `database`: the ~120-page feature imported into the demo
 * production, every suggestion with a category tagged in one request, then a revision imported (scenes
 * matched, tags carried over), and the script page's overview read.
 */
export const measureDraftImport = async (database: Database): Promise<DraftImportTimes> => {
  const deps = createServerDeps(database);
  const demo = await seedDemo(deps);
  const app = await createApp(deps, { logger: false });
  try {
    const inject: Inject = app.inject.bind(app);
    const lp = DEMO_TEAM.find((m) => m.role === 'line-producer');
    const signedIn = await inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: lp?.email, password: DEMO_PASSWORD }),
    });
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0] ?? '';
    const { csrfToken } = signedIn.json<{ csrfToken: string }>();
    const base = `/api/v1/productions/${demo.productionId}`;
    const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
      const started = performance.now();
      const response = await inject({
        method,
        url: base + path,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });
      const ms = performance.now() - started;
      if (response.statusCode >= 300) throw new Error(`${method} ${path}: ${response.body}`);
      return { ms, json: response.json<Record<string, unknown>>() };
    };
    const text = readFileSync(LONG_FEATURE, 'utf8');
    const first = await call('POST', '/script/drafts', {
      fileName: 'long-feature.fountain',
      content: Buffer.from(text).toString('base64'),
    });
    const suggested = await call('GET', '/script/suggestions');
    const suggestions = (
      suggested.json['suggestions'] as {
        category: string | null;
        name: string;
        sceneId: string;
        anchor: { elementIndex: number; start: number; end: number };
      }[]
    ).filter((s) => s.category !== null);
    const tags = suggestions.slice(0, 500).map((s) => ({
      sceneId: s.sceneId,
      anchor: { elementIndex: s.anchor.elementIndex, start: s.anchor.start, end: s.anchor.end },
      category: s.category,
      name: s.name,
    }));
    const tagged = await call('POST', '/breakdown/tags', {
      draftId: suggested.json['draftId'],
      tags,
    });
    const revision = await call('POST', '/script/drafts', {
      fileName: 'long-feature-blue.fountain',
      content: Buffer.from(reviseFeature(text)).toString('base64'),
    });
    const overview = await call('GET', '/script');
    const result = (revision.json['result'] ?? {}) as Record<string, number>;
    return {
      scenes: Number(((first.json['result'] ?? {}) as Record<string, number>)['scenes'] ?? 0),
      tags: tags.length,
      firstImportMs: first.ms,
      tagMs: tagged.ms,
      revisionImportMs: revision.ms,
      overviewMs: overview.ms,
      kept: Number(result['tagsKept'] ?? 0),
      review: Number(result['tagsForReview'] ?? 0),
    };
  } finally {
    await app.close();
  }
};
