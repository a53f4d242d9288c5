import { stat } from 'node:fs/promises';
import { DomainError } from '@greenlight/domain';

/** Fails in words when `file` is missing (not-found, exit 5) or is not a readable file (exit 2). */
export const checkFile = async (file: string): Promise<void> => {
  const info = await stat(file).catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new DomainError('not-found', `There is no file ${file}`);
    }
    throw new DomainError(
      'validation',
      `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  if (!info.isFile()) throw new DomainError('validation', `${file} is not a file`);
};
