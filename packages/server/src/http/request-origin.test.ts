import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin.js';

describe('requestOrigin', () => {
  const base = { origin: undefined, host: undefined, protocol: 'http', secure: false } as const;

  it('prefers the browser’s Origin header, which survives a TLS-terminating proxy', () => {
    expect(
      requestOrigin({ ...base, origin: 'https://office.example', host: '127.0.0.1:4000' }),
    ).toBe('https://office.example');
  });

  it('falls back to the scheme and the Host header, https when the cookie is Secure', () => {
    expect(requestOrigin({ ...base, host: 'office.example:4000' })).toBe(
      'http://office.example:4000',
    );
    expect(requestOrigin({ ...base, host: 'office.example', secure: true })).toBe(
      'https://office.example',
    );
    expect(requestOrigin({ ...base, host: '[::1]:4000' })).toBe('http://[::1]:4000');
  });

  it('ignores what is not an http(s) origin', () => {
    expect(requestOrigin({ ...base, origin: 'null', host: 'a.example' })).toBe('http://a.example');
    expect(requestOrigin({ ...base, origin: 'file://', host: 'a.example' })).toBe(
      'http://a.example',
    );
    expect(requestOrigin({ ...base, host: 'bad host/with/path?' })).toBe('http://127.0.0.1');
    expect(requestOrigin(base)).toBe('http://127.0.0.1');
  });
});
