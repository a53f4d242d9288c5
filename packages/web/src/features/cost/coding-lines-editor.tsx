import type { CostReportDto, SpendingDocumentDto } from '@greenlight/contract';
import { formatAmount } from '../../ui/money';
import type { DocumentDraft, DraftLine, FieldErrors } from './document-draft';

type CodingLinesEditorProps = {
  readonly draft: DocumentDraft;
  readonly errors: FieldErrors;
  readonly accounts: CostReportDto | undefined;
  readonly purchaseOrder: SpendingDocumentDto | undefined;
  readonly isSeries: boolean;
  readonly onChange: (index: number, change: Partial<DraftLine>) => void;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
};

/** The coding lines: each charged to a budget account (picked from the budget's chart, by section). */
export const CodingLinesEditor = ({
  draft,
  errors,
  accounts,
  purchaseOrder,
  isSeries,
  onChange,
  onAdd,
  onRemove,
}: CodingLinesEditorProps) => (
  <fieldset className="cost-lines">
    <legend>Coding</legend>
    <table className="table table--compact cost-lines__table">
      <thead>
        <tr>
          <th scope="col">Account</th>
          {isSeries ? <th scope="col">Episode</th> : null}
          <th scope="col">Set</th>
          <th scope="col">Description</th>
          {purchaseOrder !== undefined ? <th scope="col">Relieves PO line</th> : null}
          <th scope="col" className="num">
            Amount ({draft.currency})
          </th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {draft.lines.map((line, i) => {
          const n = i + 1;
          const error = (field: string) => errors[`lines.${i}.${field}`];
          return (
            <tr key={line.id} data-testid="coding-line">
              <td>
                <select
                  aria-label={`Account of line ${n}`}
                  value={line.accountNumber}
                  onChange={(e) => onChange(i, { accountNumber: e.target.value })}
                  aria-invalid={error('accountNumber') ? true : undefined}
                >
                  <option value="">Choose an account…</option>
                  {accounts?.sections.map((s) => (
                    <optgroup key={s.section} label={s.label}>
                      {s.rows.map((r) => (
                        <option key={r.accountNumber} value={r.accountNumber}>
                          {r.accountNumber} {r.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                  {line.accountNumber !== '' &&
                  !accounts?.sections.some((s) =>
                    s.rows.some((r) => r.accountNumber === line.accountNumber),
                  ) ? (
                    <option value={line.accountNumber}>{line.accountNumber}</option>
                  ) : null}
                </select>
                <LineError text={error('accountNumber')} />
              </td>
              {isSeries ? (
                <td>
                  <input
                    aria-label={`Episode of line ${n}`}
                    value={line.episode}
                    maxLength={40}
                    className="input--short"
                    onChange={(e) => onChange(i, { episode: e.target.value })}
                  />
                  <LineError text={error('episode')} />
                </td>
              ) : null}
              <td>
                <input
                  aria-label={`Set of line ${n}`}
                  value={line.set}
                  maxLength={200}
                  onChange={(e) => onChange(i, { set: e.target.value })}
                />
                <LineError text={error('set')} />
              </td>
              <td>
                <input
                  aria-label={`Description of line ${n}`}
                  value={line.description}
                  maxLength={500}
                  onChange={(e) => onChange(i, { description: e.target.value })}
                />
                <LineError text={error('description')} />
              </td>
              {purchaseOrder !== undefined ? (
                <td>
                  <select
                    aria-label={`Purchase-order line relieved by line ${n}`}
                    value={line.relieves}
                    onChange={(e) => onChange(i, { relieves: e.target.value })}
                  >
                    <option value="">None</option>
                    {purchaseOrder.lines.map((l) => (
                      <option key={l.id} value={l.id}>
                        {l.accountNumber} {l.description || l.id} (
                        {formatAmount(l.amount, purchaseOrder.currency)})
                      </option>
                    ))}
                  </select>
                  <LineError text={error('relieves')} />
                </td>
              ) : null}
              <td className="num">
                <input
                  aria-label={`Amount of line ${n}`}
                  value={line.amount}
                  inputMode="decimal"
                  placeholder="0.00"
                  className="cost-lines__amount"
                  onChange={(e) => onChange(i, { amount: e.target.value })}
                  aria-invalid={error('amount') ? true : undefined}
                />
                <LineError text={error('amount')} />
              </td>
              <td>
                {draft.lines.length > 1 ? (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => onRemove(i)}
                    aria-label={`Remove line ${n}`}
                  >
                    ×
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    <button
      type="button"
      className="button button--small"
      onClick={onAdd}
      data-testid="add-coding-line"
    >
      Add a line
    </button>
  </fieldset>
);

const LineError = ({ text }: { readonly text: string | undefined }) =>
  text === undefined ? null : (
    <span className="field__error" data-testid="line-error">
      {text}
    </span>
  );
