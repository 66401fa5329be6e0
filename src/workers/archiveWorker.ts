/**
 * An archive process (bundled as dist/archiveWorker.js, forked by src/index/archiveProcesses.ts):
 * runs the jobs of ./protocol.ts over its IPC channel, off the extension host's process. The core
 * is pure, so the same code as the command line runs here unchanged; files are reached through
 * the Node FileAccess.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { nodeFileAccess } from '../core/files/nodeFileAccess';
import type { WorkerReply, WorkerRequest } from './protocol';
import { runJob } from './runJob';

/**
 * Archive work is background work: the process lowers its own scheduling priority, so that on a
 * machine with as many cores as processes the extension host, the renderer and the open article
 * come first. On Linux a nice value belongs to each thread, and V8's and libuv's threads already
 * run when this script starts, so every thread of the process is lowered (those started later
 * take the value of the thread that starts them); elsewhere the call takes the whole process.
 */
function lowerPriority(): void {
  const below = os.constants.priority.PRIORITY_BELOW_NORMAL;
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync('/proc/self/task');
  } catch {
    // Not Linux: the process's priority is the process's.
  }
  try {
    if (tasks.length === 0) os.setPriority(below);
    for (const task of tasks) os.setPriority(Number(task), below);
  } catch {
    // Not permitted: the process runs at its parent's priority.
  }
}

const send = process.send?.bind(process);
if (send) {
  lowerPriority();
  // The extension host went (it quit, crashed or was killed): nothing is left to answer, and no
  // archive process may outlive it.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: WorkerRequest) => {
    const rss = () => process.memoryUsage.rss();
    runJob(nodeFileAccess, message.job).then(
      (result) => send({ id: message.id, ok: true, result, rss: rss() } satisfies WorkerReply),
      (e: unknown) => send({ id: message.id, ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e), rss: rss() } satisfies WorkerReply),
    );
  });
}
