import { describe, expect, it } from 'vitest';
import { createMailer } from './create-mailer.js';
import type { MailMessage } from './mailer.js';

const message: MailMessage = {
  to: { name: 'Ana Lima', address: 'ana@example.com' },
  subject: 'Call sheet',
  text: 'Hello',
  attachments: [],
};

describe('createMailer', () => {
  it('keeps mail in an outbox when no SMTP URL is configured, and says so', async () => {
    const seen: string[] = [];
    const mailer = createMailer({ smtpUrl: '  ', from: null }, (m) => seen.push(m.to.address));
    expect(mailer.kind).toBe('outbox');
    expect(mailer.describe).toContain('outbox');
    await mailer.send(message);
    expect(seen).toEqual(['ana@example.com']);
    expect('messages' in mailer ? mailer.messages : []).toEqual([message]);
  });

  it('sends through SMTP when configured, and never shows the password', async () => {
    const mailer = createMailer({ smtpUrl: 'smtp://sheets:s3cret@mail.example:587', from: null });
    expect(mailer.kind).toBe('smtp');
    expect(mailer.describe).toBe('sent through smtp://sheets@mail.example:587');
    await mailer.close();
  });

  it('refuses an SMTP URL it cannot use, in words', () => {
    for (const [url, words] of [
      ['not a url', 'is not a URL'],
      ['http://mail.example', 'must start with smtp:// or smtps://'],
    ] as const)
      expect(() => createMailer({ smtpUrl: url, from: null })).toThrow(words);
  });
});
