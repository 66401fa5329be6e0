/**
 * The pool of archive workers (worker_threads running dist/archiveWorker.js): one per core, so
 * a cold scan uses the whole machine while the extension host's thread stays free for the open
 * article. Jobs queue and go to whichever worker is idle; a worker that dies fails only its own
 * job and is replaced on the next one. Workers start on the first job, never at activation, and
 * a worker left idle for a while ends, and its heap with it (the extension host's memory counts
 * every worker's); the next job starts one again in milliseconds. The worker that made the
 * archive-wide findings ends as soon as it has answered, and each worker's young generation is
 * kept small (WORKER_LIMITS).
 */
import * as os from 'node:os';
import { ResourceLimits, Worker } from 'node:worker_threads';
import type { JobRequest, JobResults, WorkerReply } from '../workers/protocol';
import type { ArchiveJobs } from './archiveJobs';

interface Pending {
  job: JobRequest;
  resolve(result: JobResults[JobRequest['kind']]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: Pending | undefined;
  id: number;
  idle: ReturnType<typeof setTimeout> | undefined;
  /** Its V8 heap after its last job (bytes committed). */
  heap: number;
}

/** How long a worker with nothing to do is kept. */
export const IDLE_MS = 10_000;

/**
 * The workers' V8 limits. A job's live data is one batch (250 files) or, for the archive-wide
 * findings, the packed archive; the young generation V8 gives a thread by default (up to 16 MB
 * a semi-space) mostly holds a batch's garbage, and every worker's heap counts in the extension
 * host's memory. The old generation is left to V8 (the findings of 200,000 posts need it).
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8 };

export function defaultPoolSize(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export class ArchiveWorkers implements ArchiveJobs {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private disposed = false;

  constructor(
    private readonly script: string,
    readonly size = defaultPoolSize(),
    private readonly idleMs = IDLE_MS,
    private readonly resourceLimits: ResourceLimits = WORKER_LIMITS,
  ) {}

  /** Worker threads running now (idle ones included, until they end). */
  get threads(): number {
    return this.slots.length;
  }

  /** The workers' V8 heaps after their last jobs, in bytes committed (part of the extension host's memory). */
  get heapBytes(): number {
    return this.slots.reduce((sum, s) => sum + s.heap, 0);
  }

  /** Runs one job on the next idle worker. */
  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]> {
    if (this.disposed) return Promise.reject(new Error('The archive workers were shut down.'));
    return new Promise<JobResults[J['kind']]>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as Pending['resolve'], reject });
      this.dispatch();
    });
  }

  /** Jobs waiting or running. */
  get load(): number {
    return this.queue.length + this.slots.filter((s) => s.busy).length;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      if (slot.idle) clearTimeout(slot.idle);
      slot.idle = undefined;
      slot.busy = pending;
      slot.id = this.nextId++;
      slot.worker.ref();
      slot.worker.postMessage({ id: slot.id, job: pending.job });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { resourceLimits: this.resourceLimits });
    // Idle workers must not keep a process (a test, a benchmark) alive; a busy one does.
    const slot: Slot = { worker, busy: undefined, id: -1, idle: undefined, heap: 0 };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.busy;
      if (!pending || reply.id !== slot.id) return;
      slot.busy = undefined;
      slot.heap = reply.heap ?? 0;
      worker.unref();
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
      // The findings job held the whole archive: its heap goes with the worker at once, not
      // IDLE_MS later (or never, while the worker keeps taking jobs).
      if (pending.job.kind === 'findings') this.retire(slot);
      this.dispatch();
      if (!this.slots.includes(slot)) return;
      if (!slot.busy) {
        slot.idle = setTimeout(() => this.retire(slot), this.idleMs);
        slot.idle.unref();
      }
    });
    const fail = (error: Error) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      if (slot.idle) clearTimeout(slot.idle);
      slot.busy?.reject(error);
      slot.busy = undefined;
      if (!this.disposed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`An archive worker stopped (exit code ${code}).`)));
    return slot;
  }

  /** Ends an idle worker; taken out of the pool first, so its exit fails nothing. */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || slot.busy) return;
    this.slots.splice(i, 1);
    void slot.worker.terminate();
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('The archive workers were shut down.'));
    for (const s of this.slots.splice(0)) {
      if (s.idle) clearTimeout(s.idle);
      s.busy?.reject(new Error('The archive workers were shut down.'));
      void s.worker.terminate();
    }
  }
}
