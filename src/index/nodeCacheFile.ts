/**
 * The Node build's cache file: `fs` on the local storage folder, written synchronously so the
 * cache is whole even when it is saved as the window closes (`workspace.fs` would still be on
 * its way then).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cacheFileName, CacheFile, workspaceCacheFile } from './indexCacheStore';

export function nodeCacheFile(base: vscode.Uri, name = cacheFileName()): CacheFile {
  if (base.scheme !== 'file') return workspaceCacheFile(base, name);
  const file = path.join(base.fsPath, name);
  return {
    location: file,
    async read() {
      try {
        return await fs.promises.readFile(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    async write(text) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Write beside and rename, so a crash mid-write never leaves half a cache.
      const partial = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(partial, text);
      fs.renameSync(partial, file);
    },
  };
}
