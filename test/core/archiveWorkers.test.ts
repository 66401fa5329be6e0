/**
 * The archive workers as the editor runs them (dist/archiveWorker.js in worker threads, the
 * pool of src/index/archiveWorkers.ts) on seeds/: the listing is the command line's walk, the
 * one pass gives the entry the index reader gives and the counts the rules give, the placed
 * problems sit where the line index puts them, and Fix All's edits make Fix All's text.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
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
import { ArchiveWorkers } from '../../src/index/archiveWorkers';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';
import { entryRecord } from '../../src/core/index/articleRecord';
import { archiveFindings, ArchiveFile } from '../../src/core/rules/archiveProblems';
import { archiveFileMap, packArchive, unpackDuplicates } from '../../src/workers/findingsCodec';

const REPO = path.resolve(__dirname, '../../..');
const SEEDS = path.join(REPO, 'seeds');
const SCRIPT = path.join(REPO, 'dist/archiveWorker.js');
/** The text VS Code's document of a file holds: no BOM (Validate and Fix All place into it). */
const editorText = (file: string) => new TextDecoder().decode(fs.readFileSync(file));

describe('the archive workers (worker threads)', function () {
  this.timeout(20_000);
  let workers: ArchiveWorkers;
  const config = defaultArchiveConfig();
  let files: string[] = [];

  before(async () => {
    workers = new ArchiveWorkers(SCRIPT, 2);
    files = await workers.run({ kind: 'list', roots: [SEEDS], files: '**/*.{md,markdown,txt,html}', exclude: [] });
  });
  after(() => workers.dispose());

  it('lists what the command line walks', () => {
    assert.ok(files.length >= 10, `${files.length} files`);
    assert.deepEqual(files, walkArchive([SEEDS], fileSelection('**/*.{md,markdown,txt,html}', [])).files);
  });

  it('gives each file the index entry, the problem counts and the sketch in one pass', async () => {
    const results = await workers.run({ kind: 'pass', files: files.map((p) => ({ path: p, config: 0 })), configs: [config], sketches: true });
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

  it('answers "unchanged" for a file whose stamp the host already holds, without reading it', async () => {
    const file = files[0];
    const stat = fs.statSync(file);
    const [same] = await workers.run({ kind: 'pass', files: [{ path: file, config: 0, known: [stat.mtimeMs, stat.size] }], configs: [config], sketches: false });
    assert.deepEqual(same, { path: file, kind: 'unchanged' });
    const [moved] = await workers.run({ kind: 'pass', files: [{ path: file, config: 0, known: [stat.mtimeMs + 1, stat.size] }], configs: [config], sketches: false });
    assert.notEqual(moved.kind, 'unchanged');
  });

  it('finds the problems the command line finds, placed in the text the editor opens', async () => {
    const results = await workers.run({ kind: 'validate', files: files.map((p) => ({ path: p, config: 0 })), configs: [config] });
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
    const counts = await workers.run({ kind: 'count', files: files.map((p) => ({ path: p, config: 0 })), configs: [config] });
    let articles = 0;
    for (const r of counts) {
      if (r.kind !== 'article') continue;
      articles++;
      assert.deepEqual(r.counts, countProblems(validateArticle(parseArticle(fs.readFileSync(r.path, 'utf8')), config)), r.path);
    }
    assert.ok(articles >= 10, `${articles} articles`);
  });

  it('proposes the edits that make Fix All\'s text', async () => {
    const results = await workers.run({ kind: 'fix', files: files.map((p) => ({ path: p, config: 0 })), configs: [config] });
    assert.ok(results.fixes.length > 0 && results.articles >= results.fixes.length, `${results.fixes.length} fixes in ${results.articles} articles`);
    for (const f of results.fixes) {
      const text = editorText(f.path);
      assert.equal(f.before, text);
      assert.equal(f.after, fixAll(text, config).text, f.path);
      assert.equal(applyEdits(text, f.edits.map((e) => e.edit)).text, f.after, f.path);
    }
  });

  it('runs jobs on both workers at once and fails only the job of a worker that dies', async () => {
    const jobs = [0, 1, 2, 3].map(() => workers.run({ kind: 'list', roots: [SEEDS], files: '**/*.md', exclude: [] }));
    for (const listed of await Promise.all(jobs)) assert.ok(listed.length > 0);
    const bad = new ArchiveWorkers(path.join(REPO, 'no-such-worker.js'), 1);
    await assert.rejects(bad.run({ kind: 'list', roots: [SEEDS], files: '**/*.md', exclude: [] }));
    bad.dispose();
    await assert.rejects(bad.run({ kind: 'list', roots: [SEEDS], files: '**/*.md', exclude: [] }), /shut down/);
  });

  it('makes the archive-wide findings the core makes, from the pass\'s records and sketches', async () => {
    const results = await workers.run({ kind: 'pass', files: files.map((p) => ({ path: p, config: 0 })), configs: [config], sketches: true });
    const archive: ArchiveFile[] = results.flatMap((r) => (r.kind === 'article' && r.sketch ? [{ path: r.path, record: entryRecord(r.path, r.entry, { frontMatter: false }), sketch: r.sketch }] : []));
    assert.ok(archive.length >= 10, `${archive.length} articles`);
    const settings = hygieneSettings(config);
    const packed = packArchive(archiveFileMap(archive));
    const found = await workers.run({ kind: 'findings', files: packed, settings });
    const expected = archiveFindings(archive, settings);
    assert.deepEqual(unpackDuplicates(found.duplicates, archive.map((f) => f.path)), expected.duplicates);
    assert.deepEqual(found.vocabulary, expected.vocabulary);
    assert.deepEqual(found.variants, expected.variants);
    // seeds/ holds copies of one article and a mixed-script category: both rules find something.
    assert.ok(expected.duplicates.groups.length > 0 && found.variants.categories.size > 0);
  });

  it('ends the worker that made the archive-wide findings as soon as it has answered, and the next job gets a fresh one', async () => {
    const pool = new ArchiveWorkers(SCRIPT, 1);
    try {
      const results = await pool.run({ kind: 'pass', files: files.map((p) => ({ path: p, config: 0 })), configs: [config], sketches: true });
      assert.equal(pool.threads, 1);
      const archive: ArchiveFile[] = results.flatMap((r) => (r.kind === 'article' && r.sketch ? [{ path: r.path, record: entryRecord(r.path, r.entry, { frontMatter: false }), sketch: r.sketch }] : []));
      const packed = packArchive(archiveFileMap(archive));
      const [found, listed] = await Promise.all([
        pool.run({ kind: 'findings', files: packed, settings: hygieneSettings(config) }),
        pool.run({ kind: 'list', roots: [SEEDS], files: '**/*.md', exclude: [] }),
      ]);
      assert.ok(unpackDuplicates(found.duplicates, archive.map((f) => f.path)).groups.length > 0);
      // The list job queued behind the findings ran on a new worker, which stays for the next job.
      assert.ok(listed.length > 0);
      assert.equal(pool.threads, 1);
      await pool.run({ kind: 'findings', files: packed, settings: hygieneSettings(config) });
      assert.equal(pool.threads, 0);
    } finally {
      pool.dispose();
    }
  });

  it('ends a worker left idle, and starts one again for the next job', async () => {
    const pool = new ArchiveWorkers(SCRIPT, 1, 50);
    try {
      const first = await pool.run({ kind: 'list', roots: [SEEDS], files: '**/*.md', exclude: [] });
      assert.equal(pool.threads, 1);
      const gone = Date.now() + 5000;
      while (pool.threads > 0 && Date.now() < gone) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(pool.threads, 0, 'the idle worker ended');
      assert.deepEqual(await pool.run({ kind: 'list', roots: [SEEDS], files: '**/*.md', exclude: [] }), first);
      assert.equal(pool.threads, 1);
    } finally {
      pool.dispose();
    }
  });
});
