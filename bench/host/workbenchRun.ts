/**
 * The workbench benchmark's side inside the real extension host (bench/workbench.bench.ts starts
 * the workbench on the generated archive with this as its "tests"): times the article count,
 * an article opened and typed in during the scan, Validate Archive, and reads the host's
 * event-loop delay and memory through the extension's API, and the archive processes' memory
 * beside it (their resident sets from /proc, by the pool's process ids). Writes its figures as JSON to
 * NEWS_ARCHIVE_BENCH_RESULT. NEWS_ARCHIVE_BENCH_PHASE is `cold` (everything) or `warm` (the
 * count from the persistent cache only).
 */
import * as fs from 'fs';
import { Session } from 'inspector';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsArchiveApi } from '../../src/extension';

const EXTENSION_ID = 'news-archive-tools.news-archive-editor';

function until<T>(check: () => T | undefined, event: vscode.Event<unknown> | undefined, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const now = check();
    if (now !== undefined) return resolve(now);
    const recheck = () => {
      const v = check();
      if (v === undefined) return;
      stop();
      resolve(v);
    };
    const listener = event?.(recheck);
    const poll = setInterval(recheck, 10);
    const timer = setTimeout(() => {
      stop();
      resolve(undefined);
    }, timeoutMs);
    function stop() {
      clearTimeout(timer);
      clearInterval(poll);
      listener?.dispose();
    }
  });
}

const MB = 1024 * 1024;

/**
 * The resident set of a process now, in bytes, from /proc/PID/status (VmRSS); undefined where
 * there is no /proc or the process has gone.
 */
function residentBytes(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/**
 * The archive processes' memory now: the sum of their resident sets from /proc, or (no /proc) as
 * their last replies reported them, and how many there are.
 */
function processesMemory(jobs: { readonly pids: readonly number[]; readonly rssBytes: number }): { rss: number; count: number } {
  const pids = jobs.pids;
  let sum = 0;
  for (const pid of pids) {
    const rss = residentBytes(pid);
    if (rss === undefined && process.platform !== 'linux') return { rss: jobs.rssBytes, count: pids.length };
    sum += rss ?? 0;
  }
  return { rss: sum, count: pids.length };
}

/**
 * A CPU profile of the extension host's thread between start and stop, written as NAME.cpuprofile
 * into NEWS_ARCHIVE_BENCH_CPUPROF (a folder) when that is set: what holds the host's thread.
 */
class HostProfile {
  private readonly session: Session | undefined;
  private readonly dir = process.env.NEWS_ARCHIVE_BENCH_CPUPROF;
  private readonly heapDir = process.env.NEWS_ARCHIVE_BENCH_HEAPPROF;

  constructor() {
    // Always connected: the full collections the run asks for go through it too.
    this.session = new Session();
    this.session.connect();
  }

  /**
   * A full collection, as V8 makes one when it needs to, and the host's memory after it: what
   * the extension keeps, apart from the garbage V8 has not collected yet.
   */
  async collected(): Promise<{ rss: number; heapUsed: number; external: number }> {
    await this.post('HeapProfiler.collectGarbage');
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
  }

  /** Starts V8's sampling heap profiler when NEWS_ARCHIVE_BENCH_HEAPPROF (a folder) is set. */
  async startHeap(): Promise<void> {
    if (!this.heapDir) return;
    await this.post('HeapProfiler.enable');
    await this.post('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 });
  }

  /**
   * Writes NAME.heapprofile: the sampled allocations still alive after a full collection, by the
   * stack that made them (what holds the extension host's heap at that moment).
   */
  async heap(name: string): Promise<void> {
    if (!this.heapDir) return;
    await this.post('HeapProfiler.collectGarbage');
    const r = (await this.post('HeapProfiler.getSamplingProfile')) as { profile?: unknown } | undefined;
    if (r?.profile) fs.writeFileSync(path.join(this.heapDir, `${name}.heapprofile`), JSON.stringify(r.profile));
  }

  private post(method: string, params?: object): Promise<unknown> {
    const session = this.session;
    if (!session) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  }

  async start(): Promise<void> {
    if (!this.dir) return;
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 1000 });
    await this.post('Profiler.start');
  }

  async stop(name: string): Promise<void> {
    if (!this.dir) return;
    const r = (await this.post('Profiler.stop')) as { profile?: unknown } | undefined;
    if (this.dir && r?.profile) fs.writeFileSync(path.join(this.dir, `${name}.cpuprofile`), JSON.stringify(r.profile));
  }

  dispose(): void {
    this.session?.disconnect();
  }
}

export async function run(): Promise<void> {
  const started = performance.now();
  const phase = process.env.NEWS_ARCHIVE_BENCH_PHASE ?? 'cold';
  const out: Record<string, unknown> = { phase };
  const ext = vscode.extensions.getExtension<NewsArchiveApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  const profile = new HostProfile();
  await profile.start();
  await profile.startHeap();
  // Moments of the run in the cold scan's profile's time (ms from its start), to find them in it.
  const profiled = performance.now();
  const marks: Record<string, number> = {};
  const mark = (name: string) => (marks[name] = Math.round(performance.now() - profiled));
  out.marks = marks;
  const api = await ext.activate();
  api.probe.startEventLoop();
  out.memoryStartMB = api.probe.memory().rss / MB;
  out.heapStartMB = api.probe.memory().heapUsed / MB;
  const jobs = api.archiveTree.service.workers;
  // Peaks, sampled every 250 ms: the host's, the archive processes' (all of them at that moment), and of their sum at one moment.
  const peak = { host: 0, processes: 0, sum: 0, count: 0 };
  const sample = () => {
    const host = api.probe.memory().rss;
    const procs = processesMemory(jobs);
    peak.host = Math.max(peak.host, host);
    peak.processes = Math.max(peak.processes, procs.rss);
    peak.sum = Math.max(peak.sum, host + procs.rss);
    peak.count = Math.max(peak.count, procs.count);
  };
  const sampler = setInterval(sample, 250);
  /** The archive processes' memory at one moment of the run, beside the host's (MB). */
  const moment = (name: string) => {
    const host = api.probe.memory().rss;
    const procs = processesMemory(jobs);
    out[`processes${name}MB`] = procs.rss / MB;
    out[`processes${name}Count`] = procs.count;
    out[`sum${name}MB`] = (host + procs.rss) / MB;
  };
  moment('Start');
  const keepOpen = process.env.NEWS_ARCHIVE_BENCH_KEEP_OPEN === '1';
  let openUri: vscode.Uri | undefined;
  const { service, statusBar } = api.archiveTree;
  const since = (t: number) => Math.round(performance.now() - t);
  const counted = until(() => (/ articles · /.test(statusBar.text) ? since(started) : undefined), service.onDidChangeState, 600_000);
  const ready = until(() => (service.state.kind === 'ready' ? since(started) : undefined), service.onDidChangeState, 600_000);

  if (phase === 'cold') {
    // An article opened while the scan runs, then typed in.
    const scanning = await until(() => (service.state.kind === 'scanning' && service.state.done > 0 ? service.state : undefined), service.onDidChangeState, 600_000);
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (scanning && folder) {
      // The web workbench saves after a second by default: the typed spaces must never reach the archive.
      await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
      const names = fs.readdirSync(folder.uri.fsPath).filter((n) => n.endsWith('.md') || n.endsWith('.html') || n.endsWith('.txt')).sort();
      const uri = vscode.Uri.joinPath(folder.uri, names[Math.floor(names.length * 0.9)]);
      const opened = performance.now();
      mark('open');
      const document = await vscode.workspace.openTextDocument(uri);
      // The document is in the extension host now: its diagnostics need no editor (the
      // workbench shows the editor meanwhile, on the renderer's time, which is timed apart).
      out.openToDocumentMs = since(opened);
      const diagnosed = until(() => (api.articles.get(document) && vscode.languages.getDiagnostics(uri).length > 0 ? since(opened) : undefined), vscode.languages.onDidChangeDiagnostics, 30_000);
      const editor = await vscode.window.showTextDocument(document);
      out.openToEditorMs = since(opened);
      out.openToDiagnosticsMs = (await diagnosed) ?? null;
      mark('diagnostics');
      const line = editor.document.lineAt(Math.min(2, editor.document.lineCount - 1));
      const typed = performance.now();
      // When the edit reaches the extension host (the renderer applies it first).
      let changed: number | undefined;
      const onChange = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === document && changed === undefined) changed = performance.now();
      });
      await editor.edit((b) => b.insert(line.range.end, '  '));
      const end = line.range.end.character + 2;
      out.typeToDiagnosticsMs = (await until(() => (vscode.languages.getDiagnostics(uri).some((d) => d.range.start.line === line.lineNumber && d.range.end.character === end) ? since(typed) : undefined), vscode.languages.onDidChangeDiagnostics, 30_000)) ?? null;
      out.changeToDiagnosticsMs = changed === undefined || out.typeToDiagnosticsMs === null ? null : Math.round(typed + (out.typeToDiagnosticsMs as number) - changed);
      onChange.dispose();
      out.scanStillRunning = service.state.kind === 'scanning';
      if (keepOpen) openUri = uri;
      else await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  out.countMs = (await counted) ?? null;
  mark('count');
  out.readyMs = (await ready) ?? null;
  out.articles = service.index.size;
  const cacheFile = service.cacheLocation;
  out.cache = cacheFile ? `${cacheFile} (${fs.existsSync(cacheFile) ? 'present' : 'absent'})` : 'no file storage';
  out.fromCache = service.state.kind === 'ready' ? service.state.fromCache : null;
  out.problems = service.problems;
  out.memoryAfterScanMB = api.probe.memory().rss / MB;
  out.heapAfterScanMB = api.probe.memory().heapUsed / MB;
  out.externalAfterScanMB = api.probe.memory().external / MB;
  moment('AfterScan');
  out.eventLoopScan = api.probe.eventLoop();
  if (openUri) {
    // Issue 19: the open copy's duplicate-article diagnostic, over a cluster of count / 28 copies.
    const target = openUri;
    const settled = performance.now();
    const dup = await until(() => vscode.languages.getDiagnostics(target).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'duplicate-article'), vscode.languages.onDidChangeDiagnostics, 300_000);
    out.duplicateDiagnosticMs = dup ? since(settled) : null;
    out.duplicateDiagnostic = dup ? `${dup.message.slice(0, 80)}…; ${dup.relatedInformation?.length ?? 0} related` : 'none';
  }
  await profile.stop(`${phase}-scan`);
  await profile.heap(`${phase}-after-scan`);
  if (phase === 'cold') {
    // Idle archive workers end after 10 s, and their heaps with them.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    out.memorySettledMB = api.probe.memory().rss / MB;
    out.heapSettledMB = api.probe.memory().heapUsed / MB;
    moment('Settled');
    const settledKept = await profile.collected();
    out.memorySettledCollectedMB = settledKept.rss / MB;
    out.heapSettledCollectedMB = settledKept.heapUsed / MB;
    await profile.heap('settled');
  }

  if (phase === 'cold') {
    await profile.start();
    api.probe.startEventLoop();
    await vscode.workspace.getConfiguration('newsArchive').update('validate.scope', 'workspace', vscode.ConfigurationTarget.Global);
    const validating = performance.now();
    await vscode.commands.executeCommand('newsArchive.validateArchive');
    out.validateMs = since(validating);
    out.validation = api.validation.lastValidation ?? null;
    out.memoryAfterValidateMB = api.probe.memory().rss / MB;
    out.heapAfterValidateMB = api.probe.memory().heapUsed / MB;
    out.externalAfterValidateMB = api.probe.memory().external / MB;
    moment('AfterValidate');
    out.eventLoopValidate = api.probe.eventLoop();
    await profile.stop('validate');
    const validateKept = await profile.collected();
    out.memoryAfterValidateCollectedMB = validateKept.rss / MB;
    out.heapAfterValidateCollectedMB = validateKept.heapUsed / MB;
    out.externalAfterValidateCollectedMB = validateKept.external / MB;
    await profile.heap('after-validate');
    // The persistent cache is written 5 s after the index settles: let the warm run find it.
    await new Promise((resolve) => setTimeout(resolve, 6000));
  }
  out.cacheAtEnd = cacheFile && fs.existsSync(cacheFile) ? fs.statSync(cacheFile).size : 0;
  if (openUri) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  clearInterval(sampler);
  sample();
  out.memoryPeakMB = peak.host / MB;
  out.processesPeakMB = peak.processes / MB;
  out.processesPeakCount = peak.count;
  out.sumPeakMB = peak.sum / MB;
  api.probe.stopEventLoop();
  profile.dispose();
  const file = process.env.NEWS_ARCHIVE_BENCH_RESULT;
  if (file) fs.writeFileSync(file, JSON.stringify(out, null, 2));
}
