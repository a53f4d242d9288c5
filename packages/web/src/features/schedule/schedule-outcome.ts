import type { ActionResultDto } from '@greenlight/contract';

/** The outcome of the last change on the Schedule tab, shown in the corner toast. */
export type ScheduleOutcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string };

/** Where a view of the Schedule tab reports what became of a change. */
export type ReportOutcome = (outcome: ScheduleOutcome) => void;
