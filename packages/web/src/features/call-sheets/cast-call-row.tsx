import { CsInput } from './cs-input';
import type { CastCallDraft } from './details-draft';

type CastCallRowProps = {
  readonly call: CastCallDraft;
  readonly name: string;
  readonly working: boolean;
  readonly errorsAt: (field: keyof CastCallDraft) => string | undefined;
  readonly onChange: (patch: Partial<CastCallDraft>) => void;
};

/** One working cast member's calls: pick-up, hair and make-up, wardrobe, on set, and a note under them. */
export const CastCallRow = ({ call, name, working, errorsAt, onChange }: CastCallRowProps) => (
  <div className="cs-row" data-testid="cast-call-row" data-cast-number={call.castNumber}>
    <span className="cs-row__cast">
      <span className="cs-cast-number">{call.castNumber}</span> {name}
      {working ? null : <span className="muted"> (not working this day)</span>}
    </span>
    <CsInput
      label={`Pick-up for ${name}`}
      hideLabel
      type="time"
      value={call.pickup}
      onChange={(pickup) => onChange({ pickup })}
      error={errorsAt('pickup')}
    />
    <CsInput
      label={`Hair and make-up for ${name}`}
      hideLabel
      type="time"
      value={call.hairMakeup}
      onChange={(hairMakeup) => onChange({ hairMakeup })}
      error={errorsAt('hairMakeup')}
    />
    <CsInput
      label={`Wardrobe for ${name}`}
      hideLabel
      type="time"
      value={call.wardrobe}
      onChange={(wardrobe) => onChange({ wardrobe })}
      error={errorsAt('wardrobe')}
    />
    <CsInput
      label={`On set for ${name}`}
      hideLabel
      type="time"
      value={call.onSet}
      onChange={(onSet) => onChange({ onSet })}
      error={errorsAt('onSet')}
    />
    <CsInput
      label={`Note for ${name}`}
      hideLabel
      className="cs-row__note"
      placeholder="Note (driver, stunt double, fitting…)"
      value={call.note}
      onChange={(note) => onChange({ note })}
      error={errorsAt('note')}
    />
  </div>
);
