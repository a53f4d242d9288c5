import { useState, type FormEvent } from 'react';
import type { VendorDto } from '@greenlight/contract';
import { VENDOR_KIND_LABELS, VENDOR_KINDS, type VendorKind } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/field';
import type { CostOutcome } from './cost-outcome';

type VendorFormProps = {
  readonly productionId: string;
  readonly currency: string;
  /** The vendor being changed; absent to add one. */
  readonly existing?: VendorDto;
  readonly onDone: (outcome: CostOutcome) => void;
  readonly onCancel: () => void;
};

/** Add or change a vendor: the name (unique on the production), kind, tax number, contact, billing currency. */
export const VendorForm = ({
  productionId,
  currency,
  existing,
  onDone,
  onCancel,
}: VendorFormProps) => {
  const client = useClient();
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<VendorKind>(existing?.kind ?? 'company');
  const [taxId, setTaxId] = useState(existing?.taxId ?? '');
  const [contact, setContact] = useState(existing?.contact ?? '');
  const [billing, setBilling] = useState(existing?.currency ?? currency);
  const [w9, setW9] = useState(existing?.w9OnFile ?? false);
  const [reportable, setReportable] = useState(existing?.reportable1099 ?? false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError('Give the vendor a name.');
    if (!/^[A-Za-z]{3}$/.test(billing.trim()))
      return setError('Currency: a three-letter code such as USD.');
    setBusy(true);
    setError(null);
    const body = {
      name: name.trim(),
      kind,
      taxId: taxId.trim() === '' ? null : taxId.trim(),
      contact: contact.trim(),
      currency: billing.trim().toUpperCase(),
      w9OnFile: w9,
      reportable1099: reportable,
    };
    try {
      const result =
        existing === undefined
          ? await client.call('createVendor', { params: { productionId }, body })
          : await client.call('updateVendor', {
              params: { productionId, vendorId: existing.id },
              body,
            });
      onDone({
        kind: 'result',
        result,
        doneText: `${existing === undefined ? 'Added' : 'Saved'} ${body.name}`,
      });
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form"
      onSubmit={(e) => void submit(e)}
      aria-label={existing === undefined ? 'Add a vendor' : `Change ${existing.name}`}
      noValidate
      data-testid="vendor-form"
    >
      <h2>{existing === undefined ? 'Add a vendor' : `Change ${existing.name}`}</h2>
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <div className="form__grid cost-vendor-form__grid">
        <Field label="Vendor name" className="field--wide">
          {(id) => (
            <input
              id={id}
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
              placeholder="Pacific Camera Rental"
            />
          )}
        </Field>
        <Field label="Kind of vendor">
          {(id) => (
            <select id={id} value={kind} onChange={(e) => setKind(e.target.value as VendorKind)}>
              {VENDOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {VENDOR_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tax or VAT number">
          {(id) => (
            <input
              id={id}
              value={taxId}
              maxLength={60}
              onChange={(e) => setTaxId(e.target.value)}
            />
          )}
        </Field>
        <Field label="Contact" className="field--wide">
          {(id) => (
            <input
              id={id}
              value={contact}
              maxLength={500}
              onChange={(e) => setContact(e.target.value)}
              placeholder="accounts@vendor.example, +1 310 555 0100"
            />
          )}
        </Field>
        <Field label="Bills in" hint="The currency its documents default to">
          {(id, describedBy) => (
            <input
              id={id}
              value={billing}
              maxLength={3}
              className="input--short"
              onChange={(e) => setBilling(e.target.value)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
      </div>
      <div className="form__row">
        <label className="checkbox">
          <input type="checkbox" checked={w9} onChange={(e) => setW9(e.target.checked)} /> W-9 on
          file
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={reportable}
            onChange={(e) => setReportable(e.target.checked)}
          />{' '}
          Reportable on a 1099
        </label>
      </div>
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="save-vendor"
        >
          {busy ? 'Saving…' : existing === undefined ? 'Add the vendor' : 'Save the vendor'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
