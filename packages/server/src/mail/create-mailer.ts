import type { Mailer, MailMessage } from './mailer.js';
import { createOutboxMailer } from './outbox-mailer.js';
import { createSmtpMailer } from './smtp-mailer.js';

export type MailConfig = {
  /** `GREENLIGHT_SMTP_URL`; null or blank keeps mail in the outbox. */
  readonly smtpUrl: string | null;
  /** `GREENLIGHT_MAIL_FROM`; defaults to `Greenlight <greenlight@localhost>`. */
  readonly from: string | null;
};

export const DEFAULT_MAIL_FROM = 'Greenlight <greenlight@localhost>';

/** The mailer the configuration asks for; an invalid SMTP URL is a validation error in words. */
export const createMailer = (
  config: MailConfig,
  onOutboxMessage?: (message: MailMessage) => void,
): Mailer => {
  const url = config.smtpUrl?.trim() ?? '';
  if (url === '') return createOutboxMailer(onOutboxMessage ? { onMessage: onOutboxMessage } : {});
  const from = config.from?.trim() ?? '';
  return createSmtpMailer({ url, from: from === '' ? DEFAULT_MAIL_FROM : from });
};
