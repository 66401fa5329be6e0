/**
 * Where archive jobs run: the Node build's pool of child processes (`ArchiveProcesses`) or the
 * extension host's own thread, one file at a time (`InThreadJobs`: the web build, and folders
 * the processes' `fs` cannot reach). The index and the commands see only this.
 */
import type { JobRequest, JobResults } from '../workers/protocol';

export interface ArchiveJobs {
  /** Runs one job; rejects when it cannot be run (the pool was shut down, a process died). */
  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]>;
  /** How many jobs run at once (callers keep two a runner in flight). */
  readonly size: number;
  /**
   * How many files one scan job holds, when not the index's default (250, for the processes'
   * messages): the in-thread jobs take few, so that a slow remote file system shows progress
   * and a cancelled scan stops within a few files.
   */
  readonly batchSize?: number;
  /** Processes of their own running now (0 on the extension host's thread; idle processes end after a while). */
  readonly processes: number;
  /** Their process ids, for what measures them (the workbench benchmark) and checks they are gone. */
  readonly pids: readonly number[];
  /** Their resident sets after their last jobs, in bytes: memory of their own, not the extension host's (0 without processes). */
  readonly rssBytes: number;
  dispose(): void;
}
