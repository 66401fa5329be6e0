/**
 * The one way the index, the background passes and the editor's glue reach files: read a
 * file's bytes, stat a path, list a folder. The Node build implements it with `fs` here; a web
 * build implements the same interface with `workspace.fs` (which is asynchronous, hence
 * promises throughout), so nothing else may call `fs` for them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type FileKind = 'file' | 'directory' | 'symlink' | 'other';

export interface FileStat {
  kind: FileKind;
  /** Modification time in ms since the epoch. */
  mtime: number;
  size: number;
}

export interface FolderEntry {
  name: string;
  kind: FileKind;
}

export interface FileAccess {
  /** The file's bytes; rejects with the system's error (its `code`) when it cannot be read. */
  readFile(filePath: string): Promise<Uint8Array>;
  /** The path's stamp; undefined when nothing is there. */
  stat(filePath: string): Promise<FileStat | undefined>;
  /** A folder's entries, without following symbolic links. */
  list(folder: string): Promise<FolderEntry[]>;
  /** Joins a folder and a name the way this file system spells paths. */
  join(folder: string, name: string): string;
}

function kindOf(s: fs.Stats | fs.Dirent): FileKind {
  if (s.isSymbolicLink()) return 'symlink';
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'directory';
  return 'other';
}

export const nodeFileAccess: FileAccess = {
  async readFile(filePath) {
    // Only regular files: a FIFO or a device opened for reading may block or never end.
    const stat = await fs.promises.stat(filePath);
    if (!stat.isFile()) throw Object.assign(new Error(`${filePath} is not a file`), { code: 'special' });
    return fs.promises.readFile(filePath);
  },
  async stat(filePath) {
    try {
      const s = await fs.promises.stat(filePath);
      return { kind: kindOf(s), mtime: s.mtimeMs, size: s.size };
    } catch {
      return undefined;
    }
  },
  async list(folder) {
    const entries = await fs.promises.readdir(folder, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, kind: kindOf(e) }));
  },
  join: (folder, name) => path.join(folder, name),
};
