/**
 * The web host tests' file system (scripts/host/runWebTests.mjs installs it): in the Node
 * extension host, it serves the folder NEWS_ARCHIVE_WEB_ROOT under NEWS_ARCHIVE_WEB_SCHEME
 * with test/host/folderFileSystem.ts, so that the web build, running in the web worker
 * extension host, reaches the workspace only through `workspace.fs`. Its commands are how the
 * tests in the web worker (which has no `process.env` and no `fs`) learn the run's settings,
 * read the provider's counters and make it slow, and how their report reaches the harness
 * (and the web index benchmark's figures its file).
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import { FolderFileSystem } from '../../host/folderFileSystem';

export function activate(context: vscode.ExtensionContext): void {
  // bench/host/indexRun.ts's figures, from either extension host, into the benchmark's file.
  context.subscriptions.push(vscode.commands.registerCommand('newsArchiveTest.writeResult', (result: unknown) => {
    const out = process.env.NEWS_ARCHIVE_BENCH_RESULT;
    if (out) fs.writeFileSync(out, JSON.stringify(result));
  }));
  const root = process.env.NEWS_ARCHIVE_WEB_ROOT;
  const scheme = process.env.NEWS_ARCHIVE_WEB_SCHEME;
  if (!root || !scheme) return; // installed outside the web host tests: nothing to serve
  const provider = new FolderFileSystem(root, scheme);
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(scheme, provider, { isCaseSensitive: true }),
    vscode.commands.registerCommand('newsArchiveTest.environment', () => ({
      scheme,
      mode: process.env.NEWS_ARCHIVE_WEB_MODE ?? 'web',
      grep: process.env.NEWS_ARCHIVE_HOST_GREP ?? '',
    })),
    vscode.commands.registerCommand('newsArchiveTest.providerCalls', () => ({ ...provider.calls, changedPaths: [...provider.changedPaths], readPaths: [...provider.readPaths] })),
    vscode.commands.registerCommand('newsArchiveTest.setDelay', (ms: number) => {
      provider.delayMs = ms;
    }),
    // The web worker's console reaches no terminal; its lines are printed here, where the
    // harness reads the extension host's output (scripts/host/hostOutput.mjs).
    vscode.commands.registerCommand('newsArchiveTest.print', (lines: string[]) => {
      for (const line of lines) console.log(line);
    }),
  );
}
