/**
 * The Node build's entry point (package.json `main`): archive work in child processes, files
 * through Node's `fs`, except for workspace folders of another scheme, which go through
 * `workspace.fs` on this thread. The browser's entry is src/web/extension.ts.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import type { ValidationApi } from './commands/validationCommands';
import { nodeFileAccess } from './core/files/nodeFileAccess';
import { activateFeatures, FeaturesApi, startFailed } from './features';
import { ArchiveProcesses } from './index/archiveProcesses';
import { ChosenJobs, InThreadJobs } from './index/inThreadJobs';
import { storageFolder, summaryFileName } from './index/indexCacheStore';
import { nodeCacheFile } from './index/nodeCacheFile';
import { routedFileAccess, workspaceFileAccess } from './index/workspaceFileAccess';
import { allFoldersLocal } from './util/archiveUris';
import { WorkbenchProbe } from './util/workbenchProbe';

export interface NewsArchiveApi extends FeaturesApi {
  /** Validate Archive's last run (read by the workbench benchmark and the tests). */
  readonly validation: ValidationApi;
  /** The extension host's event-loop delay and memory, for the workbench benchmark. */
  readonly probe: WorkbenchProbe;
}

export function activate(context: vscode.ExtensionContext): NewsArchiveApi {
  try {
    // Archive-wide work runs in these processes, never in the extension host (they start on the first job).
    const workers = new ArchiveProcesses(vscode.Uri.joinPath(context.extensionUri, 'dist', 'archiveWorker.js').fsPath);
    // The processes' fs reads only the local disk; the walk (not findFiles) keeps the listing as the CLI's.
    const jobs = new ChosenJobs(workers, new InThreadJobs(workspaceFileAccess, false), allFoldersLocal);
    const features = activateFeatures(context, {
      kind: 'node', access: routedFileAccess(nodeFileAccess), jobs, cacheFile: nodeCacheFile(storageFolder(context)),
      summaryFile: nodeCacheFile(storageFolder(context), summaryFileName()),
    });
    const validation = registerCommands(context, features.articles, features.diagnostics, features.configs, features.archiveTree);
    const probe = new WorkbenchProbe();
    context.subscriptions.push(probe);
    return { ...features, validation, probe };
  } catch (e) {
    return startFailed(e);
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
