import type { CalendarDate, Instant } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { PersonId, ProductionId } from '../shared/ids.js';
import type { ProductionReport, ProductionReportEntry } from './production-report.js';

// What is kept of a day's production report: what was entered (saved whole, with a version for optimistic
// writes), where it stands, and once signed the report exactly as it was signed. A signed report is the legal
// record of the day and is never changed: a correction is a new revision of the day, starting from what the
// signed one said.

/**
 * draft: being filled in; submitted: handed in for signature (still correctable before it is signed);
 * signed: signed off per the authority matrix, read-only.
 */
export type ProductionReportStatus = 'draft' | 'submitted' | 'signed';

export type ProductionReportRecord = {
  readonly productionId: ProductionId;
  readonly date: CalendarDate;
  /** 1 for the day's first report, 2 for its first correction, and so on. */
  readonly revision: number;
  readonly entry: ProductionReportEntry;
  readonly status: ProductionReportStatus;
  /** Moved by every write; a write naming an older version is a conflict. */
  readonly version: number;
  readonly updatedAt: Instant;
  readonly updatedBy: PersonId | null;
  readonly submittedAt: Instant | null;
  readonly submittedBy: PersonId | null;
  readonly signedAt: Instant | null;
  readonly signedBy: PersonId | null;
  /** The report as it was signed; null before. */
  readonly signed: ProductionReport | null;
};

export type ProductionReportStep = 'save' | 'submit' | 'sign' | 'revise';

/**
 * Where a report goes on a step, or a conflict saying why it cannot: saving keeps a draft a draft and a
 * submitted report submitted (the UPM may correct a figure before signing); submitting takes a draft;
 * signing takes a submitted report; a signed report takes only a correction, which starts a new draft.
 */
export const nextProductionReportStatus = (
  status: ProductionReportStatus,
  step: ProductionReportStep,
): ProductionReportStatus => {
  if (status === 'signed' && step !== 'revise')
    throw new DomainError(
      'conflict',
      'This production report is signed and cannot be changed: start a correction to revise it',
    );
  switch (step) {
    case 'save':
      return status;
    case 'submit':
      if (status !== 'draft')
        throw new DomainError('conflict', 'This production report has already been submitted');
      return 'submitted';
    case 'sign':
      if (status !== 'submitted')
        throw new DomainError(
          'conflict',
          'Only a submitted production report can be signed: submit it first',
        );
      return 'signed';
    case 'revise':
      if (status !== 'signed')
        throw new DomainError(
          'conflict',
          'Only a signed production report needs a correction: edit this one instead',
        );
      return 'draft';
  }
};
