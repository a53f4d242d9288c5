import type { CallSheetDto } from '@greenlight/contract';
import { CastCallRow } from './cast-call-row';
import { CsInput } from './cs-input';
import { RemoveButton } from './remove-button';
import {
  emptyBackground,
  emptyCrewCall,
  emptyLocation,
  type DetailsDraft,
  type DraftErrors,
  type LocationDraft,
} from './details-draft';

type DetailsFormProps = {
  readonly draft: DetailsDraft;
  readonly cast: CallSheetDto['cast'];
  readonly errors: DraftErrors;
  readonly onChange: (next: DetailsDraft) => void;
};

/** Replaces item `index` of a list with `patch` applied. */
const patchAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));
const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** What the production office enters for the day, section by section, in the order the sheet prints. */
export const DetailsForm = ({ draft, cast, errors, onChange }: DetailsFormProps) => {
  const set = (patch: Partial<DetailsDraft>) => onChange({ ...draft, ...patch });
  const characters = new Map(cast.map((member) => [member.castNumber, member]));

  return (
    <div className="cs-sections">
      <fieldset className="cs-section">
        <legend>Calls &amp; weather</legend>
        <div className="cs-grid cs-grid--calls">
          <CsInput
            label="General crew call"
            type="time"
            value={draft.generalCrewCall}
            onChange={(generalCrewCall) => set({ generalCrewCall })}
            error={errors.generalCrewCall}
          />
          <CsInput
            label="Shooting call"
            type="time"
            value={draft.shootingCall}
            onChange={(shootingCall) => set({ shootingCall })}
            error={errors.shootingCall}
          />
        </div>
        <CsInput
          label="Weather"
          value={draft.weather}
          onChange={(weather) => set({ weather })}
          error={errors.weather}
          placeholder="As forecast: Overcast, 12–15 °C, wind W 20 km/h"
        />
      </fieldset>

      <fieldset className="cs-section">
        <legend>Locations</legend>
        {draft.locations.length === 0 ? (
          <p className="muted">
            No location yet. Add the first with its coordinates for sunrise and sunset.
          </p>
        ) : null}
        {draft.locations.map((location, i) => (
          <LocationFields
            key={i}
            index={i}
            location={location}
            errors={errors}
            onChange={(patch) => set({ locations: patchAt(draft.locations, i, patch) })}
            onRemove={() => set({ locations: removeAt(draft.locations, i) })}
          />
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => set({ locations: [...draft.locations, emptyLocation] })}
        >
          + Add a location
        </button>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Nearest hospital</legend>
        <div className="cs-grid cs-grid--hospital">
          <CsInput
            label="Hospital"
            value={draft.hospital.name}
            onChange={(name) => set({ hospital: { ...draft.hospital, name } })}
            error={errors['hospital.name']}
          />
          <CsInput
            label="Hospital phone"
            type="tel"
            value={draft.hospital.phone}
            onChange={(phone) => set({ hospital: { ...draft.hospital, phone } })}
          />
        </div>
        <CsInput
          label="Hospital address"
          value={draft.hospital.address}
          onChange={(address) => set({ hospital: { ...draft.hospital, address } })}
        />
      </fieldset>

      <fieldset className="cs-section">
        <legend>Cast calls</legend>
        {draft.castCalls.length === 0 ? (
          <p className="muted">No cast work this day.</p>
        ) : (
          <div className="cs-rows cs-rows--cast">
            <div className="cs-rows__head" aria-hidden="true">
              <span>Pick-up</span>
              <span>Hair &amp; MU</span>
              <span>Wardrobe</span>
              <span>On set</span>
            </div>
            {draft.castCalls.map((call, i) => (
              <CastCallRow
                key={call.castNumber}
                call={call}
                name={castName(call.castNumber, characters)}
                working={characters.has(call.castNumber)}
                errorsAt={(field) => errors[`castCalls.${i}.${field}`]}
                onChange={(patch) => set({ castCalls: patchAt(draft.castCalls, i, patch) })}
              />
            ))}
            <p className="field__hint">
              An empty on-set call means the shooting call (or the crew call when there is none).
            </p>
          </div>
        )}
      </fieldset>

      <fieldset className="cs-section">
        <legend>Background</legend>
        {draft.background.length === 0 ? null : (
          <div className="cs-rows cs-rows--background">
            <div className="cs-rows__head" aria-hidden="true">
              <span>Who</span>
              <span>How many</span>
              <span>Call</span>
              <span />
            </div>
            {draft.background.map((group, i) => (
              <div className="cs-row" key={i} data-testid="background-row">
                <CsInput
                  label={`Background ${i + 1} description`}
                  hideLabel
                  value={group.description}
                  onChange={(description) =>
                    set({ background: patchAt(draft.background, i, { description }) })
                  }
                  error={errors[`background.${i}.description`]}
                  placeholder="Dockworkers"
                />
                <CsInput
                  label={`Background ${i + 1} count`}
                  hideLabel
                  inputMode="numeric"
                  value={group.count}
                  onChange={(count) => set({ background: patchAt(draft.background, i, { count }) })}
                  error={errors[`background.${i}.count`]}
                />
                <CsInput
                  label={`Background ${i + 1} call`}
                  hideLabel
                  type="time"
                  value={group.call}
                  onChange={(call) => set({ background: patchAt(draft.background, i, { call }) })}
                  error={errors[`background.${i}.call`]}
                />
                <RemoveButton
                  label={`Remove background ${i + 1}`}
                  onClick={() => set({ background: removeAt(draft.background, i) })}
                />
              </div>
            ))}
          </div>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => set({ background: [...draft.background, emptyBackground] })}
        >
          + Add background
        </button>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Crew calls</legend>
        {draft.crewCalls.length === 0 ? null : (
          <div className="cs-rows cs-rows--crew">
            <div className="cs-rows__head" aria-hidden="true">
              <span>Department</span>
              <span>Position</span>
              <span>Name</span>
              <span>Call</span>
              <span />
            </div>
            {draft.crewCalls.map((crew, i) => (
              <div className="cs-row" key={i} data-testid="crew-call-row">
                <CsInput
                  label={`Crew ${i + 1} department`}
                  hideLabel
                  value={crew.department}
                  onChange={(department) =>
                    set({ crewCalls: patchAt(draft.crewCalls, i, { department }) })
                  }
                  error={errors[`crewCalls.${i}.department`]}
                />
                <CsInput
                  label={`Crew ${i + 1} position`}
                  hideLabel
                  value={crew.position}
                  onChange={(position) =>
                    set({ crewCalls: patchAt(draft.crewCalls, i, { position }) })
                  }
                />
                <CsInput
                  label={`Crew ${i + 1} name`}
                  hideLabel
                  value={crew.name}
                  onChange={(name) => set({ crewCalls: patchAt(draft.crewCalls, i, { name }) })}
                />
                <CsInput
                  label={`Crew ${i + 1} call`}
                  hideLabel
                  type="time"
                  value={crew.call}
                  onChange={(call) => set({ crewCalls: patchAt(draft.crewCalls, i, { call }) })}
                  error={errors[`crewCalls.${i}.call`]}
                />
                <RemoveButton
                  label={`Remove crew call ${i + 1}`}
                  onClick={() => set({ crewCalls: removeAt(draft.crewCalls, i) })}
                />
              </div>
            ))}
            <p className="field__hint">An empty call means the general crew call.</p>
          </div>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => set({ crewCalls: [...draft.crewCalls, emptyCrewCall] })}
        >
          + Add a crew call
        </button>
      </fieldset>

      <fieldset className="cs-section">
        <legend>Notes &amp; safety</legend>
        <CsInput
          label="Notes"
          multiline
          value={draft.notes}
          onChange={(notes) => set({ notes })}
          error={errors.notes}
        />
        <CsInput
          label="Safety"
          multiline
          value={draft.safety}
          onChange={(safety) => set({ safety })}
          error={errors.safety}
        />
      </fieldset>
    </div>
  );
};

const castName = (
  castNumber: number,
  characters: ReadonlyMap<number, CallSheetDto['cast'][number]>,
): string => characters.get(castNumber)?.character ?? `Cast ${castNumber}`;

type LocationFieldsProps = {
  readonly index: number;
  readonly location: LocationDraft;
  readonly errors: DraftErrors;
  readonly onChange: (patch: Partial<LocationDraft>) => void;
  readonly onRemove: () => void;
};

const LocationFields = ({ index, location, errors, onChange, onRemove }: LocationFieldsProps) => {
  const n = index + 1;
  const at = `locations.${index}`;
  return (
    <div className="cs-location" data-testid="location-fields">
      <div className="cs-location__head">
        <span className="cs-location__number">{n}</span>
        <CsInput
          label={`Location ${n} name`}
          shortLabel="Name"
          value={location.name}
          onChange={(name) => onChange({ name })}
          error={errors[`${at}.name`]}
          className="cs-location__name"
        />
        <RemoveButton label={`Remove location ${n}`} onClick={onRemove} />
      </div>
      {location.sets.length > 0 ? (
        <p className="field__hint">Sets: {location.sets.join(', ')}</p>
      ) : null}
      <CsInput
        label={`Location ${n} address`}
        shortLabel="Address"
        value={location.address}
        onChange={(address) => onChange({ address })}
      />
      <CsInput
        label={`Location ${n} parking`}
        shortLabel="Parking & basecamp"
        value={location.parking}
        onChange={(parking) => onChange({ parking })}
      />
      <div className="cs-grid cs-grid--point">
        <CsInput
          label={`Location ${n} latitude`}
          shortLabel="Latitude (optional)"
          inputMode="decimal"
          value={location.latitude}
          onChange={(latitude) => onChange({ latitude })}
          error={errors[`${at}.latitude`]}
          placeholder="33.7206"
        />
        <CsInput
          label={`Location ${n} longitude`}
          shortLabel="Longitude (optional)"
          inputMode="decimal"
          value={location.longitude}
          onChange={(longitude) => onChange({ longitude })}
          error={errors[`${at}.longitude`]}
          placeholder="-118.2732"
        />
      </div>
    </div>
  );
};
