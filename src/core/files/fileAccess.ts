/**
 * The one way the index, the background passes and the editor's glue reach files: read a
 * file's bytes, stat a path, list a folder. The Node build implements it with `fs`
 * (`nodeFileAccess.ts`); the web build and any non-`file:` folder with `workspace.fs`
 * (`src/index/workspaceFileAccess.ts`, asynchronous, hence promises throughout), so nothing
 * else may call `fs` for them. Only the interface lives here, so a browser bundle takes no `fs`.
 */
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
