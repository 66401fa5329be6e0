/**
 * An archive worker (bundled as dist/archiveWorker.js): runs the jobs of ./protocol.ts off the
 * extension host's thread. The core is pure, so the same code as the command line runs here
 * unchanged; files are reached through the Node FileAccess.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { nodeFileAccess } from '../core/files/fileAccess';
import { listArchive } from '../core/index/archiveListing';
import { fileSelection } from '../core/index/fileSelection';
import { StringPool } from '../core/index/records/stringPool';
import { fixFile, passFile, sketchFile, validateFile } from './archivePass';
import type { FixResult, JobRequest, JobResults, PassFile, WorkerReply, WorkerRequest } from './protocol';

/** Files read at once within a job: reading overlaps the parsing of the one before. */
const IN_FLIGHT = 4;

async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, run));
  return out;
}

async function run(job: JobRequest): Promise<JobResults[JobRequest['kind']]> {
  const access = nodeFileAccess;
  switch (job.kind) {
    case 'list':
      return listArchive(access, job.roots, fileSelection(job.files, job.exclude));
    case 'pass': {
      const pool = new StringPool();
      return mapLimited(job.files, (f: PassFile) => passFile(access, f, job.configs[f.config], job.sketches, pool));
    }
    case 'sketch':
      return mapLimited(job.files, (f) => sketchFile(access, f.path, f.title));
    case 'validate':
      return mapLimited(job.files, (f: PassFile) => validateFile(access, f, job.configs[f.config]));
    case 'fix': {
      const read = await mapLimited(job.files, (f: PassFile) => fixFile(access, f, job.configs[f.config]));
      const fixes = read.filter((f): f is FixResult => typeof f === 'object');
      return { articles: read.filter((f) => f !== undefined).length, fixes };
    }
  }
}

/**
 * Archive work is background work: on Linux this thread lowers its own scheduling priority (a
 * thread is a task with its own id there, and setpriority takes it), so that on a machine with
 * as many cores as workers the extension host, the renderer and the open article come first.
 * Elsewhere the call is not possible and nothing changes.
 */
function lowerThreadPriority(): void {
  try {
    const tid = Number(/\/task\/(\d+)$/.exec(fs.readlinkSync('/proc/thread-self'))?.[1]);
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not Linux, or not permitted: the worker runs at the host's priority.
  }
}

const port = parentPort;
if (port) {
  lowerThreadPriority();
  port.on('message', (message: WorkerRequest) => {
    run(message.job).then(
      (result) => port.postMessage({ id: message.id, ok: true, result } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ id: message.id, ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies WorkerReply),
    );
  });
}
