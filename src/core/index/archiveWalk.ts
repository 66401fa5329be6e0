/**
 * Expands paths (the CLI's PATH arguments, the editor's workspace folders) into candidate
 * archive files: folders are walked (skipping excluded ones) and filtered by the file
 * selection; a file named outright is always a candidate. Whether a candidate is an article is
 * decided from its text (`isArticle` in ../article/sniff.ts). What cannot be read is returned
 * with the system's error code; each front end puts it into words. A named pipe, socket or
 * device is never a candidate, named or met in a folder: reading one blocks or never ends.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorCode, SpecialFileKind, specialKind } from '../files/fileSnapshot';
import { FileSelection } from './fileSelection';

export interface SkippedPath {
  path: string;
  /** The system's error code (`ENOENT`, `EACCES` …), or `special` for what is not a file. */
  code: string;
  /** What the path is, when it exists but is not a regular file or folder. */
  special?: SpecialFileKind;
}

export interface WalkResult {
  files: string[];
  /** Paths that could not be read, and special files that were not opened. */
  skipped: SkippedPath[];
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
    const special = specialKind(stat);
    if (special === 'directory') walkFolder(input, '', selection, files, skipped);
    else if (special) skipped.push({ path: input, code: 'special', special });
    else files.push(input);
  }
  return { files, skipped };
}

/**
 * The candidates in the folder `rel` under `root` (a PATH argument), named and selected as
 * walking `root` would name and select them: for a caller that knows the rest of the tree.
 */
export function walkSubfolder(root: string, rel: string, selection: FileSelection): WalkResult {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  walkFolder(root, rel, selection, files, skipped);
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
    } else if (!entry.isSymbolicLink() && !entry.isFile() && selection.includes(childRel)) {
      skipped.push({ path: path.join(root, childRel), code: 'special', special: direntKind(entry) });
    }
  }
}

function direntKind(entry: fs.Dirent): SpecialFileKind {
  if (entry.isFIFO()) return 'fifo';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice()) return 'character-device';
  if (entry.isBlockDevice()) return 'block-device';
  return 'other';
}
