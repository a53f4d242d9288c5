type SettingsSaveBarProps = {
  /** The draft differs from what was loaded. */
  readonly changed: boolean;
  /** The production still runs on the defaults: saving them is a change of its own. */
  readonly defaults: boolean;
  /** The last save went for approval and nothing was changed since. */
  readonly awaitingApproval: boolean;
  readonly busy: boolean;
  readonly errors: readonly string[];
  readonly onDiscard: () => void;
};

type SaveState = 'approval' | 'changed' | 'defaults' | 'saved';

const STATUS_TEXT: Readonly<Record<SaveState, string>> = {
  approval: 'Sent for approval: the rules change once it is approved',
  changed: 'Unsaved changes',
  defaults: 'Nothing saved yet: these are the defaults',
  saved: 'All changes saved',
};

const saveState = ({ changed, defaults, awaitingApproval }: SettingsSaveBarProps): SaveState => {
  if (awaitingApproval) return 'approval';
  if (changed) return 'changed';
  return defaults ? 'defaults' : 'saved';
};

/**
 * The one Save for the whole page, pinned to the bottom of the window so it is in reach from any section,
 * with what is unsaved and what to fix before saving.
 */
export const SettingsSaveBar = (props: SettingsSaveBarProps) => {
  const { changed, defaults, busy, errors, onDiscard } = props;
  const state = saveState(props);
  return (
    <div className="settings-save-bar" data-changed={changed || undefined}>
      {errors.length > 0 ? (
        <div className="notice notice--error settings-save-bar__errors" role="alert">
          {errors.length === 1 ? (
            errors[0]
          ) : (
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {/* Buttons first: the outcome toast takes the bottom right corner after a save. */}
      <div className="settings-save-bar__row">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || (!changed && !defaults)}
          data-testid="save-settings"
        >
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button
          type="button"
          className="button"
          onClick={onDiscard}
          disabled={!changed || busy}
          data-testid="discard-settings"
        >
          Discard
        </button>
        <span
          className="settings-save-bar__status"
          data-testid="settings-status"
          data-state={state}
          aria-live="polite"
        >
          {state === 'changed' ? (
            <span className="settings-save-bar__dot" aria-hidden="true" />
          ) : null}
          {STATUS_TEXT[state]}
        </span>
      </div>
    </div>
  );
};
