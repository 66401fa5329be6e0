/**
 * The pool of archive processes (child processes running dist/archiveWorker.js): one per core,
 * so a cold scan uses the whole machine while the extension host stays free for the open
 * article. They are processes, not worker threads, so that their heaps and their garbage are
 * not the extension host's memory (issue 18; docs/ARCHITECTURE.md has the figures). Jobs queue
 * and go to whichever process is idle; a process that dies fails only its own job and is
 * replaced on the next one. Processes start on the first job, never at activation; one left idle
 * for a while ends, and the one that made the archive-wide findings ends as soon as it has
 * answered. A process ends by itself when its parent goes (archiveWorker.ts), so none is left
 * behind by a crashed extension host.
 */
import { ChildProcess, fork } from 'node:child_process';
import { Socket } from 'node:net';
import * as os from 'node:os';
import { ownArrays } from '../workers/ownArrays';
import type { JobRequest, JobResults, WorkerReply, WorkerRequest } from '../workers/protocol';
import type { ArchiveJobs } from './archiveJobs';

interface Pending {
  job: JobRequest;
  resolve(result: JobResults[JobRequest['kind']]): void;
  reject(error: Error): void;
}

interface Slot {
  child: ChildProcess;
  pid: number;
  busy: Pending | undefined;
  id: number;
  idle: ReturnType<typeof setTimeout> | undefined;
  /** Its resident set after its last job, in bytes. */
  rss: number;
  /** The end of what it wrote to stderr (why it stopped, when it did). */
  stderr: string;
}

/** How long a process with nothing to do is kept. */
export const IDLE_MS = 10_000;

/**
 * The processes' V8 flags. A job's live data is one batch (250 files) or, for the archive-wide
 * findings, the packed archive, so the young generation mostly holds a batch's garbage: 3 MB a
 * semi-space gives the 8-9 MB young generation the worker threads had. The old generation is
 * left to V8 (the findings of 200,000 posts need it). Given explicitly, so the extension host's
 * own flags (an inspector port when it is debugged) are never inherited.
 */
export const PROCESS_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=3'];

/** How much of a process's stderr is kept for the error of the job it failed. */
const STDERR_KEPT = 2000;

export function defaultPoolSize(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * The environment of a process. In desktop VS Code the extension host is Electron, whose
 * `process.execPath` (what `fork` runs) is the editor's binary: ELECTRON_RUN_AS_NODE makes it
 * plain Node, and ELECTRON_NO_ASAR reads the extension's files as files, as vscode-languageclient
 * forks a language server. Under Node (the VS Code server, tests) both are ignored.
 */
function processEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' };
}

const shutDown = () => new Error('The archive processes were shut down.');

export class ArchiveProcesses implements ArchiveJobs {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private disposed = false;

  constructor(
    private readonly script: string,
    readonly size = defaultPoolSize(),
    private readonly idleMs = IDLE_MS,
    private readonly execArgv: readonly string[] = PROCESS_EXEC_ARGV,
  ) {}

  /** Archive processes running now (idle ones included, until they end). */
  get processes(): number {
    return this.slots.length;
  }

  /** Their process ids (what the workbench benchmark samples, what the tests check are gone). */
  get pids(): readonly number[] {
    return this.slots.map((s) => s.pid);
  }

  /** Their resident sets after their last jobs, in bytes (memory of their own, not the extension host's). */
  get rssBytes(): number {
    return this.slots.reduce((sum, s) => sum + s.rss, 0);
  }

  /** Runs one job on the next idle process. */
  run<J extends JobRequest>(job: J): Promise<JobResults[J['kind']]> {
    if (this.disposed) return Promise.reject(shutDown());
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
      hold(slot.child, true);
      slot.child.send({ id: slot.id, job: pending.job } satisfies WorkerRequest);
    }
  }

  private spawn(): Slot {
    // 'advanced': structured clone, as worker threads had (the findings job's Uint32Arrays, Maps and Sets survive).
    const child = fork(this.script, [], {
      serialization: 'advanced', execArgv: [...this.execArgv], env: processEnv(), stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, pid: child.pid ?? -1, busy: undefined, id: -1, idle: undefined, rss: 0, stderr: '' };
    this.slots.push(slot);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (slot.stderr = (slot.stderr + chunk).slice(-STDERR_KEPT)));
    // An idle process must not keep a process (a test, a benchmark) alive; a busy one does.
    if (child.stderr instanceof Socket) child.stderr.unref();
    child.on('message', (reply: WorkerReply) => {
      const pending = slot.busy;
      if (!pending || reply.id !== slot.id) return;
      slot.busy = undefined;
      slot.rss = reply.rss;
      hold(child, false);
      if (reply.ok) {
        ownArrays(pending.job.kind, reply.result);
        pending.resolve(reply.result);
      } else pending.reject(new Error(reply.error));
      // The findings job held the whole archive: its memory goes with the process at once, not
      // IDLE_MS later (or never, while the process keeps taking jobs).
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
      if (child.exitCode === null && child.signalCode === null) child.kill();
      if (!this.disposed) this.dispatch();
    };
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      // Node's report of an uncaught error or a fatal one names it on a line of its own.
      const lines = slot.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
      const why = lines.find((l) => /^(\w+ )?\w*error\b/i.test(l)) ?? lines.at(-1);
      fail(new Error(`An archive process stopped (${signal ? `signal ${signal}` : `exit code ${code}`})${why ? `: ${why}` : '.'}`));
    });
    return slot;
  }

  /** Ends an idle process; taken out of the pool first, so its exit fails nothing. */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || slot.busy) return;
    this.slots.splice(i, 1);
    if (slot.idle) clearTimeout(slot.idle);
    end(slot.child);
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.queue.splice(0)) p.reject(shutDown());
    for (const s of this.slots.splice(0)) {
      if (s.idle) clearTimeout(s.idle);
      s.busy?.reject(shutDown());
      end(s.child);
    }
  }
}

/** Whether a process's handle and IPC channel keep this process's event loop alive: only while it has a job. */
function hold(child: ChildProcess, busy: boolean): void {
  if (busy) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

/** Ends a process: the signal stops it even in the middle of a synchronous job. */
function end(child: ChildProcess): void {
  hold(child, false);
  if (child.exitCode === null && child.signalCode === null) child.kill();
}
