/** The Node build's FileAccess: `fs` on local paths (the workers and the command line use it). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileAccess, FileKind } from './fileAccess';

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
