import { formatBoardDate } from './board-date';

/** A date a rule names, with its year, since rules reach past the current shoot: "Tue 2 Mar 2027". */
export const formatRuleDate = (date: string): string =>
  `${formatBoardDate(date)} ${date.slice(0, 4)}`;
