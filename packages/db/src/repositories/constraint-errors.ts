import { DomainError } from '@greenlight/domain';

export type ConstraintViolation = {
  readonly kind: 'unique' | 'foreign-key' | 'check' | 'not-null' | 'invalid-value';
  readonly constraint: string | null;
};

/** Returns the DomainError for a violation, or undefined for the generic one. */
export type DescribeViolation = (violation: ConstraintViolation) => DomainError | undefined;

// SQLSTATE codes (PostgreSQL appendix A); PGlite and node-postgres both expose them as `code`.
const KINDS: Readonly<Record<string, ConstraintViolation['kind']>> = {
  '23505': 'unique',
  '23503': 'foreign-key',
  '23514': 'check',
  '23502': 'not-null',
  '22P02': 'invalid-value', // e.g. "abc" for a uuid column
};

/**
 * Runs a write and turns constraint violations into DomainErrors, so a duplicate e-mail reaches the user as a
 * conflict rather than a raw SQL error. Everything else propagates unchanged.
 */
export const withConstraintErrors = async <T>(
  run: () => Promise<T>,
  describe?: DescribeViolation,
): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    const violation = toViolation(error);
    if (violation === undefined) throw error;
    throw describe?.(violation) ?? genericError(violation);
  }
};

const toViolation = (error: unknown): ConstraintViolation | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = 'code' in error ? error.code : undefined;
  const kind = typeof code === 'string' ? KINDS[code] : undefined;
  if (kind === undefined) return undefined;
  const constraint =
    'constraint' in error && typeof error.constraint === 'string' ? error.constraint : null;
  return { kind, constraint };
};

const genericError = ({ kind, constraint }: ConstraintViolation): DomainError => {
  const details = { constraint };
  switch (kind) {
    case 'unique':
      return new DomainError('conflict', 'That already exists.', details);
    case 'foreign-key':
      return new DomainError('not-found', 'It refers to something that does not exist.', details);
    case 'check':
      return new DomainError(
        'validation',
        `A value is not allowed here (${constraint ?? 'check'}).`,
        details,
      );
    case 'not-null':
      return new DomainError('validation', 'A required value is missing.', details);
    case 'invalid-value':
      return new DomainError(
        'validation',
        'A value is not in the expected form (for example an id).',
        details,
      );
  }
};
