import nodemailer from 'nodemailer';
import { DomainError } from '@greenlight/domain';
import type { Mailer } from './mailer.js';

export type SmtpMailerOptions = {
  /** `smtp://user:pass@host:587` (STARTTLS when the server offers it) or `smtps://…:465` (TLS from the start). */
  readonly url: string;
  /** The From address, `Name <address>` or a bare address. */
  readonly from: string;
};

/** The SMTP URL without its password, for messages and logs. */
export const describeSmtpUrl = (url: URL): string =>
  `${url.protocol}//${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}`;

const parseSmtpUrl = (value: string): URL => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DomainError(
      'validation',
      'GREENLIGHT_SMTP_URL is not a URL; write it as smtp://user:password@host:587',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new DomainError(
      'validation',
      `GREENLIGHT_SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`,
    );
  if (url.hostname === '') throw new DomainError('validation', 'GREENLIGHT_SMTP_URL names no host');
  return url;
};

/**
 * Sends through an SMTP server with nodemailer, one connection per message (a call sheet goes to tens of
 * people, not thousands, and nothing stays open between publications). Time limits are short so a server
 * that does not answer makes a recipient's send fail in seconds instead of holding the publication.
 */
export const createSmtpMailer = (options: SmtpMailerOptions): Mailer => {
  const url = parseSmtpUrl(options.url);
  const transport = nodemailer.createTransport({
    url: url.href,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    describe: `sent through ${describeSmtpUrl(url)}`,
    send: async (message) => {
      await transport.sendMail({
        from: options.from,
        to: { name: message.to.name, address: message.to.address },
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
        attachments: message.attachments.map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content),
          contentType: a.contentType,
        })),
      });
    },
    close: async () => transport.close(),
  };
};
