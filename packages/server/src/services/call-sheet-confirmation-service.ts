import { decide, DomainError, type ActionId, type PersonId } from '@greenlight/domain';
import { hashToken } from '../auth/session-token.js';
import type { ServerDeps } from '../server-deps.js';
import { dayWords } from './call-sheet-delivery.js';
import { escapeHtml } from './escape-html.js';
import { readOnly, snapshotOf, todayFor } from './service-context.js';

const page = (title: string, paragraphs: readonly string[]): Uint8Array =>
  new TextEncoder().encode(
    [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="robots" content="noindex">',
      `<title>${escapeHtml(title)}</title>`,
      '<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1d2a22}h1{font-size:1.4rem}</style>',
      '</head>',
      '<body>',
      `<h1>${escapeHtml(title)}</h1>`,
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      '</body>',
      '</html>',
    ].join('\n'),
  );

/**
 * A recipient's confirmation link, opened from their email with no session: the token names one recipient of
 * one issue, whose person must still be allowed to see the schedule (`schedule.view`, decided now). Marks them
 * confirmed (opening it again keeps the first moment) and answers a short page thanking them by name. An
 * unknown token, a recipient no longer on the production and one who lost the right are the same 404.
 */
export const confirmCallSheet = async (
  deps: ServerDeps,
  token: string,
  declare: (action: ActionId) => ActionId,
): Promise<Uint8Array> => {
  const noSuchLink = new DomainError('not-found', 'No such confirmation link');
  const repos = readOnly(deps);
  const found = await repos.callSheets.findByToken(hashToken(token));
  if (found === null || found.recipient.personId === null) throw noSuchLink;
  const { recipient, publication } = found;
  const production = await repos.productions.get(publication.productionId);
  if (production === null) throw noSuchLink;
  const snapshot = await snapshotOf(deps.database.kysely, production.id);
  const decision = decide(snapshot, recipient.personId as PersonId, declare('schedule.view'), {
    today: todayFor(deps, production),
  });
  if (decision.outcome !== 'allow') throw noSuchLink;
  await repos.callSheets.confirm(recipient.id, deps.clock.now());
  const latest = await repos.callSheets.latestPublication(production.id, publication.date);
  const { sheet } = publication;
  const issue = publication.revision === 1 ? '' : ` (revision ${publication.revision - 1})`;
  return page(`Thanks, ${recipient.name}`, [
    `Thanks, ${recipient.name}: you confirmed the call sheet${issue} for Day ${sheet.dayNumber}, ${dayWords(sheet.date)}.`,
    `${sheet.productionTitle}: general crew call ${sheet.generalCrewCall}.`,
    ...(latest !== null && latest.revision > publication.revision
      ? [
          `This call sheet has been revised since (revision ${latest.revision - 1}): look for it in your email and confirm that one too.`,
        ]
      : []),
  ]);
};
