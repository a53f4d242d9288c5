import type { AuthorityMatrixDto } from '@greenlight/contract';
import { roleLabel, ROLES, type Role } from '@greenlight/domain';
import { formatAmount } from '../../ui/money';
import { MoneyInput } from '../../ui/money-input';
import type { LimitDraft } from './matrix-draft';

type SigningLimitsEditorProps = {
  readonly limits: Readonly<Record<Role, LimitDraft>>;
  readonly saved: AuthorityMatrixDto['roleLimits'];
  readonly currency: string;
  readonly isSeries: boolean;
  readonly editable: boolean;
  readonly onChange: (role: Role, limit: LimitDraft) => void;
};

const savedText = (limit: number | null | undefined, currency: string): string =>
  limit === null ? 'No limit' : limit === undefined ? 'None' : formatAmount(limit, currency);

/** The most each role may commit on its own; above it, spending is routed for approval. */
export const SigningLimitsEditor = ({
  limits,
  saved,
  currency,
  isSeries,
  editable,
  onChange,
}: SigningLimitsEditorProps) => (
  <div className="table-wrap table-wrap--flat">
    <table className="table table--compact" data-testid="signing-limits">
      <caption className="visually-hidden">Signing limits by role</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col" className="num">
            Limit
          </th>
        </tr>
      </thead>
      <tbody>
        {ROLES.map((role) => {
          const name = roleLabel(role, isSeries);
          const draft = limits[role];
          return (
            <tr key={role}>
              <th scope="row">{name}</th>
              <td className="num">
                {editable ? (
                  <div className="limit-editor">
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={draft.unlimited}
                        onChange={(e) => onChange(role, { ...draft, unlimited: e.target.checked })}
                        aria-label={`${name}: no limit`}
                      />
                      No limit
                    </label>
                    <MoneyInput
                      label={`Signing limit for ${name}`}
                      hideLabel
                      currency={currency}
                      value={draft.unlimited ? '' : draft.text}
                      placeholder={draft.unlimited ? 'No limit' : 'None'}
                      disabled={draft.unlimited}
                      onChange={(text) => onChange(role, { ...draft, text })}
                    />
                  </div>
                ) : (
                  <span>{savedText(saved[role], currency)}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);
