import { useDeferredValue, useMemo, useState } from 'react';
import type { CallSheetDayDto, CallSheetDetailsDto } from '@greenlight/contract';
import { formatInstant } from '../../ui/format-time';
import type { CallSheetOutcome } from './call-sheet-outcome';
import { DetailsForm } from './details-form';
import {
  draftFromDay,
  draftToDetails,
  isDraftChanged,
  validateDraft,
  type DetailsDraft,
} from './details-draft';
import { OutcomeNotice } from './outcome-notice';
import { previewSheet } from './preview-sheet';
import { PublishPanel } from './publish-panel';
import { SheetPreview } from './sheet-preview';

type CallSheetWorkspaceProps = {
  readonly day: CallSheetDayDto;
  readonly timeZone: string;
  readonly busy: 'save' | 'publish' | null;
  readonly outcome: CallSheetOutcome | null;
  readonly onSave: (details: CallSheetDetailsDto) => Promise<boolean>;
  readonly onPublish: () => Promise<boolean>;
  readonly onReload: () => void;
  readonly onDismiss: () => void;
};

/**
 * The form and the preview of one loaded version of the day (remounted when a save brings a new version, so
 * the form then shows what the server kept).
 */
export const CallSheetWorkspace = ({
  day,
  timeZone,
  busy,
  outcome,
  onSave,
  onPublish,
  onReload,
  onDismiss,
}: CallSheetWorkspaceProps) => {
  const loaded = useMemo(() => draftFromDay(day), [day]);
  const [draft, setDraft] = useState<DetailsDraft>(loaded);
  const [showErrors, setShowErrors] = useState(false);
  const errors = useMemo(() => validateDraft(draft), [draft]);
  const errorCount = Object.keys(errors).length;
  const changed = isDraftChanged(draft, loaded);
  // The preview trails the typing a little on a long sheet rather than slowing every keystroke.
  const previewDraft = useDeferredValue(draft);
  const sheet = useMemo(
    () => (changed ? previewSheet(day.sheet, draftToDetails(previewDraft)) : day.sheet),
    [changed, day.sheet, previewDraft],
  );

  const save = () => {
    if (errorCount > 0) {
      setShowErrors(true);
      return;
    }
    void onSave(draftToDetails(draft));
  };

  return (
    <>
      <OutcomeNotice outcome={outcome} onReload={onReload} onDismiss={onDismiss} />
      <div className="cs-workspace">
        <form
          className="cs-form panel"
          aria-label="Call sheet details"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <div className="cs-savebar" data-testid="save-bar">
            <span className="cs-savebar__state" data-testid="save-state">
              {changed ? (
                <strong>Unsaved changes</strong>
              ) : day.version === 0 ? (
                'Defaults — not saved yet'
              ) : (
                <>
                  Saved
                  {day.updatedBy === null ? '' : ` by ${day.updatedBy}`}
                  {day.updatedAt === null ? '' : `, ${formatInstant(day.updatedAt, timeZone)}`}
                </>
              )}
            </span>
            <span className="cs-savebar__actions">
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={!changed || busy !== null}
                onClick={() => {
                  setDraft(loaded);
                  setShowErrors(false);
                }}
              >
                Discard
              </button>
              <button
                type="submit"
                className="button button--primary button--small"
                disabled={!changed || busy !== null}
                data-testid="save-call-sheet"
              >
                {busy === 'save' ? 'Saving…' : 'Save'}
              </button>
            </span>
          </div>
          {showErrors && errorCount > 0 ? (
            <div className="notice notice--error" role="alert" data-testid="call-sheet-errors">
              {errorCount === 1
                ? 'One field needs fixing before this can be saved.'
                : `${errorCount} fields need fixing before this can be saved.`}{' '}
              They are marked below.
            </div>
          ) : null}
          <DetailsForm
            draft={draft}
            cast={day.sheet.cast}
            errors={showErrors ? errors : {}}
            onChange={setDraft}
          />
        </form>
        <div className="cs-side">
          <PublishPanel
            day={day}
            changed={changed}
            busy={busy}
            onPublish={() => void onPublish()}
          />
          <SheetPreview sheet={sheet} unsaved={changed} />
        </div>
      </div>
    </>
  );
};
