/**
 * The memory of the archive processes (src/index/archiveProcesses.ts) outside the workbench, on the
 * generated archive (or `--copies`: issue 19's archive of copies of ../shared/corpus, or of
 * NEWS_ARCHIVE_CORPUS): the extension's scan (the one pass, two jobs a process in flight, the
 * entries and sketches kept as the index keeps them), the archive-wide findings over them, and
 * Validate Archive's jobs. Prints, after each stage, this process's resident set (the extension
 * host's side: what it holds of the results), its peak during the stage, the archive processes'
 * resident sets as their replies report them (`rssBytes`) and this thread's heap after a full
 * collection. No figure is asserted.
 *
 *   node --expose-gc dist/bench/workerMemory.bench.js [count] [--copies]
 */
import * as path from 'node:path';
import { defaultArchiveConfig } from '../src/core/config/archiveConfig';
import type { DuplicateSketch } from '../src/core/hygiene/duplicateSketch';
import { hygieneSettings } from '../src/core/hygiene/hygieneConfig';
import { entryRecord } from '../src/core/index/articleRecord';
import type { IndexEntry } from '../src/core/index/records/indexEntry';
import { ArchiveProcesses } from '../src/index/archiveProcesses';
import { ArchiveFiles, archivePaths, packArchive, unpackDuplicates } from '../src/workers/findingsCodec';
import { corpusCopiesArchive } from './corpusCopies';
import { benchArchive } from './generateArchive';

const ROOT = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const copies = args.includes('--copies');
const count = Number(args.find((a) => !a.startsWith('--')) ?? 50_000);
const MB = 1024 * 1024;
const BATCH = 250;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function inLanes<T>(batches: readonly T[], lanes: number, work: (batch: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < batches.length) await work(batches[next++]);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

async function main(): Promise<void> {
  const corpus = process.env.NEWS_ARCHIVE_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
  const { dir } = copies ? corpusCopiesArchive(count, corpus) : benchArchive(count);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  // NEWS_ARCHIVE_BENCH_SEMI_MB: the processes' semi-space (--max-semi-space-size) instead of the product's flags.
  const semi = Number(process.env.NEWS_ARCHIVE_BENCH_SEMI_MB);
  const workers = new ArchiveProcesses(path.join(ROOT, 'dist/archiveWorker.js'), undefined, undefined, semi > 0 ? [`--max-semi-space-size=${semi}`] : undefined);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const stage = async (name: string, work: () => Promise<void>) => {
    peak = process.memoryUsage().rss;
    const started = performance.now();
    await work();
    const ms = performance.now() - started;
    gc();
    const m = process.memoryUsage();
    console.log(`${name.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(6)} s; RSS ${(m.rss / MB).toFixed(0)} MB (peak ${(peak / MB).toFixed(0)} MB); archive processes' RSS ${(workers.rssBytes / MB).toFixed(0)} MB (${workers.processes} processes); this thread's heap ${(m.heapUsed / MB).toFixed(0)} MB`);
  };
  console.log(`archive processes' memory on ${count.toLocaleString('en-US')} ${copies ? 'copies of the corpus\'s posts' : 'generated posts'} (${dir}), ${workers.size} processes${semi > 0 ? `, semi-space ${semi} MB` : ''}`);
  const configs = [defaultArchiveConfig()];
  let files: string[] = [];
  const kept = new Map<string, { entry: IndexEntry; sketch: DuplicateSketch }>();
  await stage('list', async () => {
    files = await workers.run({ kind: 'list', roots: [dir], files: '**/*.{md,markdown,txt,html}', exclude: [] });
  });
  await stage('scan (the one pass, with sketches)', () => inLanes(chunks(files, BATCH), workers.size * 2, async (batch) => {
    const results = await workers.run({ kind: 'pass', files: batch.map((p) => ({ path: p, config: 0 })), configs, sketches: true });
    for (const r of results) if (r.kind === 'article' && r.sketch) kept.set(r.path, { entry: r.entry, sketch: r.sketch });
  }));
  await stage('archive-wide findings', async () => {
    const archive: ArchiveFiles = new Map([...kept].map(([p, k]) => [p, { record: entryRecord(p, k.entry, { frontMatter: false }), sketch: k.sketch }]));
    const packed = packArchive(archive);
    const found = await workers.run({ kind: 'findings', files: packed, settings: hygieneSettings(defaultArchiveConfig()) });
    const { groups } = unpackDuplicates(found.duplicates, archivePaths(archive));
    console.log(`  ${groups.length} duplicate groups, the largest of ${groups[0]?.members.length ?? 0}`);
  });
  let problems = 0;
  await stage('Validate Archive\'s jobs', () => inLanes(chunks(files, BATCH), workers.size * 2, async (batch) => {
    const results = await workers.run({ kind: 'validate', files: batch.map((p) => ({ path: p, config: 0 })), configs });
    for (const r of results) if (r.kind === 'article') problems += r.problems.length;
  }));
  console.log(`  ${problems} problems`);
  clearInterval(sampler);
  workers.dispose();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
