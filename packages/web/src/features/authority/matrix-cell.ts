import type { AuthorityMatrixDto } from '@greenlight/contract';
import type { ActionId, ActionRule, Role } from '@greenlight/domain';

/** A rule as the API carries it. */
export type MatrixRule = AuthorityMatrixDto['rules'][ActionId];

/**
 * What one role holds for one action, read straight from the rule's three lists. The first four are the ones
 * a click cycles through; the last two can only come from data edited elsewhere and are shown as they are.
 */
export type CellState =
  'none' | 'request' | 'perform' | 'approve-also' | 'approve-only' | 'request-approve';

export const cellState = (rule: ActionRule | undefined, role: Role): CellState => {
  if (!rule) return 'none';
  const perform = rule.perform.includes(role);
  const request = rule.request.includes(role);
  const approve = rule.approve.includes(role);
  if (perform) return approve ? 'approve-also' : 'perform';
  if (request) return approve ? 'request-approve' : 'request';
  return approve ? 'approve-only' : 'none';
};

const CYCLE: Readonly<Record<CellState, CellState>> = {
  none: 'request',
  request: 'perform',
  perform: 'approve-also',
  'approve-also': 'none',
  'approve-only': 'none',
  'request-approve': 'none',
};

/** none → request → perform → approve-also → none. */
export const nextCellState = (state: CellState): CellState => CYCLE[state];

/** The rule with `role` moved into the lists `state` stands for; other roles keep their places. */
export const withCellState = (
  rule: ActionRule | undefined,
  role: Role,
  state: CellState,
): MatrixRule => {
  const without = (list: readonly Role[] | undefined) => (list ?? []).filter((r) => r !== role);
  const perform = without(rule?.perform);
  const request = without(rule?.request);
  const approve = without(rule?.approve);
  if (state === 'perform' || state === 'approve-also') perform.push(role);
  if (state === 'request' || state === 'request-approve') request.push(role);
  if (state === 'approve-also' || state === 'approve-only' || state === 'request-approve')
    approve.push(role);
  return { perform, request, approve };
};

const sameMembers = (a: readonly Role[], b: readonly Role[]): boolean =>
  a.length === b.length && a.every((role) => b.includes(role));

/** Whether two rules give the same roles the same authority, whatever the order of the lists. */
export const sameRule = (a: ActionRule | undefined, b: ActionRule | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  sameMembers(a.perform, b.perform) &&
  sameMembers(a.request, b.request) &&
  sameMembers(a.approve, b.approve);

export const CELL_TEXT: Readonly<Record<CellState, { short: readonly string[]; words: string }>> = {
  none: { short: [], words: 'no authority' },
  request: { short: ['Ask'], words: 'may ask (routed for approval)' },
  perform: { short: ['Do'], words: 'may do it' },
  'approve-also': { short: ['Do', 'Approve'], words: 'may do it and approves requests' },
  'approve-only': { short: ['Approve'], words: 'approves requests' },
  'request-approve': { short: ['Ask', 'Approve'], words: 'may ask and approves requests' },
};
