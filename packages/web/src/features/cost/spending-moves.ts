import type { GreenlightClient, SpendingDocumentDto } from '@greenlight/contract';
import { SPENDING_DOCUMENT_STATUS_LABELS } from '@greenlight/domain';
import type { CostOutcome } from './cost-outcome';
import { documentTitle } from './document-title';

export type SpendingMove = SpendingDocumentDto['transitions'][number];

/** Each move's button and what to say once it is done. */
export const MOVE_LABELS: Readonly<
  Record<SpendingMove, { readonly button: string; readonly done: string }>
> = {
  submit: { button: 'Submit for approval', done: 'submitted for approval' },
  withdraw: { button: 'Withdraw', done: 'withdrawn: a draft again' },
  return: { button: 'Decline', done: 'declined: back to the requester as a draft' },
  approve: { button: 'Approve', done: 'approved' },
  close: { button: 'Close', done: 'closed: what was left open is released' },
  reopen: { button: 'Reopen', done: 'reopened' },
  pay: { button: 'Mark paid', done: 'marked paid' },
  void: { button: 'Void', done: 'voided' },
};

/** Moves that take a note, asked for before the move is made: why it is declined or voided. */
export const MOVES_WITH_NOTE: ReadonlySet<SpendingMove> = new Set(['return', 'void', 'close']);

/**
 * The moves to offer the signed-in person: what the status allows, less what is never theirs. The
 * requester submits and withdraws; anyone else approves and declines (no one signs their own document).
 * Paying, voiding and closing are the matrix's call, made by the server when the button is pressed.
 */
export const movesFor = (
  document: Pick<SpendingDocumentDto, 'transitions' | 'requestedBy'>,
  personId: string | null,
): SpendingMove[] => {
  const mine = personId !== null && document.requestedBy === personId;
  return document.transitions
    .filter((t) => {
      if (t === 'submit' || t === 'withdraw') return mine;
      if (t === 'approve' || t === 'return') return !mine;
      return true;
    })
    .sort((a, b) => MOVE_ORDER.indexOf(a) - MOVE_ORDER.indexOf(b));
};

/** The forward move first, the way back next, the final ones (void) last. */
const MOVE_ORDER: readonly SpendingMove[] = [
  'submit',
  'approve',
  'return',
  'withdraw',
  'pay',
  'close',
  'reopen',
  'void',
];

/** "Dana Reyes", "Dana Reyes and Sam Ortiz": whom a document waits on, by name where known. */
export const namesOf = (ids: readonly string[], names: ReadonlyMap<string, string>): string => {
  const list = ids.map((id) => names.get(id) ?? 'a team member');
  if (list.length <= 1) return list[0] ?? 'no one yet';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1] ?? ''}`;
};

const label = (d: Pick<SpendingDocumentDto, 'kind' | 'number'>) => documentTitle(d.kind, d.number);

/**
 * Makes a move on a document at the version it was read and says what became of it. A signature either
 * approves the document (within the signer's limit) or is kept while the document climbs to someone with a
 * higher limit: the outcome says which, and whom it waits on now.
 */
export const makeMove = async (
  client: GreenlightClient,
  productionId: string,
  document: Pick<SpendingDocumentDto, 'id' | 'kind' | 'number' | 'version'>,
  move: SpendingMove,
  note: string,
  names: ReadonlyMap<string, string>,
): Promise<CostOutcome> => {
  const params = { productionId, documentId: document.id };
  const trimmed = note.trim();
  const body = { version: document.version, ...(trimmed === '' ? {} : { note: trimmed }) };
  if (move === 'approve') {
    const signed = await client.call('approveSpendingDocument', { params, body });
    const after = signed.document;
    if (signed.outcome === 'approved') {
      return {
        kind: 'signed',
        outcome: 'approved',
        text: `${label(document)} approved: ${SPENDING_DOCUMENT_STATUS_LABELS[after.status].toLowerCase()}.`,
      };
    }
    const waits =
      after.route?.state === 'pending'
        ? namesOf(after.route.nextApprovers, names)
        : 'someone with a higher limit';
    return {
      kind: 'signed',
      outcome: 'escalated',
      text: `Signed. ${label(document)} is above your signing limit, so it now goes to ${waits}.`,
    };
  }
  const call = {
    submit: 'submitSpendingDocument',
    withdraw: 'withdrawSpendingDocument',
    return: 'returnSpendingDocument',
    close: 'closeSpendingDocument',
    reopen: 'reopenSpendingDocument',
    pay: 'paySpendingDocument',
    void: 'voidSpendingDocument',
  } as const;
  const result = await client.call(call[move], { params, body });
  return { kind: 'result', result, doneText: `${label(document)} ${MOVE_LABELS[move].done}` };
};
