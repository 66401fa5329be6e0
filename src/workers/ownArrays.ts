/**
 * A reply's typed arrays made the extension host's own. Node's IPC channel ('advanced'
 * serialization) deserializes a typed array as a view into the buffer of the whole reply, so a
 * 512-byte duplicate signature that the hygiene model keeps would keep its reply's hundreds of KB
 * alive with it: measured on 50,000 generated posts, the scan's 44,855 signatures held 82 MB
 * outside the JS heap after a full collection, each backed by a buffer of 349 KB. Worker
 * threads' structured clone gave each its own buffer; this does the same for the arrays the
 * host keeps (the findings' packed arrays are unpacked and dropped at once).
 */
import type { DuplicateSketch } from '../core/hygiene/duplicateSketch';
import type { JobRequest, JobResults } from './protocol';

function own(sketch: DuplicateSketch | undefined): void {
  if (sketch?.signature && sketch.signature.byteLength !== sketch.signature.buffer.byteLength) sketch.signature = sketch.signature.slice();
}

/** Copies, in place, each typed array of a reply that the host keeps into a buffer of its own. */
export function ownArrays(kind: JobRequest['kind'], result: JobResults[JobRequest['kind']]): void {
  if (kind === 'pass') {
    for (const r of result as JobResults['pass']) if (r.kind === 'article') own(r.sketch);
  } else if (kind === 'sketch') {
    for (const r of result as JobResults['sketch']) own(r?.sketch);
  }
}
