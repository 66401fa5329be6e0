/**
 * What differs between the two builds of the extension, handed to the features by the entry
 * point: `src/extension.ts` (Node: child processes, `fs`) and `src/web/extension.ts` (a web
 * worker: this thread, `workspace.fs`). Everything else is the same code in both.
 */
import type { FileAccess } from '../core/files/fileAccess';
import type { ArchiveJobs } from './archiveJobs';
import type { CacheFile } from './indexCacheStore';

export interface ArchivePlatform {
  /** 'web' in the browser's extension host. */
  readonly kind: 'node' | 'web';
  /** The glue's reads of files (Validate's recheck before a write, the preview's early read). */
  readonly access: FileAccess;
  /** Where the index's scan, Validate Archive and Fix All's preparation run. */
  readonly jobs: ArchiveJobs;
  /** The persistent index's file in the extension's storage. */
  readonly cacheFile: CacheFile;
  /** Its counts, beside it, for the status bar of a reopened workspace before the index is read. */
  readonly summaryFile?: CacheFile;
}
