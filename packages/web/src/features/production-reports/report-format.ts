import { formatEighths } from '@greenlight/domain';
import type { ProductionReportDto } from '@greenlight/contract';

/** Pages from eighths, as a schedule says them: "1 3/8", "7/8". */
export const pages = (eighths: number): string => formatEighths(Math.abs(eighths));

/** Screen time as minutes and seconds, 2:05. */
export const screenTime = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Minutes and seconds typed as "2:05" (or whole minutes, "2") to seconds; null when it is not one. */
export const parseScreenTime = (text: string): number | null => {
  const match = /^\s*(\d{1,3})(?::([0-5]\d))?\s*$/.exec(text);
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2] ?? 0);
};

/** "Behind 6/8 pages (0.6 days)", as the report prints it. */
export const standingText = (report: ProductionReportDto): string => {
  const { eighthsAhead, daysAhead, verdict } = report.schedule;
  if (verdict === 'on schedule') return 'On schedule';
  const days = Math.abs(daysAhead);
  return `${verdict === 'ahead' ? 'Ahead' : 'Behind'} ${pages(eighthsAhead)} pages (${days} ${days === 1 ? 'day' : 'days'})`;
};

/** A blank time is null. */
export const timeOrNull = (text: string): string | null =>
  text.trim() === '' ? null : text.trim();
