import { useState, type FormEvent } from 'react';
import type { StripDto } from '@greenlight/contract';
import type { BoardLayout } from './board-rows';
import { newStripIds } from './strip-moves';

type AddStripFormProps = {
  readonly layout: BoardLayout;
  readonly strips: readonly StripDto[];
  readonly selectedId: string | null;
  readonly onChange: (strips: readonly StripDto[], doneText: string) => void;
};

type Kind = 'day-break' | 'banner' | 'off-day';

const KIND_LABELS: Readonly<Record<Kind, string>> = {
  'day-break': 'Day break',
  banner: 'Banner',
  'off-day': 'Off day',
};

/**
 * Adds a day break, a banner ("Company move to the docks") or an off day ("Travel"): after the selected
 * strip, or at the end of the scheduled days when none is selected.
 */
export const AddStripForm = ({ layout, strips, selectedId, onChange }: AddStripFormProps) => {
  const [kind, setKind] = useState<Kind>('day-break');
  const [text, setText] = useState('');
  const selected = strips.findIndex((strip) => strip.id === selectedId);
  const at = selected >= 0 ? selected + 1 : layout.unscheduledFrom;
  const needsText = kind !== 'day-break';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = text.trim();
    if (needsText && words === '') return;
    const [id = kind] = newStripIds(strips, kind);
    const strip: StripDto =
      kind === 'day-break'
        ? { kind, id }
        : kind === 'banner'
          ? { kind, id, text: words }
          : { kind, id, reason: words };
    onChange(
      [...strips.slice(0, at), strip, ...strips.slice(at)],
      `Added a ${KIND_LABELS[kind].toLowerCase()}`,
    );
    setText('');
  };

  return (
    <form className="panel add-strip" onSubmit={submit} aria-labelledby="add-strip-heading">
      <h2 id="add-strip-heading">Add to the board</h2>
      <p className="muted add-strip__where">
        {selected >= 0 ? 'After the selected strip.' : 'At the end of the last day.'}
      </p>
      <div className="add-strip__kinds" role="radiogroup" aria-label="Kind of strip">
        {(Object.keys(KIND_LABELS) as Kind[]).map((k) => (
          <label key={k} className={`add-strip__kind add-strip__kind--${k}`}>
            <input
              type="radio"
              name="strip-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {KIND_LABELS[k]}
          </label>
        ))}
      </div>
      {needsText ? (
        <input
          type="text"
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          aria-label={kind === 'banner' ? 'Banner text' : 'Reason for the off day'}
          placeholder={kind === 'banner' ? 'Company move to the docks' : 'Travel day'}
          required
        />
      ) : null}
      <button type="submit" className="button button--small" data-testid="add-strip">
        Add {KIND_LABELS[kind].toLowerCase()}
      </button>
    </form>
  );
};
