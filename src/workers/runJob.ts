/**
 * One archive job of ./protocol.ts over a FileAccess: what a worker thread runs (archiveWorker.ts,
 * with the Node FileAccess) and what the web build runs on the extension host's own thread
 * (src/index/inThreadJobs.ts, over `workspace.fs`), so both run the same code.
 */
import type { FileAccess } from '../core/files/fileAccess';
import { listArchive } from '../core/index/archiveListing';
import { fileSelection } from '../core/index/fileSelection';
import { StringPool } from '../core/index/records/stringPool';
import { archiveFindings } from '../core/rules/archiveProblems';
import { archiveProblemCounts } from '../core/rules/archiveCounts';
import { fileIndexes, packDuplicates, unpackArchive } from './findingsCodec';
import { countFile, fixFile, passFile, sketchFile, validateFile } from './archivePass';
import type { ProblemCounts } from '../core/problemCounts';
import type { FixResult, JobRequest, JobResults, PassFile } from './protocol';

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

export async function runJob(access: FileAccess, job: JobRequest): Promise<JobResults[JobRequest['kind']]> {
  switch (job.kind) {
    case 'list':
      return listArchive(access, job.roots, fileSelection(job.files, job.exclude));
    case 'pass': {
      const pool = new StringPool();
      return mapLimited(job.files, (f: PassFile) => passFile(access, f, job.configs[f.config], job.sketches, pool));
    }
    case 'sketch':
      return mapLimited(job.files, (f) => sketchFile(access, f.path, f.title, f.record));
    case 'validate':
      return mapLimited(job.files, (f: PassFile) => validateFile(access, f, job.configs[f.config]));
    case 'count':
      return mapLimited(job.files, (f: PassFile) => countFile(access, f, job.configs[f.config]));
    case 'fix': {
      const read = await mapLimited(job.files, (f: PassFile) => fixFile(access, f, job.configs[f.config]));
      const fixes = read.filter((f): f is FixResult => typeof f === 'object');
      return { articles: read.filter((f) => f !== undefined).length, fixes };
    }
    case 'findings': {
      const files = unpackArchive(job.files);
      const findings = archiveFindings(files, job.settings);
      const { duplicates, vocabulary, variants } = findings;
      // The reply names files by index, both its duplicate groups and its counts: one map for both.
      const index = fileIndexes(files);
      const counts: [number, ProblemCounts][] = [...archiveProblemCounts(findings, files)].map(([path, c]) => [index.get(path) as number, c]);
      return { duplicates: packDuplicates(duplicates, index), vocabulary, variants, counts };
    }
  }
}

