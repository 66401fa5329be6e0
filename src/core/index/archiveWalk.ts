/**
 * Expands paths (the CLI's PATH arguments, the editor's workspace folders) into candidate
 * archive files: folders are walked (skipping excluded ones) and filtered by the file
 * selection; a file named outright is always a candidate. Whether a candidate is an article is
 * decided from its text (`isArticle` in ../article/sniff.ts). What cannot be read is returned
 * with the system's error code; each front end puts it into words.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileSelection } from './fileSelection';

export interface SkippedPath {
  path: string;
  code: string;
}

export interface WalkResult {
  files: string[];
  /** Paths that could not be read, with the system's error code (`ENOENT`, `EACCES` …). */
  skipped: SkippedPath[];
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? code : String(e);
}

export function walkArchive(inputs: readonly string[], selection: FileSelection): WalkResult {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      skipped.push({ path: input, code: errorCode(e) });
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

function walkFolder(root: string, rel: string, selection: FileSelection, files: string[], skipped: SkippedPath[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch (e) {
    skipped.push({ path: path.join(root, rel), code: errorCode(e) });
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
