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

/** The archive's files under the job's roots through `findFiles`; undefined when it gave none. */
export async function findArchiveFiles(job: ListJob): Promise<string[] | undefined> {
  const selection = fileSelection(job.files, job.exclude);
  const out: string[] = [];
  for (const root of job.roots) {
    const base = uriOfPath(root);
    let found: vscode.Uri[];
    try {
      const exclude = job.exclude.length ? `{${job.exclude.join(',')}}` : null;
      found = await vscode.workspace.findFiles(new vscode.RelativePattern(base, job.files), exclude);
    } catch {
      return undefined;
    }
    if (found.length === 0) return undefined;
    const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
    for (const uri of found) {
      if (!uri.path.startsWith(prefix)) continue;
      if (selection.includes(uri.path.slice(prefix.length))) out.push(uri.fsPath);
    }
  }
  // The walk's order (names in code-unit order), so both listings give the same list.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export class InThreadJobs implements ArchiveJobs {
  readonly size = 1;
  readonly threads = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(private readonly access: FileAccess, private readonly useFindFiles = true) {}

  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]> {
    if (this.disposed) return Promise.reject(new Error('The archive jobs were shut down.'));
    const result = this.tail.then(async () => {
      if (this.disposed) throw new Error('The archive jobs were shut down.');
      if (job.kind === 'list' && this.useFindFiles) {
        const found = await findArchiveFiles(job);
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
 * The Node build's jobs: the worker threads while every workspace folder is on the local disk,
 * else this thread over `workspace.fs` (the workers' `fs` cannot read another scheme).
 */
export class ChosenJobs implements ArchiveJobs {
  constructor(private readonly workers: ArchiveJobs, private readonly inThread: ArchiveJobs, private readonly local: () => boolean) {}

  get size(): number {
    return this.local() ? this.workers.size : this.inThread.size;
  }

  get threads(): number {
    return this.workers.threads;
  }

  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]> {
    return this.local() ? this.workers.run(job) : this.inThread.run(job);
  }

  dispose(): void {
    this.workers.dispose();
    this.inThread.dispose();
  }
}
