/** Where commands write; tests pass buffers, bin passes the process streams. */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); `serve` waits on it. */
  untilStopped(): Promise<void>;
};
