import { useState, type FormEvent } from 'react';
import { ApiError, type ScheduleSettingsDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { CastAvailabilityEditor } from './cast-availability-editor';
import { DayLimitsSection } from './day-limits-section';
import { LocationWindowsEditor } from './location-windows-editor';
import { sceneNumberOf, type RuleSubjects } from './rule-subjects';
import { SameDayEditor } from './same-day-editor';
import { SceneMinutesEditor } from './scene-minutes-editor';
import { SceneOrderEditor } from './scene-order-editor';
import type { ReportOutcome } from './schedule-outcome';
import {
  buildSettingsRequest,
  draftChanged,
  draftFromSettings,
  type SettingsDraft,
} from './settings-draft';
import { SettingsSaveBar } from './settings-save-bar';
import { ShootCalendarSection } from './shoot-calendar-section';
import { useLeaveWarning } from './use-leave-warning';

export const SETTINGS_CONFLICT_MESSAGE =
  'Someone else saved the calendar and rules while you were editing. They have been reloaded with their changes: make yours again.';

const SECTIONS = [
  { id: 'rules-calendar', label: 'Calendar' },
  { id: 'rules-day-limits', label: 'Day limits' },
  { id: 'rules-cast', label: 'Cast' },
  { id: 'rules-locations', label: 'Locations' },
  { id: 'rules-scene-order', label: 'Scene order' },
  { id: 'rules-same-day', label: 'Same day' },
  { id: 'rules-times', label: 'Estimated times' },
] as const;

type ScheduleSettingsFormProps = {
  /** The settings as loaded; the form is keyed by their version, so a reload starts a fresh draft. */
  readonly settings: ScheduleSettingsDto;
  readonly subjects: RuleSubjects;
  readonly productionId: string;
  readonly currency: string;
  readonly report: ReportOutcome;
  readonly onSaved: () => void;
};

/**
 * The shoot calendar and every scheduling rule as one draft, saved as one PUT of the whole settings with the
 * version they were loaded at: the board, the optimizer and the day out of days all read them together.
 */
export const ScheduleSettingsForm = ({
  settings,
  subjects,
  productionId,
  currency,
  report,
  onSaved,
}: ScheduleSettingsFormProps) => {
  const client = useClient();
  const [initial] = useState(() => draftFromSettings(settings, currency));
  const [draft, setDraft] = useState<SettingsDraft>(initial);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [sentForApproval, setSentForApproval] = useState<SettingsDraft | null>(null);
  const changed = draftChanged(draft, initial);
  useLeaveWarning(changed);

  const update = (patch: Partial<SettingsDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const scenesById = new Map(subjects.scenes.map((s) => [s.id, s]));
  const castNames = new Map(subjects.cast.map((c) => [c.castNumber, c.name]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildSettingsRequest(draft, currency, settings.saved ? settings.version : null, {
      castName: (n) => castNames.get(n) ?? `Cast ${n}`,
      sceneNumber: (id) => sceneNumberOf(scenesById, id),
    });
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const result = await client.call('updateScheduleSettings', {
        params: { productionId },
        body: built.body,
      });
      report({ kind: 'result', result, doneText: 'Saved the calendar and the scheduling rules' });
      // Allowed: the reload brings a new version and a fresh draft. Sent for approval: nothing changed yet,
      // so the draft stays as typed, marked as waiting.
      if (result.outcome === 'approval-requested') setSentForApproval(draft);
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        report({ kind: 'conflict', message: SETTINGS_CONFLICT_MESSAGE });
        onSaved();
      } else setErrors([describeError(caught)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack schedule-settings"
      onSubmit={(e) => void submit(e)}
      aria-label="Calendar and scheduling rules"
      noValidate
    >
      <nav className="rules-jump" aria-label="Sections">
        <span className="rules-jump__label">On this page:</span>
        {SECTIONS.map((section) => (
          <a key={section.id} href={`#${section.id}`} className="rules-jump__link">
            {section.label}
          </a>
        ))}
      </nav>
      {settings.saved ? null : (
        <p className="notice notice--info" data-testid="settings-defaults">
          Nobody has saved a calendar yet: these are the defaults. Check them and save.
        </p>
      )}
      {subjects.error !== undefined ? (
        <div className="notice notice--error" role="alert">
          Could not load the script’s scenes and cast: {describeError(subjects.error)}{' '}
          <button type="button" className="link-button" onClick={subjects.reload}>
            Try again
          </button>
        </div>
      ) : null}
      <ShootCalendarSection draft={draft} onChange={update} />
      <DayLimitsSection draft={draft} currency={currency} onChange={update} />
      <CastAvailabilityEditor
        cast={subjects.cast}
        loading={subjects.loading}
        rules={draft.cast}
        onChange={(cast) => update({ cast })}
      />
      <LocationWindowsEditor
        sets={subjects.sets}
        loading={subjects.loading}
        windows={draft.sets}
        onChange={(sets) => update({ sets })}
      />
      <div className="two-columns">
        <SceneOrderEditor
          scenes={subjects.scenes}
          rules={draft.sceneOrder}
          onChange={(sceneOrder) => update({ sceneOrder })}
        />
        <SameDayEditor
          scenes={subjects.scenes}
          groups={draft.sameDay}
          onChange={(sameDay) => update({ sameDay })}
        />
      </div>
      <SceneMinutesEditor
        scenes={subjects.scenes}
        loading={subjects.loading}
        minutes={draft.sceneMinutes}
        onChange={(sceneMinutes) => update({ sceneMinutes })}
      />
      <SettingsSaveBar
        changed={changed}
        defaults={!settings.saved}
        awaitingApproval={sentForApproval !== null && sentForApproval === draft}
        busy={busy}
        errors={errors}
        onDiscard={() => {
          setDraft(initial);
          setErrors([]);
        }}
      />
    </form>
  );
};
