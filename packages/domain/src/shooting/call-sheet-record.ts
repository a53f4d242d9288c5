import type { CalendarDate, Instant } from '../shared/calendar-date.js';
import type { PersonId, ProductionId } from '../shared/ids.js';
import type { CallSheet, CallSheetDetails } from './call-sheet.js';

// What is kept of a day's call sheet: the details being prepared (saved whole, with a version for optimistic
// writes), each issue as it went out (the built sheet frozen, with what changed since the issue before), and
// who it was sent to, with whether they confirmed.

/** The details entered for one shoot day, as last saved. */
export type CallSheetDraft = {
  readonly productionId: ProductionId;
  readonly date: CalendarDate;
  readonly details: CallSheetDetails;
  /** Moved by every save; a save naming an older version is a conflict. */
  readonly version: number;
  readonly updatedAt: Instant;
  readonly updatedBy: PersonId | null;
};

/** One issue of a day's call sheet: revision 1 is the first issue, 2 the first revision, and so on. */
export type CallSheetPublication = {
  readonly id: string;
  readonly productionId: ProductionId;
  readonly date: CalendarDate;
  readonly revision: number;
  /** The sheet exactly as it was issued. */
  readonly sheet: CallSheet;
  /** What changed since the previous issue (`callSheetChanges`); empty for the first. */
  readonly changes: readonly string[];
  readonly publishedBy: PersonId | null;
  readonly publishedAt: Instant;
};

/** Someone an issue was sent to; their confirmation link's token is known only to their email. */
export type CallSheetRecipient = {
  readonly id: string;
  readonly publicationId: string;
  readonly personId: PersonId | null;
  readonly name: string;
  readonly email: string;
  readonly sentAt: Instant | null;
  /** Why the email could not be sent, in the mail server's words; null when it went or is still to go. */
  readonly sendError: string | null;
  readonly confirmedAt: Instant | null;
};
