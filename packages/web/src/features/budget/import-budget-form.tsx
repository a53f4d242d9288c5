import { useState, type FormEvent } from 'react';
import { ApiError } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { Field } from '../../ui/field';
import { fileToBase64 } from '../../ui/file-to-base64';
import type { BudgetOutcome } from './budget-outcome';
import { resultField } from './edit-result';

type ImportBudgetFormProps = {
  readonly productionId: string;
  readonly onImported: (outcome: BudgetOutcome, versionId: string | null) => void;
  readonly onCancel: () => void;
};

/** Just under the server's limit, so a file too large is refused here rather than after the upload. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * A budget file (Greenlight's CSV or Excel: README "Budget files") made into a new budget: a first draft
 * with the file's accounts, fringes, globals and lines. A file with problems is refused whole, and every
 * problem is listed with its row.
 */
export const ImportBudgetForm = ({ productionId, onImported, onCancel }: ImportBudgetFormProps) => {
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    if (file === null) return setError('Choose a budget file (.xlsx or .csv)');
    if (file.size > MAX_BYTES) return setError('The file is over the 20 MB limit for budget files');
    const trimmed = name.trim() || file.name.replace(/\.(xlsx|csv)$/i, '');
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('importBudget', {
        params: { productionId },
        body: { name: trimmed, fileName: file.name, content: await fileToBase64(file) },
      });
      onImported(
        { kind: 'result', result, doneText: `Made the budget ${trimmed} from ${file.name}` },
        resultField(result, 'versionId'),
      );
    } catch (caught) {
      setError(describeError(caught));
      setProblems(diagnosticsOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="import-budget-heading"
      data-testid="import-budget-form"
    >
      <h2 id="import-budget-heading">Import a budget file</h2>
      <div className="form__grid budget-new__grid">
        <Field
          label="Budget file"
          hint="An Excel workbook or CSV in Greenlight's budget file format"
        >
          {(id, describedBy) => (
            <input
              id={id}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={describedBy}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              data-testid="import-budget-file"
            />
          )}
        </Field>
        <Field label="Budget name" hint="The file's name when left empty">
          {(id, describedBy) => (
            <input
              id={id}
              type="text"
              value={name}
              maxLength={200}
              aria-describedby={describedBy}
              onChange={(e) => setName(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      {error ? (
        <div className="field__error" role="alert">
          <p>{error}</p>
          {problems.length > 1 ? (
            <ul className="budget-import__problems">
              {problems.slice(0, 50).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
};

/** Every problem the server listed with the refusal, as "row 12, Rate: …". */
const diagnosticsOf = (caught: unknown): string[] => {
  const diagnostics = caught instanceof ApiError ? caught.details?.['diagnostics'] : undefined;
  const list: unknown[] = Array.isArray(diagnostics) ? diagnostics : [];
  return list.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { line, field, message, severity } = entry as Record<string, unknown>;
    if (severity !== 'error' || typeof message !== 'string') return [];
    const place =
      typeof line === 'number'
        ? `row ${line}${typeof field === 'string' ? `, ${field}` : ''}: `
        : '';
    return [`${place}${message}`];
  });
};
