import { describe, expect, it } from 'vitest';
import { redactTokenPaths } from './redact-token-paths.js';

describe('redactTokenPaths', () => {
  it('hides the token of a calendar feed URL, keeping the rest', () => {
    expect(redactTokenPaths('/api/v1/calendar-feeds/s3cr3t-T0ken_x/calendar.ics')).toBe(
      '/api/v1/calendar-feeds/…/calendar.ics',
    );
    expect(redactTokenPaths('/api/v1/calendar-feeds/s3cr3t/calendar.ics?x=1')).toBe(
      '/api/v1/calendar-feeds/…/calendar.ics?x=1',
    );
  });

  it('leaves every other URL alone', () => {
    for (const url of [
      '/api/v1/productions/7f0c/calendar-feeds',
      '/api/v1/productions/7f0c/schedule/calendar.ics',
      '/',
    ])
      expect(redactTokenPaths(url)).toBe(url);
  });
});
