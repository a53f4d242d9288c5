import type { AuthorityMatrixDto } from '@greenlight/contract';
import {
  ACTION_IDS,
  DECISION_AREAS,
  ROLES,
  roleLabel,
  type ActionId,
  type Role,
} from '@greenlight/domain';
import { minorToInput, parseMoney } from '../../ui/money';
import { cellState, nextCellState, sameRule, withCellState } from './matrix-cell';

/** A signing limit as edited: "no limit", or an amount typed as text (empty: the role signs for nothing). */
export type LimitDraft = { readonly unlimited: boolean; readonly text: string };

/** The editable parts of the matrix. */
export type MatrixDraft = {
  readonly rules: AuthorityMatrixDto['rules'];
  readonly finalSay: AuthorityMatrixDto['finalSay'];
  readonly limits: Readonly<Record<Role, LimitDraft>>;
  /** Personal limits by person id, in the order they came (added ones last). Empty text is not allowed here. */
  readonly personLimits: Readonly<Record<string, LimitDraft>>;
};

const limitDraft = (limit: number | null | undefined, currency: string): LimitDraft =>
  limit === null
    ? { unlimited: true, text: '' }
    : { unlimited: false, text: limit === undefined ? '' : minorToInput(limit, currency) };

export const draftFrom = (matrix: AuthorityMatrixDto, currency: string): MatrixDraft => ({
  rules: matrix.rules,
  finalSay: matrix.finalSay,
  limits: Object.fromEntries(
    ROLES.map((role) => [role, limitDraft(matrix.roleLimits[role], currency)]),
  ) as Record<Role, LimitDraft>,
  personLimits: Object.fromEntries(
    Object.entries(matrix.personLimits).map(([person, limit]) => [
      person,
      limitDraft(limit, currency),
    ]),
  ),
});

/** The draft with `person`'s personal limit set (added last, or changed in place). */
export const setPersonLimit = (
  draft: MatrixDraft,
  person: string,
  limit: LimitDraft,
): MatrixDraft => ({ ...draft, personLimits: { ...draft.personLimits, [person]: limit } });

/** The draft without `person`'s personal limit: their roles' limits apply again. */
export const removePersonLimit = (draft: MatrixDraft, person: string): MatrixDraft => ({
  ...draft,
  personLimits: Object.fromEntries(
    Object.entries(draft.personLimits).filter(([id]) => id !== person),
  ),
});

/** The draft after one click on the cell of `action` × `role`. */
export const cycleCell = (draft: MatrixDraft, action: ActionId, role: Role): MatrixDraft => {
  const rule = draft.rules[action];
  return {
    ...draft,
    rules: {
      ...draft.rules,
      [action]: withCellState(rule, role, nextCellState(cellState(rule, role))),
    },
  };
};

export type BuiltMatrix =
  | {
      readonly ok: true;
      readonly matrix: AuthorityMatrixDto;
      readonly changed: {
        readonly cells: number;
        readonly finalSay: boolean;
        readonly limits: number;
      };
    }
  | { readonly ok: false; readonly error: string };

/**
 * The whole matrix to send: the original with the draft's edits. Anything left as it was is sent exactly as it
 * came (same order, a missing limit stays missing), so an edit of limits alone never reads as a rule change.
 * `personName` names a person in error messages.
 */
export const buildMatrix = (
  original: AuthorityMatrixDto,
  draft: MatrixDraft,
  currency: string,
  isSeries: boolean,
  personName: (person: string) => string = (person) => person,
): BuiltMatrix => {
  const rules = { ...original.rules };
  let cellsChanged = 0;
  for (const action of ACTION_IDS) {
    const edited = draft.rules[action];
    if (edited === original.rules[action] || sameRule(edited, original.rules[action])) continue;
    rules[action] = edited;
    cellsChanged += ROLES.filter(
      (role) => cellState(edited, role) !== cellState(original.rules[action], role),
    ).length;
  }
  const roleLimits: AuthorityMatrixDto['roleLimits'] = { ...original.roleLimits };
  let limitsChanged = 0;
  for (const role of ROLES) {
    const before = original.roleLimits[role];
    const edit = draft.limits[role];
    let after: number | null | undefined;
    if (edit.unlimited) after = null;
    else if (edit.text.trim() === '') after = before === undefined ? undefined : 0;
    else {
      const parsed = parseMoney(edit.text, currency);
      if (!parsed.ok)
        return {
          ok: false,
          error: `Signing limit for ${roleLabel(role, isSeries)}: ${parsed.error}`,
        };
      after = parsed.value;
    }
    if (after === before) continue;
    if (after === undefined) delete roleLimits[role];
    else roleLimits[role] = after;
    limitsChanged += 1;
  }
  const personLimits: Record<string, number | null> = {};
  let personLimitsChanged = 0;
  for (const [person, edit] of Object.entries(draft.personLimits)) {
    let after: number | null = null;
    if (!edit.unlimited) {
      const parsed = parseMoney(edit.text, currency);
      if (!parsed.ok) {
        const problem =
          edit.text.trim() === '' ? 'Enter an amount, or tick “No limit”' : parsed.error;
        return { ok: false, error: `Personal limit for ${personName(person)}: ${problem}` };
      }
      after = parsed.value;
    }
    personLimits[person] = after;
    if (!Object.hasOwn(original.personLimits, person) || original.personLimits[person] !== after)
      personLimitsChanged += 1;
  }
  for (const person of Object.keys(original.personLimits))
    if (!Object.hasOwn(draft.personLimits, person)) personLimitsChanged += 1;
  const finalSayChanged = DECISION_AREAS.some(
    (area) => draft.finalSay[area] !== original.finalSay[area],
  );
  return {
    ok: true,
    matrix: {
      rules,
      roleLimits,
      // Untouched, they go back as they came; a removed-and-re-added limit is no change.
      personLimits: personLimitsChanged > 0 ? personLimits : original.personLimits,
      finalSay: finalSayChanged ? draft.finalSay : original.finalSay,
    },
    changed: {
      cells: cellsChanged,
      finalSay: finalSayChanged,
      limits: limitsChanged + personLimitsChanged,
    },
  };
};
