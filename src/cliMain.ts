/**
 * The command line proper (./cli/main.ts), as dist/cli.js loads it when its warm run cannot
 * answer (./cli.ts): `warm` is what that run took.
 */
import { caughtSignal } from './cli/interrupts';
import { processIo } from './cli/io';
import { main } from './cli/main';
import type { WarmHandoff } from './cli/warmCheck';

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
