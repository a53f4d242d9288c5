import type { ProductionId, VendorId } from '../shared/ids.js';
import type { CurrencyCode } from '../shared/money.js';

/** Whom a production pays: a rental house, a supplier, a freelancer paid on invoice, a location owner. */
export const VENDOR_KINDS = [
  'company',
  'individual',
  'rental-house',
  'location',
  'government',
  'other',
] as const;
export type VendorKind = (typeof VENDOR_KINDS)[number];

export const VENDOR_KIND_LABELS: Readonly<Record<VendorKind, string>> = {
  company: 'Company',
  individual: 'Individual',
  'rental-house': 'Rental house',
  location: 'Location',
  government: 'Government or permit office',
  other: 'Other',
};

/**
 * A vendor on a production's vendor list. Lean on purpose: the accounting system of record keeps the rest.
 * The tax flags are US-style (a W-9 on file, reportable on a 1099) and optional, since many productions
 * shoot elsewhere; they are facts to show, not rules the domain enforces.
 */
export type Vendor = {
  readonly id: VendorId;
  readonly productionId: ProductionId;
  readonly name: string;
  readonly kind: VendorKind;
  /** A tax or VAT number, as the vendor writes it. */
  readonly taxId: string | null;
  /** Free text: a name, an email address, a telephone number. */
  readonly contact: string;
  /** The currency the vendor bills in by default. */
  readonly currency: CurrencyCode;
  readonly w9OnFile?: boolean;
  readonly reportable1099?: boolean;
};
