/**
 * An archive worker (bundled as dist/archiveWorker.js): runs the jobs of ./protocol.ts off the
 * extension host's thread. The core is pure, so the same code as the command line runs here
 * unchanged; files are reached through the Node FileAccess.
 */
import { parentPort } from 'node:worker_threads';
import { nodeFileAccess } from '../core/files/nodeFileAccess';
import type { WorkerReply, WorkerRequest } from './protocol';
import { runJob } from './runJob';

const port = parentPort;
if (port) {
  port.on('message', (message: WorkerRequest) => {
    runJob(nodeFileAccess, message.job).then(
      (result) => port.postMessage({ id: message.id, ok: true, result } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ id: message.id, ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies WorkerReply),
    );
  });
}
