/**
 * The archive processes as the editor runs them (dist/archiveWorker.js in child processes, the
 * pool of src/index/archiveProcesses.ts) on seeds/: the listing is the command line's walk, the
 * one pass gives the entry the index reader gives and the counts the rules give, the placed
 * problems sit where the line index puts them, and Fix All's edits make Fix All's text.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { applyEdits } from '../../src/core/edits';
import { duplicateSketch } from '../../src/core/hygiene/duplicateSketch';
import { walkArchive } from '../../src/core/index/archiveWalk';
import { fileSelection } from '../../src/core/index/fileSelection';
import { readEntry } from '../../src/core/index/records/readEntry';
import { StringPool } from '../../src/core/index/records/stringPool';
import { countProblems } from '../../src/core/problemCounts';
import { validateArticle } from '../../src/core/rules';
import { fixAll } from '../../src/core/rules/fixAll';
import { ArchiveProcesses } from '../../src/index/archiveProcesses';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';
import { entryRecord } from '../../src/core/index/articleRecord';
import { archiveFindings, ArchiveFile } from '../../src/core/rules/archiveProblems';
import { archiveFileMap, packArchive, unpackDuplicates } from '../../src/workers/findingsCodec';
import type { JobRequest } from '../../src/workers/protocol';

const REPO = path.resolve(__dirname, '../../..');
const SEEDS = path.join(REPO, 'seeds');
const SCRIPT = path.join(REPO, 'dist/archiveWorker.js');
/** The text VS Code's document of a file holds: no BOM (Validate and Fix All place into it). */
const editorText = (file: string) => new TextDecoder().decode(fs.readFileSync(file));
const seedList: JobRequest = { kind: 'list', roots: [SEEDS], files: '**/*.md', exclude: [] };

/** Whether a process of this id exists: signal 0 checks without sending anything, and throws when there is none. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until none of the processes exists, or the time is up; returns those still there. */
async function stillAlive(pids: readonly number[], ms = 5000): Promise<number[]> {
  const until = Date.now() + ms;
  let left = pids.filter(alive);
  while (left.length && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    left = left.filter(alive);
  }
  return left;
}

describe('the archive processes (child processes)', function () {
  this.timeout(20_000);
  let processes: ArchiveProcesses;
  const config = defaultArchiveConfig();
  let files: string[] = [];

  before(async () => {
    processes = new ArchiveProcesses(SCRIPT, 2);
    files = await processes.run({ kind: 'list', roots: [SEEDS], files: '**/*.{md,markdown,txt,html}', exclude: [] });
  });
  after(() => processes.dispose());

  it('lists what the command line walks', () => {
    assert.ok(files.length >= 10, `${files.length} files`);
    assert.deepEqual(files, walkArchive([SEEDS], fileSelection('**/*.{md,markdown,txt,html}', [])).files);
  });

  it('gives each file the index entry, the problem counts and the sketch in one pass', async () => {
    const results = await processes.run({ kind: 'pass', files: files.map((p) => ({ path: p, config: 0 })), configs: [config], sketches: true });
    assert.equal(results.length, files.length);
    for (const r of results) {
      const read = readEntry(r.path, new StringPool());
      if (read.kind !== 'article') {
        assert.equal(r.kind, read.kind === 'not-article' ? 'other' : 'unreadable', r.path);
        continue;
      }
      assert.equal(r.kind, 'article', r.path);
      if (r.kind !== 'article') continue;
      const { problems, ...entry } = r.entry;
      const { problems: none, ...expected } = read.entry;
      assert.equal(none, undefined);
      assert.deepEqual(entry, expected, r.path);
      const article = parseArticle(fs.readFileSync(r.path, 'utf8'));
      const found = validateArticle(article, config);
      assert.deepEqual(problems, countProblems(found), r.path);
      assert.deepEqual(r.sketch, duplicateSketch(read.entry.title, article.body), r.path);
    }
    assert.ok(results.some((r) => r.kind === 'article' && r.entry.problems && r.entry.problems.errors > 0), 'some seed has errors');
  });

  it('gives the host sketches whose signatures own their memory, not views into the whole reply', async () => {
    const passed = await processes.run({ kind: 'pass', files: files.map((p) => ({ path: p, config: 0 })), configs: [config], sketches: true });
    const signatures = passed.flatMap((r) => (r.kind === 'article' && r.sketch?.signature ? [r.sketch.signature] : []));
    const sketched = await processes.run({ kind: 'sketch', files: files.slice(0, 5).map((p) => ({ path: p, title: undefined, record: { categories: [], tags: [], author: undefined } })) });
    signatures.push(...sketched.flatMap((r) => (r?.sketch.signature ? [r.sketch.signature] : [])));
    assert.ok(signatures.length > 10, `${signatures.length} signatures`);
    for (const s of signatures) assert.deepEqual([s.byteOffset, s.buffer.byteLength], [0, s.byteLength]);
  });

  it('answers "unchanged" for a file whose stamp the host already holds, without reading it', async () => {
    const file = files[0];
    const stat = fs.statSync(file);
    const [same] = await processes.run({ kind: 'pass', files: [{ path: file, config: 0, known: [stat.mtimeMs, stat.size] }], configs: [config], sketches: false });
    assert.deepEqual(same, { path: file, kind: 'unchanged' });
    const [moved] = await processes.run({ kind: 'pass', files: [{ path: file, config: 0, known: [stat.mtimeMs + 1, stat.size] }], configs: [config], sketches: false });
    assert.notEqual(moved.kind, 'unchanged');
  });

  it('finds the problems the command line finds, placed in the text the editor opens', async () => {
    const results = await processes.run({ kind: 'validate', files: files.map((p) => ({ path: p, config: 0 })), configs: [config] });
    let placed = 0;
    for (const r of results) {
      if (r.kind !== 'article') continue;
      // The command line's reading keeps a BOM; the editor's document holds none, so line 0 is one shorter there.
      const text = fs.readFileSync(r.path, 'utf8');
      const bom = text.startsWith('\uFEFF') ? 1 : 0;
      const article = parseArticle(text);
      const expected = validateArticle(article, config);
      assert.deepEqual(r.problems.map((p) => p.problem.ruleId), expected.map((p) => p.ruleId), r.path);
      const at = (offset: number) => {
        const p = article.lines.positionAt(offset);
        return [p.line, p.line === 0 ? Math.max(0, p.character - bom) : p.character];
      };
      for (const { problem, range } of r.problems) {
        assert.deepEqual(range, [...at(problem.start), ...at(problem.end)]);
        assert.equal(editorText(r.path).split('\n')[range[0]].length >= range[1], true, `${r.path}: inside the editor's line`);
        placed++;
      }
    }
    assert.ok(placed > 10, `${placed} problems placed`);
    // The BOM's own problem is counted as check counts it, at the start of the editor's text.
    const bom = results.find((r) => r.path.endsWith('bom.md'));
    assert.ok(bom && bom.kind === 'article');
    assert.deepEqual(bom.problems.filter((p) => p.problem.messageId === 'bom').map((p) => p.range), [[0, 0, 0, 0]]);
  });

  it('counts each file\'s problems as the command line counts them, without placing them', async () => {
    const counts = await processes.run({ kind: 'count', files: files.map((p) => ({ path: p, config: 0 })), configs: [config] });
    let articles = 0;
    for (const r of counts) {
      if (r.kind !== 'article') continue;
      articles++;
      assert.deepEqual(r.counts, countProblems(validateArticle(parseArticle(fs.readFileSync(r.path, 'utf8')), config)), r.path);
    }
    assert.ok(articles >= 10, `${articles} articles`);
  });

  it('proposes the edits that make Fix All\'s text', async () => {
    const results = await processes.run({ kind: 'fix', files: files.map((p) => ({ path: p, config: 0 })), configs: [config] });
    assert.ok(results.fixes.length > 0 && results.articles >= results.fixes.length, `${results.fixes.length} fixes in ${results.articles} articles`);
    for (const f of results.fixes) {
      const text = editorText(f.path);
      assert.equal(f.before, text);
      assert.equal(f.after, fixAll(text, config).text, f.path);
      assert.equal(applyEdits(text, f.edits.map((e) => e.edit)).text, f.after, f.path);
    }
  });

  it('runs jobs on both processes at once, each a process of its own', async () => {
    const jobs = [0, 1, 2, 3].map(() => processes.run(seedList));
    assert.equal(processes.processes, 2);
    const pids = processes.pids;
    assert.equal(new Set(pids).size, 2);
    assert.ok(pids.every((pid) => pid !== process.pid && alive(pid)), `${pids.join(', ')}`);
    const expected = walkArchive([SEEDS], fileSelection('**/*.md', [])).files;
    for (const listed of await Promise.all(jobs)) assert.deepEqual(listed, expected);
    // Each reply says how big its process is: tens of MB of a Node process, none of it this one's.
    assert.ok(processes.rssBytes > 2 * 10 * 1024 * 1024 && processes.rssBytes < 2 * 1024 * 1024 * 1024, `${processes.rssBytes} bytes`);
  });

  it('fails the job of a script that cannot start, with the reason, and refuses jobs after dispose', async () => {
    const bad = new ArchiveProcesses(path.join(REPO, 'no-such-worker.js'), 1);
    await assert.rejects(bad.run(seedList), /An archive process stopped \(exit code 1\): [^]*Cannot find module/);
    bad.dispose();
    await assert.rejects(bad.run(seedList), /shut down/);
  });

  it('fails only the job of a process killed in the middle of it, and the next job runs on a new one', async () => {
    const pool = new ArchiveProcesses(SCRIPT, 2);
    try {
      await Promise.all([pool.run(seedList), pool.run(seedList)]);
      const [first, second] = pool.pids;
      // Enough files that the job is still running 100 ms after it was sent.
      const many = Array.from({ length: 200 }, () => files).flat().map((p) => ({ path: p, config: 0 }));
      const doomed = pool.run({ kind: 'count', files: many, configs: [config] });
      const other = pool.run(seedList);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(pool.load, 1, 'the list job has answered, the count job is still running');
      process.kill(first, 'SIGKILL');
      await assert.rejects(doomed, /An archive process stopped \(signal SIGKILL\)/);
      assert.deepEqual(await other, walkArchive([SEEDS], fileSelection('**/*.md', [])).files);
      assert.deepEqual(pool.pids, [second]);
      // The next two jobs: one on the survivor, one on a process started in the dead one's place.
      const [a, b] = await Promise.all([pool.run(seedList), pool.run(seedList)]);
      assert.deepEqual(a, b);
      assert.equal(pool.processes, 2);
      assert.ok(pool.pids.includes(second) && !pool.pids.includes(first));
    } finally {
      pool.dispose();
    }
  });

  it('makes the archive-wide findings the core makes, from the pass\'s records and sketches', async () => {
    const results = await processes.run({ kind: 'pass', files: files.map((p) => ({ path: p, config: 0 })), configs: [config], sketches: true });
    const archive: ArchiveFile[] = results.flatMap((r) => (r.kind === 'article' && r.sketch ? [{ path: r.path, record: entryRecord(r.path, r.entry, { frontMatter: false }), sketch: r.sketch }] : []));
    assert.ok(archive.length >= 10, `${archive.length} articles`);
    const settings = hygieneSettings(config);
    const packed = packArchive(archiveFileMap(archive));
    // The packed archive's typed arrays, Maps and Sets cross the IPC channel ('advanced' serialization) as they are.
    const found = await processes.run({ kind: 'findings', files: packed, settings });
    const expected = archiveFindings(archive, settings);
    assert.deepEqual(unpackDuplicates(found.duplicates, archive.map((f) => f.path)), expected.duplicates);
    assert.deepEqual(found.vocabulary, expected.vocabulary);
    assert.deepEqual(found.variants, expected.variants);
    // seeds/ holds copies of one article and a mixed-script category: both rules find something.
    assert.ok(expected.duplicates.groups.length > 0 && found.variants.categories.size > 0);
  });

  it('ends the process that made the archive-wide findings as soon as it has answered, and the next job gets a fresh one', async () => {
    const pool = new ArchiveProcesses(SCRIPT, 1);
    try {
      const results = await pool.run({ kind: 'pass', files: files.map((p) => ({ path: p, config: 0 })), configs: [config], sketches: true });
      assert.equal(pool.processes, 1);
      const [before] = pool.pids;
      const archive: ArchiveFile[] = results.flatMap((r) => (r.kind === 'article' && r.sketch ? [{ path: r.path, record: entryRecord(r.path, r.entry, { frontMatter: false }), sketch: r.sketch }] : []));
      const packed = packArchive(archiveFileMap(archive));
      const [found, listed] = await Promise.all([
        pool.run({ kind: 'findings', files: packed, settings: hygieneSettings(config) }),
        pool.run(seedList),
      ]);
      assert.ok(unpackDuplicates(found.duplicates, archive.map((f) => f.path)).groups.length > 0);
      // The list job queued behind the findings ran in a new process, which stays for the next job.
      assert.ok(listed.length > 0);
      assert.equal(pool.processes, 1);
      assert.notEqual(pool.pids[0], before);
      assert.deepEqual(await stillAlive([before]), [], 'the findings process ended');
      const [after] = pool.pids;
      await pool.run({ kind: 'findings', files: packed, settings: hygieneSettings(config) });
      assert.equal(pool.processes, 0);
      assert.deepEqual(await stillAlive([after]), []);
    } finally {
      pool.dispose();
    }
  });

  it('ends a process left idle, and starts one again for the next job', async () => {
    const pool = new ArchiveProcesses(SCRIPT, 1, 50);
    try {
      const first = await pool.run(seedList);
      assert.equal(pool.processes, 1);
      const [idle] = pool.pids;
      const gone = Date.now() + 5000;
      while (pool.processes > 0 && Date.now() < gone) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(pool.processes, 0, 'the idle process left the pool');
      assert.deepEqual(await stillAlive([idle]), [], 'the idle process ended');
      assert.deepEqual(await pool.run(seedList), first);
      assert.equal(pool.processes, 1);
      assert.notEqual(pool.pids[0], idle);
    } finally {
      pool.dispose();
    }
  });

  it('leaves no process behind when disposed, busy or idle, and fails the jobs still running or queued', async () => {
    const pool = new ArchiveProcesses(SCRIPT, 2);
    await pool.run(seedList);
    const many = Array.from({ length: 50 }, () => files).flat().map((p) => ({ path: p, config: 0 }));
    const jobs = [0, 1, 2].map(() => pool.run({ kind: 'count', files: many, configs: [config] }));
    const pids = pool.pids;
    assert.equal(pids.length, 2);
    pool.dispose();
    for (const job of jobs) await assert.rejects(job, /shut down/);
    assert.equal(pool.processes, 0);
    assert.deepEqual(await stillAlive(pids), [], 'every archive process ended');
  });

  it('leaves no process behind when its parent is killed, even in the middle of a job', async () => {
    // A parent of its own (test/core/poolParent.ts) that starts two processes on long jobs, says their ids, and is then killed outright.
    const parent = spawn(process.execPath, [path.join(__dirname, 'poolParent.js'), SCRIPT, SEEDS], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        parent.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        parent.on('exit', (code) => reject(new Error(`the parent ended first (exit code ${code})`)));
      });
      const pids = line.split(' ').map(Number);
      assert.equal(pids.length, 2);
      assert.ok(pids.every(alive), line);
      // Still at work: each has a job of thousands of files.
      await new Promise((resolve) => setTimeout(resolve, 200));
      parent.kill('SIGKILL');
      assert.deepEqual(await stillAlive(pids), [], 'the orphans ended by themselves');
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('lowers the scheduling priority of every thread of its processes (Linux: a nice value is a thread\'s)', async function () {
    if (process.platform !== 'linux') this.skip();
    // A nice value can only go up: under a parent at 10 or more, the processes start there already.
    if (os.getPriority() >= os.constants.priority.PRIORITY_BELOW_NORMAL) this.skip();
    const pool = new ArchiveProcesses(SCRIPT, 1);
    try {
      await pool.run(seedList);
      const [pid] = pool.pids;
      const tasks = fs.readdirSync(`/proc/${pid}/task`);
      assert.ok(tasks.length > 1, `${tasks.length} threads`);
      for (const task of tasks) assert.equal(os.getPriority(Number(task)), os.constants.priority.PRIORITY_BELOW_NORMAL, `thread ${task}`);
    } finally {
      pool.dispose();
    }
  });
});
