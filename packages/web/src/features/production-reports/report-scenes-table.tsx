import { useState } from 'react';
import type {
  ProductionReportDayDto,
  ProductionReportDto,
  ProductionReportEntryDto,
} from '@greenlight/contract';
import { RemoveButton } from '../call-sheets/remove-button';
import { parseScreenTime, pages, screenTime } from './report-format';

type SceneShot = ProductionReportEntryDto['scenes'][number];
type Status = SceneShot['status'];

type ReportScenesTableProps = {
  readonly entry: ProductionReportEntryDto;
  /** The report's scenes: the call sheet's, then any added, with their lengths. */
  readonly scenes: ProductionReportDto['scenes'];
  readonly scriptScenes: ProductionReportDayDto['scriptScenes'];
  readonly onChange: (scenes: SceneShot[]) => void;
};

const STATUS_LABELS: Readonly<Record<Status, string>> = {
  completed: 'Completed',
  'part-shot': 'Part shot',
  'not-shot': 'Not shot',
};

/** Minutes and seconds typed as m:ss, kept as typed until it reads as a time. */
const ScreenTimeInput = ({
  label,
  seconds,
  onChange,
}: {
  readonly label: string;
  readonly seconds: number;
  readonly onChange: (seconds: number) => void;
}) => {
  const [text, setText] = useState(screenTime(seconds));
  const invalid = parseScreenTime(text) === null;
  return (
    <input
      aria-label={label}
      className="pr-cell"
      value={text}
      inputMode="numeric"
      aria-invalid={invalid ? true : undefined}
      title={invalid ? 'Minutes and seconds, such as 2:05' : undefined}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = parseScreenTime(event.target.value);
        if (parsed !== null) onChange(parsed);
      }}
    />
  );
};

const count = (text: string): number => {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value >= 0 ? value : 0;
};

/**
 * The day's scenes planned on the call sheet, each marked completed, part shot or not shot with what was
 * shot of it, and scenes added on the day from the rest of the script. Marking a scene completed fills in
 * its whole length; not shot clears it.
 */
export const ReportScenesTable = ({
  entry,
  scenes,
  scriptScenes,
  onChange,
}: ReportScenesTableProps) => {
  const info = new Map(scenes.map((s) => [s.sceneId, s]));
  const lengths = new Map(scriptScenes.map((s) => [s.sceneId, s]));
  const planned = new Set(scenes.filter((s) => s.planned).map((s) => s.sceneId));
  // Every planned scene has a row even before anything is entered for it.
  const rows: SceneShot[] = [
    ...scenes
      .filter((s) => s.planned)
      .map(
        (s) =>
          entry.scenes.find((e) => e.sceneId === s.sceneId) ?? {
            sceneId: s.sceneId,
            status: 'not-shot' as const,
            eighthsShot: 0,
            secondsShot: 0,
            setups: 0,
            retakes: 0,
          },
      ),
    ...entry.scenes.filter((e) => !planned.has(e.sceneId)),
  ];
  const update = (sceneId: string, patch: Partial<SceneShot>) =>
    onChange(rows.map((row) => (row.sceneId === sceneId ? { ...row, ...patch } : row)));
  const setStatus = (row: SceneShot, status: Status) => {
    const length = lengths.get(row.sceneId)?.eighths ?? row.eighthsShot;
    update(
      row.sceneId,
      status === 'completed'
        ? { status, eighthsShot: length }
        : status === 'not-shot'
          ? { status, eighthsShot: 0, secondsShot: 0, setups: 0, retakes: 0 }
          : { status },
    );
  };
  const addable = scriptScenes.filter((s) => !rows.some((r) => r.sceneId === s.sceneId));

  return (
    <>
      <table className="table pr-scenes" data-testid="report-scenes">
        <thead>
          <tr>
            <th scope="col">Sc</th>
            <th scope="col">Set</th>
            <th scope="col" className="num">
              Pages
            </th>
            <th scope="col">Status</th>
            <th scope="col" className="num" title="Of the scene, in eighths of a page">
              Eighths shot
            </th>
            <th scope="col" className="num">
              Minutes
            </th>
            <th scope="col" className="num">
              Setups
            </th>
            <th scope="col" className="num">
              Retakes
            </th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const scene = info.get(row.sceneId) ?? lengths.get(row.sceneId);
            const number = scene?.number ?? '?';
            const added = !planned.has(row.sceneId);
            return (
              <tr
                key={row.sceneId}
                data-testid="report-scene-row"
                data-scene={number}
                data-status={row.status}
              >
                <th scope="row">
                  {number}
                  {added ? <span className="muted"> (added)</span> : null}
                </th>
                <td>{scene?.set ?? ''}</td>
                <td className="num">{pages(scene?.eighths ?? 0)}</td>
                <td>
                  <select
                    aria-label={`Scene ${number} status`}
                    value={row.status}
                    onChange={(event) => setStatus(row, event.target.value as Status)}
                  >
                    {(Object.keys(STATUS_LABELS) as Status[]).map((status) => (
                      <option key={status} value={status}>
                        {STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num">
                  <input
                    aria-label={`Scene ${number} eighths shot`}
                    className="pr-cell"
                    inputMode="numeric"
                    value={String(row.eighthsShot)}
                    onChange={(event) =>
                      update(row.sceneId, { eighthsShot: count(event.target.value) })
                    }
                  />
                </td>
                <td className="num">
                  <ScreenTimeInput
                    label={`Scene ${number} minutes`}
                    seconds={row.secondsShot}
                    onChange={(secondsShot) => update(row.sceneId, { secondsShot })}
                  />
                </td>
                <td className="num">
                  <input
                    aria-label={`Scene ${number} setups`}
                    className="pr-cell"
                    inputMode="numeric"
                    value={String(row.setups)}
                    onChange={(event) => update(row.sceneId, { setups: count(event.target.value) })}
                  />
                </td>
                <td className="num">
                  <input
                    aria-label={`Scene ${number} retakes`}
                    className="pr-cell"
                    inputMode="numeric"
                    value={String(row.retakes)}
                    onChange={(event) =>
                      update(row.sceneId, { retakes: count(event.target.value) })
                    }
                  />
                </td>
                <td>
                  {added ? (
                    <RemoveButton
                      label={`Remove added scene ${number}`}
                      onClick={() => onChange(rows.filter((r) => r.sceneId !== row.sceneId))}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {addable.length === 0 ? null : (
        <label className="pr-add-scene">
          Add a scene shot today{' '}
          <select
            aria-label="Add a scene shot today"
            value=""
            onChange={(event) => {
              const sceneId = event.target.value;
              if (sceneId === '') return;
              onChange([
                ...rows,
                {
                  sceneId,
                  status: 'completed',
                  eighthsShot: lengths.get(sceneId)?.eighths ?? 0,
                  secondsShot: 0,
                  setups: 0,
                  retakes: 0,
                },
              ]);
            }}
          >
            <option value="">Choose a scene…</option>
            {addable.map((s) => (
              <option key={s.sceneId} value={s.sceneId}>
                {s.number} · {s.set} ({pages(s.eighths)})
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
};
