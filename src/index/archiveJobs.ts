/**
 * Where archive jobs run: the Node build's pool of worker threads (`ArchiveWorkers`) or the
 * extension host's own thread, one file at a time (`InThreadJobs`: the web build, and folders
 * the workers' `fs` cannot reach). The index and the commands see only this.
 */
import type { JobRequest, JobResults } from '../workers/protocol';

export interface ArchiveJobs {
  /** Runs one job; rejects when it cannot be run (the pool was shut down, a worker died). */
  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]>;
  /** How many jobs run at once (callers keep two a runner in flight). */
  readonly size: number;
  /**
   * How many files one scan job holds, when not the index's default (250, for the workers'
   * messages): the in-thread jobs take few, so that a slow remote file system shows progress
   * and a cancelled scan stops within a few files.
   */
  readonly batchSize?: number;
  /** Threads of their own running now (0 on the extension host's thread; idle workers end after a while). */
  readonly threads: number;
  /** The V8 heaps of those threads after their last job, in bytes committed (0 without threads of their own). */
  readonly heapBytes: number;
  dispose(): void;
}
