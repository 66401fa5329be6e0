/**
 * The web worker extension host calls run() (extensionTestsPath = dist/test/web/index.js) once
 * the workbench has opened the provider's folder (scripts/host/runWebTests.mjs). It runs the
 * tests of the run's mode in mocha's browser build, with the BDD interface, as the Node host
 * tests do. The worker has neither `process.env` nor a terminal: the run's settings come from
 * the provider extension (test/web/provider/), and the spec reporter's lines go back through it
 * to the Node extension host's output, which the harness reads.
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import type { WebTestEnvironment } from './webHost';

/** Sends console.log's lines (the spec reporter's) to the Node extension host, in order. */
function forwardConsole(): { flush(): Promise<void>; restore(): void } {
  const original = console.log;
  let chain: Promise<unknown> = Promise.resolve();
  console.log = (...args: unknown[]): void => {
    const line = args.map(String).join(' ');
    chain = chain.then(() => vscode.commands.executeCommand('newsArchiveTest.print', [line])).catch(() => undefined);
  };
  return {
    flush: async () => {
      await chain;
    },
    restore: () => {
      console.log = original;
    },
  };
}

export async function run(): Promise<void> {
  const environment = await vscode.commands.executeCommand<WebTestEnvironment>('newsArchiveTest.environment');
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  // NEWS_ARCHIVE_HOST_GREP, read by the provider in the Node extension host.
  if (environment.grep) mocha.grep(environment.grep);
  // The files register their tests when required, after mocha.setup gave them `describe`.
  if (environment.mode === 'restricted') require('./restrictedMode.test');
  else require('./webWorker.test');
  const output = forwardConsole();
  try {
    // Mocha's own run: the browser build's mocha.run() reads `location.search` for options,
    // and the worker's global has no location.
    const failures = await new Promise<number>((resolve) => Mocha.prototype.run.call(mocha, resolve));
    await output.flush();
    if (failures > 0) throw new Error(`${failures} web host tests failed.`);
  } finally {
    output.restore();
  }
}
