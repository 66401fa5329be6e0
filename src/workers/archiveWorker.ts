/**
 * An archive worker (bundled as dist/archiveWorker.js): runs the jobs of ./protocol.ts off the
 * extension host's thread. The core is pure, so the same code as the command line runs here
 * unchanged; files are reached through the Node FileAccess.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { nodeFileAccess } from '../core/files/nodeFileAccess';
import type { WorkerReply, WorkerRequest } from './protocol';
import { runJob } from './runJob';

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
    const heap = () => getHeapStatistics().total_heap_size;
    runJob(nodeFileAccess, message.job).then(
      (result) => port.postMessage({ id: message.id, ok: true, result, heap: heap() } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ id: message.id, ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e), heap: heap() } satisfies WorkerReply),
    );
  });
}
