/**
 * The extension's settings as one typed snapshot per resource, with their defaults. Editor
 * behaviour only: what the rules check lives in `.newsarchive.json`, shared with the CLI.
 */
import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE_GLOBS, DEFAULT_FILES_GLOB } from '../core/index/fileSelection';

export interface ExtensionConfig {
  files: string;
  exclude: string[];
  /** What Validate Archive covers: the open files, or every article in the workspace. */
  validateScope: 'openFiles' | 'workspace';
  /** How many of Validate Archive's problems the Problems panel gets beside the open files' (`newsArchive.validate.problemsLimit`). */
  validateProblemsLimit: number;
  /** Whether the article preview loads remote images (`newsArchive.preview.remoteImages`). */
  previewRemoteImages: 'block' | 'allow';
  /** Scroll the preview to the editor's paragraph as the editor scrolls (`newsArchive.preview.scrollPreviewWithEditor`). */
  previewScrollPreviewWithEditor: boolean;
  /** Scroll the editor to the preview's paragraph as the preview scrolls (`newsArchive.preview.scrollEditorWithPreview`). */
  previewScrollEditorWithPreview: boolean;
  /** How the Articles view groups articles (`newsArchive.tree.groupBy`). */
  treeGroupBy: 'category' | 'date' | 'source' | 'author';
  /** How the Articles view orders articles within a group (`newsArchive.tree.sortBy`). */
  treeSortBy: 'date' | 'title';
  /** Whether the Articles view selects the article in the active editor. */
  treeRevealActiveArticle: boolean;
  /** How Fix All in Archive and Rename Across Archive are reviewed (`newsArchive.bulkEdits.review`). */
  bulkEditReview: BulkEditReview;
}

/** `newsArchive.bulkEdits.review`: ask first (the default), open the refactor preview, or apply at once. */
export type BulkEditReview = 'confirm' | 'preview' | 'apply';
const BULK_EDIT_REVIEWS: readonly BulkEditReview[] = ['confirm', 'preview', 'apply'];

const TREE_GROUPS = ['category', 'date', 'source', 'author'] as const;

export const SECTION = 'newsArchive';

/** VS Code's Problems panel slows past a few thousand problems. */
export const DEFAULT_PROBLEMS_LIMIT = 3000;

function problemsLimit(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_PROBLEMS_LIMIT;
}

export function readConfig(scope?: vscode.ConfigurationScope): ExtensionConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    files: c.get<string>('files', DEFAULT_FILES_GLOB) || DEFAULT_FILES_GLOB,
    exclude: c.get<string[]>('exclude', DEFAULT_EXCLUDE_GLOBS),
    validateScope: c.get<string>('validate.scope', 'workspace') === 'openFiles' ? 'openFiles' : 'workspace',
    validateProblemsLimit: problemsLimit(c.get<unknown>('validate.problemsLimit', DEFAULT_PROBLEMS_LIMIT)),
    previewRemoteImages: c.get<string>('preview.remoteImages', 'block') === 'allow' ? 'allow' : 'block',
    previewScrollPreviewWithEditor: c.get<boolean>('preview.scrollPreviewWithEditor', true),
    previewScrollEditorWithPreview: c.get<boolean>('preview.scrollEditorWithPreview', true),
    treeGroupBy: TREE_GROUPS.find((g) => g === c.get<string>('tree.groupBy')) ?? 'category',
    treeSortBy: c.get<string>('tree.sortBy', 'date') === 'title' ? 'title' : 'date',
    treeRevealActiveArticle: c.get<boolean>('tree.revealActiveArticle', true),
    bulkEditReview: BULK_EDIT_REVIEWS.find((r) => r === c.get<string>('bulkEdits.review')) ?? 'confirm',
  };
}
