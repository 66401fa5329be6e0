/**
 * The extension's settings as one typed snapshot per resource, with their defaults. Editor
 * behaviour only: what the rules check lives in `.newsarchive.json`, shared with the CLI.
 */
import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE_GLOBS, DEFAULT_FILES_GLOB } from './core/fileSelection';

export interface ExtensionConfig {
  files: string;
  exclude: string[];
  /** What Validate Archive covers: the open files, or every article in the workspace. */
  validateScope: 'openFiles' | 'workspace';
  /** Whether the article preview loads remote images (`newsArchive.preview.remoteImages`). */
  previewRemoteImages: 'block' | 'allow';
}

export const SECTION = 'newsArchive';

export function readConfig(scope?: vscode.ConfigurationScope): ExtensionConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    files: c.get<string>('files', DEFAULT_FILES_GLOB) || DEFAULT_FILES_GLOB,
    exclude: c.get<string[]>('exclude', DEFAULT_EXCLUDE_GLOBS),
    validateScope: c.get<string>('validate.scope', 'workspace') === 'openFiles' ? 'openFiles' : 'workspace',
    previewRemoteImages: c.get<string>('preview.remoteImages', 'block') === 'allow' ? 'allow' : 'block',
  };
}
