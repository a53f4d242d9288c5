import { useState, type FormEvent } from 'react';
import { PRODUCTION_KIND_LABELS, PRODUCTION_KINDS, type ProductionKind } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { navigate } from '../../router/router';
import { ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/field';
import { useShellRefresh } from '../shell/shell-data';

const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'KRW',
  'INR',
  'ZAR',
  'SEK',
  'NOK',
  'DKK',
];

const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Los_Angeles';
  } catch {
    return 'America/Los_Angeles';
  }
};

const timeZones = (): readonly string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** Start a production in development; the creator becomes its executive producer. */
export const NewProductionPage = () => {
  const client = useClient();
  const refreshShell = useShellRefresh();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ProductionKind>('feature-film');
  const [currency, setCurrency] = useState('USD');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [zones] = useState(timeZones);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the production a title.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const production = await client.call('createProduction', {
        body: {
          title: title.trim(),
          kind,
          currency: currency.trim().toUpperCase(),
          timeZone: timeZone.trim(),
        },
      });
      refreshShell();
      navigate(`/productions/${production.id}`);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="page-header__eyebrow">Portfolio</p>
          <h1>New production</h1>
        </div>
      </header>
      <form
        className="panel form form--narrow"
        onSubmit={(event) => void submit(event)}
        aria-label="New production"
      >
        <p className="muted">
          The production starts in development with you as its executive producer. Bring the team on
          and greenlight it when the money is in place.
        </p>
        {error ? <ErrorMessage>{error}</ErrorMessage> : null}
        <Field label="Title">
          {(id) => (
            <input
              id={id}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={200}
              required
            />
          )}
        </Field>
        <Field label="Kind">
          {(id) => (
            <select
              id={id}
              value={kind}
              onChange={(e) => setKind(e.target.value as ProductionKind)}
            >
              {PRODUCTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {PRODUCTION_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form__row">
          <Field label="Currency" hint="ISO code; money is kept in its minor unit">
            {(id, hint) => (
              <>
                <input
                  id={id}
                  value={currency}
                  onChange={(e) => setCurrency(e.target.value)}
                  list={`${id}-list`}
                  maxLength={3}
                  aria-describedby={hint}
                  className="input--short"
                />
                <datalist id={`${id}-list`}>
                  {CURRENCIES.map((c) => (
                    <option key={c} value={c} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="Time zone" hint="Dates and the audit log are shown in this zone">
            {(id, hint) => (
              <>
                <input
                  id={id}
                  value={timeZone}
                  onChange={(e) => setTimeZone(e.target.value)}
                  list={`${id}-list`}
                  aria-describedby={hint}
                />
                <datalist id={`${id}-list`}>
                  {zones.map((z) => (
                    <option key={z} value={z} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create production'}
          </button>
          <button type="button" className="button button--ghost" onClick={() => navigate('/')}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
};
