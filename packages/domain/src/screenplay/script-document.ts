/**
 * The parsed-script intermediate representation every importer produces (Fountain, Final Draft, PDF) and the
 * breakdown, pagination and scene list read. Positions are 1-based lines of the source where the importer knows
 * them; text is plain (emphasis markup removed) with styles kept as spans where the format carries them.
 */

/** A styled stretch of an element's text: [start, end) in characters. */
export type TextStyleSpan = {
  readonly start: number;
  readonly end: number;
  readonly style: 'bold' | 'italic' | 'underline';
};

type Base = {
  /** Source line where the element starts (1-based), when the format has lines. */
  readonly line?: number;
};

type Styled = { readonly text: string; readonly styles?: readonly TextStyleSpan[] };

export type ScriptElement =
  | (Base & {
      readonly type: 'scene-heading';
      readonly text: string;
      /** From the script (`#5A#` in Fountain, `Number` in FDX); null when absent. */
      readonly sceneNumber: string | null;
      /** Length and starting page given by the file (FDX SceneProperties), in eighths and pages. */
      readonly declaredEighths?: number;
      readonly declaredPage?: number;
    })
  | (Base & Styled & { readonly type: 'action'; readonly centered: boolean })
  | (Base & {
      readonly type: 'character';
      /** Normalised cue name, extensions removed: `MARGOT`. */
      readonly name: string;
      /** The cue as written, with extensions: `MARGOT (V.O.)`. */
      readonly text: string;
      /** Extensions found on the cue, normalised: `V.O.`, `O.S.`, `CONT'D`. */
      readonly extensions: readonly string[];
      /** Part of a dual-dialogue pair: the first speaker is left, the second (`^` in Fountain) right. */
      readonly dual: 'left' | 'right' | null;
    })
  | (Base & { readonly type: 'parenthetical'; readonly text: string })
  | (Base & Styled & { readonly type: 'dialogue' })
  | (Base & Styled & { readonly type: 'lyrics' })
  | (Base & { readonly type: 'transition'; readonly text: string })
  | (Base & { readonly type: 'section'; readonly text: string; readonly depth: number })
  | (Base & { readonly type: 'synopsis'; readonly text: string })
  | (Base & { readonly type: 'note'; readonly text: string })
  | (Base & { readonly type: 'page-break' });

export type ScriptElementType = ScriptElement['type'];

/** Title page fields in order: `Title`, `Credit`, `Author`, `Draft date`, `Contact`… with multi-line values. */
export type TitlePageField = { readonly key: string; readonly values: readonly string[] };

export type ScriptDocument = {
  readonly titlePage: readonly TitlePageField[];
  readonly elements: readonly ScriptElement[];
};

/** Something an importer noticed: never an exception, always a message with a place. */
export type ScriptDiagnostic = {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
};
