/**
 * The browser's entry point (package.json `browser`, bundled as dist/web/extension.js for the
 * web worker extension host of github.dev, vscode.dev and code-server): the same features as
 * the Node build, over `workspace.fs` for every file, with archive jobs on this thread, one
 * file a slice (a web worker extension host has no worker_threads; see src/index/inThreadJobs.ts).
 * Nothing here may need Node: the build fails if a Node built-in is pulled in.
 */
import * as vscode from 'vscode';
import { registerCommands } from '../commands/registerCommands';
import type { ValidationApi } from '../commands/validationCommands';
import { activateFeatures, FeaturesApi, startFailed } from '../features';
import { InThreadJobs } from '../index/inThreadJobs';
import { storageFolder, summaryFileName, workspaceCacheFile } from '../index/indexCacheStore';
import { workspaceFileAccess } from '../index/workspaceFileAccess';

export interface WebNewsArchiveApi extends FeaturesApi {
  /** Validate Archive's last run (read by the tests). */
  readonly validation: ValidationApi;
}

export function activate(context: vscode.ExtensionContext): WebNewsArchiveApi {
  try {
    const features = activateFeatures(context, {
      kind: 'web',
      access: workspaceFileAccess,
      jobs: new InThreadJobs(workspaceFileAccess),
      cacheFile: workspaceCacheFile(storageFolder(context)),
      summaryFile: workspaceCacheFile(storageFolder(context), summaryFileName()),
    });
    const validation = registerCommands(context, features.articles, features.diagnostics, features.configs, features.archiveTree);
    return { ...features, validation };
  } catch (e) {
    return startFailed(e);
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
