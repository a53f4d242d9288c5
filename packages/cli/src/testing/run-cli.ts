import type { CliIo } from '../cli-io.js';
import { main } from '../main.js';

export type CliRun = { readonly code: number; readonly out: string; readonly err: string };

/** Runs the CLI in-process with captured output, as a test sees it: exit code, stdout, stderr. */
export const runCli = async (
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> => {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
    untilStopped: () => new Promise<void>(() => undefined),
  };
  const code = await main(argv, io);
  return { code, out, err };
};
