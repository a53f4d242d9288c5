import { SPENDING_DOCUMENT_KIND_CODES, type SpendingDocumentKind } from '@greenlight/domain';

/**
 * A document as people name it: "PO 0042", "INV PCR-1187". The code is put before the number unless the
 * number already starts with it, as a production's own numbers usually do ("PO 0042", not "PO PO 0042").
 */
export const documentTitle = (kind: SpendingDocumentKind, number: string): string => {
  const code = SPENDING_DOCUMENT_KIND_CODES[kind];
  return number.toUpperCase().startsWith(code) ? number : `${code} ${number}`;
};
