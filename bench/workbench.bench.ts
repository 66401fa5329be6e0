/**
 * The real workbench on a generated archive (issue 18): the VS Code server of the host tests in
 * headless Chromium (scripts/host/), the extension in development mode, a fresh user-data folder.
 * A cold start (no cache) times the article count, an article opened and typed in during the
 * scan, and Validate Archive; `news-archive check` runs over the same files in the same run; a
 * second start on the same user-data folder times the count from the persistent cache. The
 * extension host's event-loop delay and memory come from inside it (bench/host/workbenchRun.ts,
 * through the extension's API), and beside them the archive processes' resident sets and the sum
 * of both, so that no memory the archive work takes goes unseen. What an archive process costs
 * to start is timed here too (a first empty job on a new process against one on a running
 * process). No figure is asserted.
 *
 * `--copies` runs on issue 19's archive instead (bench/corpusCopies.ts: copies of the posts of
 * ../shared/corpus, or of NEWS_ARCHIVE_CORPUS, about count / 28 of each), with the article opened during the scan kept
 * open to the end, as a user reading one post of a big duplicate cluster would.
 * NEWS_ARCHIVE_BENCH_CPUPROF=DIR writes CPU profiles of the extension host's thread there
 * (cold-scan, validate, warm-scan .cpuprofile); NEWS_ARCHIVE_BENCH_HEAPPROF=DIR writes sampled heap
 * profiles of what is alive after a full collection (cold-after-scan, settled, after-validate
 * .heapprofile).
 *
 *   npm run bench -- workbench        (or: node dist/bench/workbench.bench.js [count] [--copies])
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArchiveProcesses } from '../src/index/archiveProcesses';
import { corpusCopiesArchive } from './corpusCopies';
import { benchArchive } from './generateArchive';

const ROOT = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const copies = args.includes('--copies');
const count = Number(args.find((a) => !a.startsWith('--')) ?? 50_000);

interface HostRun {
  exitCode: number;
}

type RunExtensionTests = (options: { folder: string; extensionDevelopmentPath: string; extensionTestsPath: string; extensionsDir: string; userDataDir: string }) => Promise<HostRun>;

/** Milliseconds of an empty job on a new archive process (its start included) and on the same process again, the best of five. */
async function processStart(): Promise<{ first: number; next: number }> {
  let first = Infinity;
  let next = Infinity;
  for (let i = 0; i < 5; i++) {
    const pool = new ArchiveProcesses(path.join(ROOT, 'dist/archiveWorker.js'), 1);
    try {
      let t = performance.now();
      await pool.run({ kind: 'sketch', files: [] });
      first = Math.min(first, performance.now() - t);
      t = performance.now();
      await pool.run({ kind: 'sketch', files: [] });
      next = Math.min(next, performance.now() - t);
    } finally {
      pool.dispose();
    }
  }
  return { first, next };
}

async function main(): Promise<void> {
  // NEWS_ARCHIVE_CORPUS: the corpus folder when it is not ../shared/corpus (a worktree elsewhere).
  const corpus = process.env.NEWS_ARCHIVE_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
  const { dir } = copies ? corpusCopiesArchive(count, corpus) : benchArchive(count);
  if (copies) process.env.NEWS_ARCHIVE_BENCH_KEEP_OPEN = '1';
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-workbench-'));
  const userDataDir = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  // A path in a variable: the harness is loaded as it is at run time, not bundled.
  const harness = path.join(ROOT, 'scripts/host/runExtensionTests.mjs');
  const { runExtensionTests } = (await import(pathToFileURL(harness).href)) as { runExtensionTests: RunExtensionTests };
  const phase = async (name: 'cold' | 'warm'): Promise<Record<string, unknown>> => {
    const result = path.join(scratch, `${name}.json`);
    process.env.NEWS_ARCHIVE_BENCH_PHASE = name;
    process.env.NEWS_ARCHIVE_BENCH_RESULT = result;
    const host = await runExtensionTests({
      folder: dir, extensionDevelopmentPath: ROOT, extensionTestsPath: path.join(ROOT, 'dist/bench/host/workbenchRun.js'), extensionsDir, userDataDir,
    });
    const figures = fs.existsSync(result) ? (JSON.parse(fs.readFileSync(result, 'utf8')) as Record<string, unknown>) : {};
    return { ...figures, pageSurvived: host.exitCode === 0 };
  };
  try {
    console.log(`workbench on ${count.toLocaleString('en-US')} ${copies ? 'copies of the corpus\'s posts' : 'generated posts'} (${dir})`);
    const cold = await phase('cold');
    const cliStart = performance.now();
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', dir], { stdio: 'ignore' });
    const cliMs = Math.round(performance.now() - cliStart);
    const warm = await phase('warm');
    const start = await processStart();
    const n = (v: unknown, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : String(v));
    const loop = (v: unknown) => {
      const l = v as { p99?: number; max?: number } | undefined;
      return l ? `p99 ${n(l.p99, 1)} ms, max ${n(l.max, 1)} ms` : 'n/a';
    };
    const validateMs = typeof cold.validateMs === 'number' ? cold.validateMs : NaN;
    console.log(`article count, cold:                 ${n(cold.countMs)} ms (index ready ${n(cold.readyMs)} ms; ${n(cold.articles)} articles, ${n(cold.problems)} problems)`);
    console.log(`article count, warm (cache):         ${n(warm.countMs)} ms (index checked ${n(warm.readyMs)} ms; ${n(warm.fromCache)} files unchanged since the cache)`);
    console.log(`article opened during the scan:      diagnostics after ${n(cold.openToDiagnosticsMs)} ms (document in the host after ${n(cold.openToDocumentMs)} ms, editor shown after ${n(cold.openToEditorMs)} ms)`);
    console.log(`typing in it during the scan:        diagnostics after ${n(cold.typeToDiagnosticsMs)} ms, ${n(cold.changeToDiagnosticsMs)} ms after the edit reached the host (200 ms of it the typing debounce; scan still running: ${String(cold.scanStillRunning)})`);
    console.log(`event-loop delay during the scan:    ${loop(cold.eventLoopScan)}`);
    console.log(`event-loop delay during Validate:    ${loop(cold.eventLoopValidate)}`);
    console.log(`Validate Archive:                    ${n(validateMs)} ms; news-archive check ${cliMs} ms (exit ${cli.status}): ${(validateMs / cliMs).toFixed(2)}×`);
    console.log(`an archive process's start:          first job ${start.first.toFixed(1)} ms on a new process, ${start.next.toFixed(1)} ms on a running one (an empty job, best of 5)`);
    const v = cold.validation as { shown?: number; hidden?: number; open?: number } | null | undefined;
    if (v) console.log(`Problems panel after Validate:       ${n(v.shown)} problems (+${n(v.open)} of open files); ${n(v.hidden)} more in the Articles view`);
    console.log(`extension host memory (RSS):         start ${n(cold.memoryStartMB)} MB, after scan ${n(cold.memoryAfterScanMB)} MB, 12 s later ${n(cold.memorySettledMB)} MB, after Validate ${n(cold.memoryAfterValidateMB)} MB, peak ${n(cold.memoryPeakMB)} MB; warm: after scan ${n(warm.memoryAfterScanMB)} MB`);
    const procs = (at: string) => `${n(cold[`processes${at}MB`])} MB (${n(cold[`processes${at}Count`])})`;
    console.log(`archive processes' memory (RSS, all): start ${procs('Start')}, after scan ${procs('AfterScan')}, 12 s later ${procs('Settled')}, after Validate ${procs('AfterValidate')}, peak ${n(cold.processesPeakMB)} MB (at most ${n(cold.processesPeakCount)} at once); warm: after scan ${n(warm.processesAfterScanMB)} MB, peak ${n(warm.processesPeakMB)} MB`);
    console.log(`host + archive processes (RSS):      start ${n(cold.sumStartMB)} MB, after scan ${n(cold.sumAfterScanMB)} MB, 12 s later ${n(cold.sumSettledMB)} MB, after Validate ${n(cold.sumAfterValidateMB)} MB, peak ${n(cold.sumPeakMB)} MB (of one moment); warm: peak ${n(warm.sumPeakMB)} MB`);
    console.log(`extension host JS heap (used):       start ${n(cold.heapStartMB)} MB, after scan ${n(cold.heapAfterScanMB)} MB, 12 s later ${n(cold.heapSettledMB)} MB, after Validate ${n(cold.heapAfterValidateMB)} MB`);
    console.log(`outside the JS heap (external):      after scan ${n(cold.externalAfterScanMB)} MB, after Validate ${n(cold.externalAfterValidateMB)} MB`);
    console.log(`after a full collection (what stays): 12 s after the scan RSS ${n(cold.memorySettledCollectedMB)} MB (JS heap ${n(cold.heapSettledCollectedMB)} MB), after Validate RSS ${n(cold.memoryAfterValidateCollectedMB)} MB (JS heap ${n(cold.heapAfterValidateCollectedMB)} MB, external ${n(cold.externalAfterValidateCollectedMB)} MB)`);
    if (copies) console.log(`the open article's duplicate-article: ${n(cold.duplicateDiagnosticMs)} ms after the scan (${String(cold.duplicateDiagnostic)})`);
    console.log(`persistent index:                    cold ${String(cold.cache)}, ${n(cold.cacheAtEnd)} bytes at its end; warm ${String(warm.cache)}`);
    console.log(`moments in the cold profile (ms):    ${JSON.stringify(cold.marks)}`);
    console.log(`page survived:                       cold ${String(cold.pageSurvived)}, warm ${String(warm.pageSurvived)}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
