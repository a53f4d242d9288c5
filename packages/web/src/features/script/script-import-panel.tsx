import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { ApiError, type ActionResultDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { useShellRefresh } from '../shell/shell-data';
import { fileToBase64 } from '../../ui/file-to-base64';
import { REVISION_COLOUR_OPTIONS } from './revision-colour-options';
import { formatFileSize, looksLikeScript, SCRIPT_FILE_ACCEPT } from './script-files';
import { useScriptWorkspace } from './script-workspace';

/** What an import answered, for the summary shown once the script has reloaded. */
export type ImportedDraft = { readonly fileName: string; readonly result: ActionResultDto };

type Diagnostic = { readonly severity: string; readonly message: string; readonly line?: number };

type Phase = 'idle' | 'reading' | 'importing';

type ScriptImportPanelProps = {
  /** The first draft: the empty state that invites the drop. */
  readonly first: boolean;
  readonly onImported: (imported: ImportedDraft) => void;
  readonly onCancel?: () => void;
};

const diagnosticsOf = (error: unknown): Diagnostic[] => {
  if (!(error instanceof ApiError)) return [];
  const list = error.details?.['diagnostics'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { severity, message, line } = item as Record<string, unknown>;
    if (typeof message !== 'string') return [];
    return [
      {
        severity: typeof severity === 'string' ? severity : 'error',
        message,
        ...(typeof line === 'number' ? { line } : {}),
      },
    ];
  });
};

/** Drop a screenplay (or pick one), choose its revision colour and date, and import it. */
export const ScriptImportPanel = ({ first, onImported, onCancel }: ScriptImportPanelProps) => {
  const { overview, productionId } = useScriptWorkspace();
  const client = useClient();
  const refreshShell = useShellRefresh();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [colour, setColour] = useState(overview.nextRevision.colour);
  const [draftDate, setDraftDate] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);

  const colourOptions = REVISION_COLOUR_OPTIONS.some((o) => o.id === colour)
    ? REVISION_COLOUR_OPTIONS
    : [{ id: colour, label: overview.nextRevision.label }, ...REVISION_COLOUR_OPTIONS];

  const choose = (chosen: File | undefined) => {
    setError(null);
    setDiagnostics([]);
    if (!chosen) return;
    if (!looksLikeScript(chosen.name)) {
      setFile(null);
      setError(
        `“${chosen.name}” does not look like a script. Drop a Fountain (.fountain), Final Draft (.fdx) or PDF file.`,
      );
      return;
    }
    setFile(chosen);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!file) {
      setError('Choose a script file first.');
      return;
    }
    setError(null);
    setDiagnostics([]);
    try {
      setPhase('reading');
      const content = await fileToBase64(file);
      setPhase('importing');
      const result = await client.call('importDraft', {
        params: { productionId },
        body: {
          fileName: file.name,
          content,
          ...(colour ? { revisionColour: colour } : {}),
          ...(draftDate ? { draftDate } : {}),
        },
      });
      setFile(null);
      if (result.outcome === 'approval-requested') refreshShell();
      onImported({ fileName: file.name, result });
    } catch (caught) {
      setError(describeError(caught));
      setDiagnostics(diagnosticsOf(caught));
    } finally {
      setPhase('idle');
    }
  };

  const busy = phase !== 'idle';
  const colourLabel =
    colourOptions.find((o) => o.id === colour)?.label ?? overview.nextRevision.label;

  return (
    <form
      className={first ? 'script-import script-import--first' : 'panel script-import'}
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${hintId}-heading`}
      data-testid="script-import"
      noValidate
    >
      <h2 id={`${hintId}-heading`} className={first ? 'visually-hidden' : undefined}>
        {first ? 'Import the script' : 'Import a revision'}
      </h2>
      <label
        className={`drop-zone${dragging ? ' drop-zone--over' : ''}${file ? ' drop-zone--chosen' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="script-drop-zone"
      >
        <input
          type="file"
          accept={SCRIPT_FILE_ACCEPT}
          className="visually-hidden"
          aria-label="Script file"
          aria-describedby={hintId}
          data-testid="script-file-input"
          onChange={(event) => {
            choose(event.target.files?.[0]);
            event.target.value = '';
          }}
          disabled={busy}
        />
        <span className="drop-zone__icon" aria-hidden="true">
          <ScriptPageIcon />
        </span>
        {file ? (
          <span className="drop-zone__title" data-testid="chosen-file">
            {file.name} <span className="muted">({formatFileSize(file.size)})</span>
          </span>
        ) : (
          <span className="drop-zone__title">
            Drop a script here (Fountain, Final Draft or PDF)
          </span>
        )}
        <span id={hintId} className="drop-zone__hint">
          {file ? 'Drop another file to change it, or ' : 'or '}
          <span className="drop-zone__browse">choose a file</span> · up to 10 MB
          {first
            ? ' · scenes, eighths and the speaking cast are found for you'
            : ' · scenes are matched with the current draft, so the breakdown carries over'}
        </span>
      </label>
      <div className="script-import__options">
        <Field label="Revision colour">
          {(id) => (
            <div className="revision-select">
              <select
                id={id}
                value={colour}
                onChange={(e) => setColour(e.target.value)}
                disabled={busy}
              >
                {colourOptions.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                    {o.id === overview.nextRevision.colour ? ' (next)' : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Field>
        <Field label="Draft date" hint="Left empty: today">
          {(id, describedBy) => (
            <input
              id={id}
              type="date"
              value={draftDate}
              onChange={(e) => setDraftDate(e.target.value)}
              aria-describedby={describedBy}
              disabled={busy}
            />
          )}
        </Field>
        <div className="script-import__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || file === null}
            data-testid="import-script"
          >
            {busy ? 'Importing…' : first ? 'Import the script' : `Import as ${colourLabel}`}
          </button>
          {onCancel ? (
            <button type="button" className="button button--ghost" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </div>
      {busy ? (
        <div className="import-progress" role="status" data-testid="import-progress">
          <span className="import-progress__bar" aria-hidden="true">
            <span className={`import-progress__fill import-progress__fill--${phase}`} />
          </span>
          {phase === 'reading'
            ? `Reading ${file?.name ?? 'the file'}…`
            : 'Importing: finding scenes, counting eighths, matching the breakdown…'}
        </div>
      ) : null}
      {error ? (
        <ErrorMessage>
          <span data-testid="import-error">{error}</span>
          {diagnostics.length > 0 ? (
            <ul className="diagnostics">
              {diagnostics.slice(0, 12).map((d, i) => (
                <li key={i}>
                  {d.line === undefined ? null : <span className="muted">Line {d.line}: </span>}
                  {d.message}
                </li>
              ))}
            </ul>
          ) : null}
        </ErrorMessage>
      ) : null}
    </form>
  );
};

const ScriptPageIcon = () => (
  <svg width="34" height="40" viewBox="0 0 34 40" fill="none">
    <path d="M3 2h20l8 8v28H3z" fill="#fff" stroke="currentColor" strokeWidth="2" />
    <path d="M23 2v8h8" stroke="currentColor" strokeWidth="2" />
    <path d="M8 16h14M12 21h12M8 26h16M12 31h9" stroke="currentColor" strokeWidth="2" />
  </svg>
);
