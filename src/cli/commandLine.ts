/**
 * The command line proper (./main.ts) on the process, built as dist/cliMain.js: dist/cli.js
 * (../cli.ts) loads it when its warm run cannot answer; `warm` is what that run took.
 */
import { caughtSignal } from './interrupts';
import { processIo } from './io';
import { main } from './main';
import type { WarmHandoff } from './warmCheck';

export function runCommandLine(argv: readonly string[], warm?: WarmHandoff): void {
  main(argv, processIo, process.env, warm).then(
    (code) => {
      // A signal deferred during a write ends the process by that signal once the write is
      // undone or done, so a shell loop running news-archive stops as it would without us.
      const signal = caughtSignal();
      if (signal) process.kill(process.pid, signal);
      else process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`news-archive: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
