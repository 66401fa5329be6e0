/**
 * Ctrl-C, a closed terminal or `kill` while a file is being replaced: the writer must get to
 * remove its temporary file, so during a write these signals abort it instead of ending the
 * process at once. Outside writes they keep their default (nothing is half done then). After
 * the run, `news-archive` ends by the signal it caught (cli.ts), as a shell expects of a program
 * it interrupted.
 */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

let caught: NodeJS.Signals | undefined;

/** The first signal that arrived during a write in this process, if any. */
export function caughtSignal(): NodeJS.Signals | undefined {
  return caught;
}

/** Runs `work` with the termination signals turned into an abort of the signal it is given. */
export async function withSignalsDeferred<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (s: NodeJS.Signals) => {
    caught ??= s;
    controller.abort();
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    return await work(controller.signal);
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
  }
}
