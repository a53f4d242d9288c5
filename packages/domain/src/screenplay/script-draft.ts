import type { IdentifiedScene } from '../breakdown/breakdown-sheet.js';
import type { CalendarDate, Instant } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { ScriptDiagnostic, ScriptDocument } from './script-document.js';

/** The file formats a draft can be imported from. */
export type ScriptFileFormat = 'fountain' | 'fdx' | 'pdf';
export const SCRIPT_FILE_FORMATS: readonly ScriptFileFormat[] = ['fountain', 'fdx', 'pdf'];

/** A scene of the previous draft that the new one no longer has. */
export type OmittedScene = {
  readonly sceneId: string;
  readonly number: string;
  readonly heading: string;
};

/**
 * One imported draft (a revision) of the production's script: its number (1 for the first), its colour in
 * the industry's revision order, the date on it, where it came from, and what it omitted from the draft
 * before it. The parsed document is kept whole: tags point into it.
 */
export type ScriptDraftSummary = {
  readonly id: string;
  readonly scriptId: string;
  readonly number: number;
  readonly title: string | null;
  readonly revisionColour: string;
  readonly draftDate: CalendarDate;
  readonly fileName: string;
  readonly format: ScriptFileFormat;
  readonly importedBy: PersonId;
  readonly importedAt: Instant;
  readonly diagnostics: readonly ScriptDiagnostic[];
  readonly omitted: readonly OmittedScene[];
};

export type ScriptDraft = ScriptDraftSummary & { readonly document: ScriptDocument };

/** How a scene of a draft compares with the draft before it (the first draft's scenes are all `added`). */
export type DraftSceneStatus = 'added' | 'changed' | 'unchanged';

export type DraftScene = IdentifiedScene & {
  readonly status: DraftSceneStatus;
  /** The number it had in the previous draft, when it was renumbered. */
  readonly previousNumber: string | null;
};
