import type { Mailer, MailMessage } from './mailer.js';

export type OutboxMailer = Mailer & {
  readonly kind: 'outbox';
  /** The messages kept, oldest first (at most `keep`). */
  readonly messages: readonly MailMessage[];
};

/**
 * The mailer when no SMTP server is configured: every message is accepted and kept in memory (the latest
 * `keep`), and `onMessage` is told, so the server can log it. Nothing leaves the machine.
 */
export const createOutboxMailer = (
  options: { readonly keep?: number; readonly onMessage?: (message: MailMessage) => void } = {},
): OutboxMailer => {
  const keep = options.keep ?? 100;
  const messages: MailMessage[] = [];
  return {
    kind: 'outbox',
    describe: 'kept in the outbox (no GREENLIGHT_SMTP_URL: nothing is sent)',
    messages,
    send: async (message) => {
      messages.push(message);
      if (messages.length > keep) messages.splice(0, messages.length - keep);
      options.onMessage?.(message);
    },
    close: async () => undefined,
  };
};
