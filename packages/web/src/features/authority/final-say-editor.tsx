import type { AuthorityMatrixDto } from '@greenlight/contract';
import { DECISION_AREAS, roleLabel, ROLES, type DecisionArea, type Role } from '@greenlight/domain';
import { Field } from '../../ui/field';

const AREA_LABELS: Readonly<Record<DecisionArea, string>> = {
  creative: 'Creative decisions',
  financial: 'Financial decisions',
  operational: 'Operational decisions',
};

type FinalSayEditorProps = {
  readonly finalSay: AuthorityMatrixDto['finalSay'];
  readonly isSeries: boolean;
  readonly editable: boolean;
  readonly onChange: (area: DecisionArea, role: Role) => void;
};

/** The role whose holders have the last word in each decision area; escalation ends with them. */
export const FinalSayEditor = ({ finalSay, isSeries, editable, onChange }: FinalSayEditorProps) => (
  <div className="final-say" data-testid="final-say">
    {DECISION_AREAS.map((area) =>
      editable ? (
        <Field key={area} label={AREA_LABELS[area]}>
          {(id) => (
            <select
              id={id}
              value={finalSay[area]}
              onChange={(e) => onChange(area, e.target.value as Role)}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role, isSeries)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <div key={area} className="field">
          <span className="field__label">{AREA_LABELS[area]}</span>
          <span>{roleLabel(finalSay[area], isSeries)}</span>
        </div>
      ),
    )}
  </div>
);
