const DECIMAL = /^(\d{1,2})(?:[.,](\d{1,2}))?\s*(?:h|hrs?|hours?)?$/i;
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;
const HOURS_AND_MINUTES = /^(\d{1,2})\s*h(?:rs?|ours?)?\s*(\d{1,2})\s*(?:m|mins?|minutes?)?$/i;
const MINUTES = /^(\d{1,4})\s*(?:m|mins?|minutes?)$/i;

/**
 * Reads a length of shooting day as a first AD writes it ("10", "10.5", "9:30", "9 h 30 min", "570 min")
 * as whole minutes; null when it is not one.
 */
export const parseHours = (text: string): number | null => {
  const trimmed = text.trim();
  const clock = CLOCK.exec(trimmed) ?? HOURS_AND_MINUTES.exec(trimmed);
  if (clock) {
    const minutes = Number(clock[2]);
    return minutes < 60 ? Number(clock[1]) * 60 + minutes : null;
  }
  const decimal = DECIMAL.exec(trimmed);
  if (decimal) return Math.round(Number(`${decimal[1]}.${decimal[2] ?? '0'}`) * 60);
  const minutes = MINUTES.exec(trimmed);
  return minutes ? Number(minutes[1]) : null;
};

/** `10 h`, `9 h 30 min`, `45 min`: a length of time as a call sheet writes it, and `parseHours` reads back. */
export const formatHours = (minutes: number): string => {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};
