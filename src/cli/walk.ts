/**
 * Expands the CLI's PATH arguments into candidate archive files: folders are walked (skipping
 * excluded ones) and filtered by the file selection; a file named outright is always a
 * candidate. Whether a candidate is an article is decided from its text (`isArticle` in src/core/sniff.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileSelection } from '../core/fileSelection';
import { t } from './l10n';

export interface WalkResult {
  files: string[];
  /** Paths that could not be read or are not articles, with the reason. */
  skipped: { path: string; reason: string }[];
}

export function walkArchive(inputs: readonly string[], selection: FileSelection): WalkResult {
  const files: string[] = [];
  const skipped: WalkResult['skipped'] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      skipped.push({ path: input, reason: t('cannot read: {0}', (e as NodeJS.ErrnoException).code ?? String(e)) });
      continue;
    }
    if (stat.isDirectory()) {
      walkFolder(input, '', selection, files, skipped);
    } else {
      files.push(input);
    }
  }
  return { files, skipped };
}

function walkFolder(root: string, rel: string, selection: FileSelection, files: string[], skipped: WalkResult['skipped']): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch (e) {
    skipped.push({ path: path.join(root, rel), reason: t('cannot read: {0}', (e as NodeJS.ErrnoException).code ?? String(e)) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!selection.excludesFolder(childRel)) walkFolder(root, childRel, selection, files, skipped);
    } else if (entry.isFile() && selection.includes(childRel)) {
      files.push(path.join(root, childRel));
    }
  }
}
