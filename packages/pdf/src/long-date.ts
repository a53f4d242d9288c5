const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date as a call sheet prints it, "Tuesday 2 March 2027": assembled here rather than by Intl,
 * whose wording differs between ICU versions, so a sheet reads the same on every server.
 */
export const longDate = (date: string): string => {
  const d = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()] ?? ''} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
};

/** The same date short, for a column: "Tue 2 Mar". */
export const shortDate = (date: string): string => {
  const d = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]?.slice(0, 3) ?? ''} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]?.slice(0, 3) ?? ''}`;
};
