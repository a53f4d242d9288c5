import { buildPath, routes } from '@greenlight/contract';
import {
  formatCalendarDate,
  formatDateTimeInZone,
  weekdayAbbreviation,
  weekdayOf,
  type CalendarDate,
  type CallSheet,
  type CallSheetPublication,
  type CallSheetRecipient,
  type Production,
} from '@greenlight/domain';
import { renderCallSheetPdf } from '@greenlight/pdf';
import type { MailMessage } from '../mail/mailer.js';
import type { ServerDeps } from '../server-deps.js';
import { escapeHtml } from './escape-html.js';
import { readOnly } from './service-context.js';

// Emails go after the publication's transaction has committed (an email cannot be rolled back, and a
// publication must not be lost because a mail server is down). The effect that made the publication notes
// what to send, including each recipient's token, which exists nowhere else; whoever committed it (the
// publish service, or an approval) then calls `deliverPublishedCallSheet` with the same effect object.

type Delivery = {
  readonly production: Production;
  readonly publication: CallSheetPublication;
  readonly recipients: readonly {
    readonly recipient: CallSheetRecipient;
    readonly token: string;
  }[];
  readonly origin: string;
};

const noted = new WeakMap<object, Delivery>();

/** Called by the effect, inside the transaction: what to send once it commits. */
export const notePublishedCallSheet = (effect: object, delivery: Delivery): void => {
  noted.set(effect, delivery);
};

/** "Thu 14 Jan 2027". */
export const dayWords = (date: CalendarDate): string =>
  `${weekdayAbbreviation(weekdayOf(date))} ${formatCalendarDate(date)}`;

/** The footer of an issued sheet: who published it and when, in the production's zone. */
const footerOf = (
  production: Production,
  publication: CallSheetPublication,
  publisher: string | null,
): string =>
  `${publication.revision === 1 ? 'Issued' : `Revision ${publication.revision - 1} issued`} ${formatDateTimeInZone(publication.publishedAt, production.timeZone)} (${production.timeZone})${publisher === null ? '' : ` by ${publisher}`}`;

/** The PDF of an issue, exactly as it was emailed (the same sheet, footer and time give the same bytes). */
export const publicationPdf = async (
  deps: ServerDeps,
  production: Production,
  publication: CallSheetPublication,
): Promise<Uint8Array> => {
  const publisher =
    publication.publishedBy === null
      ? null
      : await readOnly(deps).people.get(publication.publishedBy);
  return renderCallSheetPdf({
    sheet: publication.sheet,
    revision:
      publication.revision === 1
        ? null
        : { number: publication.revision - 1, changes: publication.changes },
    generatedAt: publication.publishedAt,
    footer: footerOf(production, publication, publisher?.name ?? null),
  });
};

/** The file name of a day's sheet: `call-sheet-day-1-2027-01-14.pdf`, `…-rev-2.pdf` for a revision. */
export const callSheetFileName = (sheet: CallSheet, revision: number | null): string =>
  `call-sheet-day-${sheet.dayNumber}-${sheet.date}${revision !== null && revision > 1 ? `-rev-${revision - 1}` : ''}.pdf`;

/** One recipient's email: the sheet attached, the day in words, what changed, their confirmation link. */
export const callSheetMessage = (input: {
  readonly publication: CallSheetPublication;
  readonly recipient: CallSheetRecipient;
  readonly link: string;
  /** Null: sent without the file (the outbox keeps who was sent what, not the PDF). */
  readonly pdf: Uint8Array | null;
}): MailMessage => {
  const { publication, recipient, link, pdf } = input;
  const attached = pdf === null ? '' : ' It is attached as a PDF.';
  const { sheet } = publication;
  const revised = publication.revision > 1;
  const day = `Day ${sheet.dayNumber} of ${sheet.totalDays}, ${dayWords(sheet.date)}`;
  const calls = `General crew call ${sheet.generalCrewCall}${sheet.shootingCall === null ? '' : `, shooting call ${sheet.shootingCall}`}.`;
  const changes = revised && publication.changes.length > 0 ? publication.changes : [];
  const text = [
    `Hello ${recipient.name},`,
    '',
    `${revised ? `The call sheet for ${sheet.productionTitle} has been REVISED (revision ${publication.revision - 1})` : `Here is the call sheet for ${sheet.productionTitle}`}: ${day}.${attached}`,
    calls,
    ...(changes.length > 0 ? ['', 'What changed:', ...changes.map((c) => `- ${c}`)] : []),
    '',
    'Please confirm you have it:',
    link,
    '',
    '— Greenlight',
  ].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(recipient.name)},</p>`,
    `<p>${revised ? `The call sheet for <strong>${escapeHtml(sheet.productionTitle)}</strong> has been <strong>REVISED</strong> (revision ${publication.revision - 1})` : `Here is the call sheet for <strong>${escapeHtml(sheet.productionTitle)}</strong>`}: ${escapeHtml(day)}.${attached}</p>`,
    `<p>${escapeHtml(calls)}</p>`,
    ...(changes.length > 0
      ? [`<p>What changed:</p><ul>${changes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`]
      : []),
    `<p><a href="${escapeHtml(link)}">Confirm you have the call sheet</a></p>`,
  ].join('\n');
  return {
    to: { name: recipient.name, address: recipient.email },
    subject: `${revised ? `REVISED call sheet (revision ${publication.revision - 1})` : 'Call sheet'}: ${sheet.productionTitle}, ${day}`,
    text,
    html,
    attachments:
      pdf === null
        ? []
        : [
            {
              filename: callSheetFileName(sheet, publication.revision),
              content: pdf,
              contentType: 'application/pdf',
            },
          ],
  };
};

/** How many people a batch of emails goes to at once: a few connections, not one per recipient. */
const AT_ONCE = 4;

/**
 * Sends the emails of a publication the effect made, once its transaction has committed: the PDF rendered
 * once, one message per recipient with their own link. Each outcome is recorded on the recipient (sent, or
 * the mail server's error); nothing here can undo the publication. Null when the effect published nothing.
 */
export const deliverPublishedCallSheet = async (
  deps: ServerDeps,
  effect: object,
): Promise<{ sent: number; failed: number } | null> => {
  const delivery = noted.get(effect);
  noted.delete(effect);
  if (delivery === undefined) return null;
  const { production, publication, origin } = delivery;
  const repos = readOnly(deps);
  // Rendered once for everyone. The outbox (no mail server configured, and the demo) keeps who was sent
  // what without the file: anyone can download the issue's PDF, and a first render in a process costs a
  // second of font loading that seeding the demo need not pay.
  const pdf =
    deps.mailer.kind === 'outbox' ? null : await publicationPdf(deps, production, publication);
  let sent = 0;
  let failed = 0;
  const queue = [...delivery.recipients];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const { recipient, token } = next;
      const link = origin + buildPath(routes.confirmCallSheet, { token });
      try {
        await deps.mailer.send(callSheetMessage({ publication, recipient, link, pdf }));
        await repos.callSheets.recordDelivery(recipient.id, { sentAt: deps.clock.now() });
        sent += 1;
      } catch (error) {
        await repos.callSheets.recordDelivery(recipient.id, {
          error: error instanceof Error ? error.message : String(error),
        });
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, worker));
  return { sent, failed };
};
