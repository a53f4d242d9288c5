import type { ScheduleLink } from '@greenlight/domain';
import { notParsed, parsed, type Parsed, quoted } from './parsed-value.js';

/**
 * A schedule link as `describeScheduleLink` writes it, ignoring case and the `#`: `shoot days`,
 * `cast #1 work days`, `cast 12 hold days`. Empty is no link.
 */
export const parseScheduleLinkText = (input: string): Parsed<ScheduleLink | null> => {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return parsed(null);
  if (/^shoot[ -]?days$/.test(text)) return parsed({ kind: 'shoot-days' });
  const cast = /^cast ?#? ?(\d{1,6}) (work|hold)[ -]?days$/.exec(text);
  const castNumber = Number(cast?.[1] ?? '0');
  if (cast && castNumber > 0) {
    return parsed(
      cast[2] === 'work'
        ? { kind: 'cast-work-days', castNumber }
        : { kind: 'cast-hold-days', castNumber },
    );
  }
  return notParsed(
    `${quoted(input)} is not a schedule link (write shoot days, cast #1 work days or cast #1 hold days)`,
  );
};
