/**
 * `news-archive`. A warm `check --cache` over an unchanged folder is answered here, from this
 * small file alone (./cli/warmCheck.ts); every other run loads the command line proper,
 * dist/cliMain.js (./cli/commandLine.ts), built beside this file and loaded only then, because loading
 * it (the rules, the formats, the YAML and HTML readers) is most of what a warm run would cost.
 */
import * as path from 'node:path';
import { processIo } from './cli/io';
import { warmCheck } from './cli/warmCheck';
import type { runCommandLine } from './cli/commandLine';

const argv = process.argv.slice(2);

warmCheck(argv, processIo).then(
  (answer) => {
    if (typeof answer === 'number') {
      process.exitCode = answer;
      return;
    }
    // Not a name esbuild can follow: the command line proper stays a file of its own.
    const file = path.join(__dirname, 'cliMain.js');
    let full: { runCommandLine: typeof runCommandLine };
    try {
      full = require(file) as typeof full;
    } catch (e) {
      process.stderr.write(`news-archive: cannot load ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}): it belongs beside cli.js; install news-archive again\n`);
      process.exitCode = 2;
      return;
    }
    full.runCommandLine(argv, answer);
  },
  (e: unknown) => {
    process.stderr.write(`news-archive: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
