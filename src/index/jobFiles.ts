/**
 * Files for a worker job, each with the `.newsarchive.json` that applies to it: the
 * configurations go once per job in a table, looked up once per folder.
 */
import * as path from 'node:path';
import type { ArchiveConfig } from '../core/config/archiveConfig';
import type { ArchiveConfigs } from '../config/archiveConfigs';
import type { PassFile } from '../workers/protocol';
import { uriOfPath } from '../util/archiveUris';

export interface JobFiles {
  files: PassFile[];
  configs: ArchiveConfig[];
}

export async function jobFiles(
  configs: ArchiveConfigs, paths: readonly string[], known?: (filePath: string) => readonly [number, number] | undefined,
): Promise<JobFiles> {
  const table: ArchiveConfig[] = [];
  const ids = new Map<ArchiveConfig, number>();
  const byFolder = new Map<string, number>();
  const files: PassFile[] = [];
  for (const p of paths) {
    const folder = path.dirname(p);
    let id = byFolder.get(folder);
    if (id === undefined) {
      const c = await configs.forUri(uriOfPath(p));
      id = ids.get(c);
      if (id === undefined) {
        id = table.length;
        table.push(c);
        ids.set(c, id);
      }
      byFolder.set(folder, id);
    }
    const k = known?.(p);
    files.push(k ? { path: p, config: id, known: k } : { path: p, config: id });
  }
  return { files, configs: table };
}

/** Splits a list into runs of `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
