import { calendarDate, weekdayAbbreviation, weekdayOf } from '@greenlight/domain';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A board's date as a day break says it: "Tue 2 Mar". */
export const formatBoardDate = (date: string): string => {
  if (!CALENDAR_DATE.test(date)) return date;
  const weekday = weekdayAbbreviation(weekdayOf(calendarDate(date)));
  return `${weekday} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''}`;
};
