/**
 * Archive jobs on the extension host's own thread: the web build's (a web worker extension host
 * has no worker_threads, and the passes reach files only through `workspace.fs`, which a Web
 * Worker of ours could not call), and the Node build's for folders of another scheme. One job
 * runs at a time; inside it every file is a slice (its read is awaited, so the thread serves the
 * editor between two files). The listing asks `workspace.findFiles` first, the way a web
 * extension finds files (github.dev answers it from its own search), and walks the folders
 * through the FileAccess when there is no answer (a FileSystemProvider with no search provider).
 */
import * as vscode from 'vscode';
import type { FileAccess } from '../core/files/fileAccess';
import { fileSelection } from '../core/index/fileSelection';
import type { JobRequest, JobResults } from '../workers/protocol';
import { runJob } from '../workers/runJob';
import { uriOfPath } from '../util/archiveUris';
import type { ArchiveJobs } from './archiveJobs';

type ListJob = Extract<JobRequest, { kind: 'list' }>;

/**
 * How long `findFiles` may take to begin answering for a scheme before the folders are walked
 * instead: VS Code's search service waits, without end, for a search provider of the folder's
 * scheme to be registered ("No search provider registered for scheme: …, waiting"), and a
 * FileSystemProvider alone registers none. Short, because walking instead costs little where
 * search is slow: it lists folders (github.dev's provider holds the repository's tree), and the
 * files' reads, the scan's real cost, are the same either way.
 */
export const FIND_FILES_TIMEOUT_MS = 2000;

/** `findFiles`, or undefined when it failed or did not answer within `timeoutMs`. */
async function findFilesWithin(pattern: vscode.RelativePattern, exclude: string | null, timeoutMs: number): Promise<vscode.Uri[] | undefined> {
  const cts = new vscode.CancellationTokenSource();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(vscode.workspace.findFiles(pattern, exclude, undefined, cts.token)), late]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    cts.cancel();
    cts.dispose();
  }
}

/**
 * The archive's files under the job's roots through `findFiles`; undefined when it gave none
 * (then the caller walks the folders). `unsearchable` holds the schemes whose search never
 * answered: they are walked at once from then on.
 */
export async function findArchiveFiles(job: ListJob, unsearchable = new Set<string>(), timeoutMs = FIND_FILES_TIMEOUT_MS): Promise<string[] | undefined> {
  const selection = fileSelection(job.files, job.exclude);
  const out: string[] = [];
  for (const root of job.roots) {
    const base = uriOfPath(root);
    if (unsearchable.has(base.scheme)) return undefined;
    const exclude = job.exclude.length ? `{${job.exclude.join(',')}}` : null;
    const found = await findFilesWithin(new vscode.RelativePattern(base, job.files), exclude, timeoutMs);
    if (found === undefined) unsearchable.add(base.scheme);
    if (!found || found.length === 0) return undefined;
    const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
    for (const uri of found) {
      if (!uri.path.startsWith(prefix)) continue;
      if (selection.includes(uri.path.slice(prefix.length))) out.push(uri.fsPath);
    }
  }
  // The walk's order (names in code-unit order), so both listings give the same list.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Files a scan job of this thread holds: progress and cancellation within a few files of a slow remote. */
export const IN_THREAD_BATCH = 10;

export class InThreadJobs implements ArchiveJobs {
  readonly size = 1;
  readonly batchSize = IN_THREAD_BATCH;
  readonly processes = 0;
  readonly pids: readonly number[] = [];
  readonly rssBytes = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private readonly unsearchable = new Set<string>();

  constructor(private readonly access: FileAccess, private readonly useFindFiles = true) {}

  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]> {
    if (this.disposed) return Promise.reject(new Error('The archive jobs were shut down.'));
    const result = this.tail.then(async () => {
      if (this.disposed) throw new Error('The archive jobs were shut down.');
      if (job.kind === 'list' && this.useFindFiles) {
        const found = await findArchiveFiles(job, this.unsearchable);
        if (found) return found as JobResults[J['kind']];
      }
      return (await runJob(this.access, job)) as JobResults[J['kind']];
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  dispose(): void {
    this.disposed = true;
  }
}

/**
 * The Node build's jobs: the archive processes while every workspace folder is on the local disk,
 * else this thread over `workspace.fs` (the processes' `fs` cannot read another scheme).
 */
export class ChosenJobs implements ArchiveJobs {
  constructor(private readonly workers: ArchiveJobs, private readonly inThread: ArchiveJobs, private readonly local: () => boolean) {}

  get size(): number {
    return this.local() ? this.workers.size : this.inThread.size;
  }

  get batchSize(): number | undefined {
    return this.local() ? this.workers.batchSize : this.inThread.batchSize;
  }

  get processes(): number {
    return this.workers.processes;
  }

  get pids(): readonly number[] {
    return this.workers.pids;
  }

  get rssBytes(): number {
    return this.workers.rssBytes;
  }

  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]> {
    return this.local() ? this.workers.run(job) : this.inThread.run(job);
  }

  dispose(): void {
    this.workers.dispose();
    this.inThread.dispose();
  }
}
