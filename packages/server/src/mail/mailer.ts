/** A file sent with a message. */
export type MailAttachment = {
  readonly filename: string;
  readonly content: Uint8Array;
  readonly contentType: string;
};

export type MailMessage = {
  /** One recipient per message: each call sheet email carries its own confirmation link. */
  readonly to: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments: readonly MailAttachment[];
};

/**
 * Where outgoing email goes: an SMTP server (`GREENLIGHT_SMTP_URL`) or, without one, an outbox in memory, so
 * the product and the demo work with nothing configured. `send` resolves once the server accepted the message
 * and rejects with the reason otherwise; callers record a failure per recipient rather than give up.
 */
export type Mailer = {
  readonly kind: 'smtp' | 'outbox';
  /** Where mail goes, in words, without credentials (for the start-up line and `doctor`). */
  readonly describe: string;
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
};
