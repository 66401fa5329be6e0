/**
 * One definition of "problems" (src/core/problemCounts.ts), and the front ends agreeing on it:
 * on seeds/ and on a generated archive with planted duplicates and vocabulary variants,
 * `news-archive check --format json` (counted here from its diagnostics), the index's counts
 * (the status bar, the dashboard and the badges: the archive workers' background pass, plus the
 * archive-wide rules' counts that the findings job gives from the same pass's sketches and
 * values, summed by entryCounts as ArchiveIndexService does), the Articles view's model (its
 * groups' "N with problems") and Validate Archive's job (its summary) give the same figures.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateArchive } from '../../bench/generateArchive';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { nodeFileAccess } from '../../src/core/files/nodeFileAccess';
import { ArchiveIndex } from '../../src/core/index/archiveIndex';
import { walkArchive } from '../../src/core/index/archiveWalk';
import { fileSelection } from '../../src/core/index/fileSelection';
import { StringPool } from '../../src/core/index/records/stringPool';
import { addCounts, countProblems, NO_PROBLEMS, ProblemCounts, problemTotal, ProblemSum, ProblemTally, sumProblemCounts } from '../../src/core/problemCounts';
import { ArchiveWideCounts, entryCounts } from '../../src/core/index/archiveWideCounts';
import { entryPath, IndexEntry } from '../../src/core/index/records/indexEntry';
import { SketchStore } from '../../src/core/rules/sketchStore';
import { runJob } from '../../src/workers/runJob';
import type { FindingsResult } from '../../src/workers/protocol';
import { packParts } from '../../src/workers/findingsCodec';
import { ArchiveTree, DEFAULT_TREE_OPTIONS, GroupNode } from '../../src/core/tree/archiveTree';
import { passFile, validateFile } from '../../src/workers/archivePass';
import { runCliIn } from './cliRun';
import { readArticleFile } from '../../src/cli/articleFile';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';
import { archiveFacts } from '../../src/core/rules/archiveAnchors';
import { archiveFindings, archiveProblems, flaggedPaths } from '../../src/core/rules/archiveProblems';

const ARCHIVE_WIDE = new Set(['duplicate-article', 'vocabulary-variant']);

const SEEDS = path.resolve(__dirname, '../../../seeds');
const FILES = '**/*.{md,markdown,txt,html}';

interface JsonFile {
  path: string;
  diagnostics: { rule: string; severity: 'error' | 'warning' | 'info' | 'hint' }[];
}

/** The figures as the check's JSON gives them, counted here without the core's help. */
function figuresOfJson(files: readonly JsonFile[]) {
  const bySeverity = { error: 0, warning: 0, info: 0, hint: 0 };
  const byRule = new Map<string, number>();
  for (const f of files) for (const d of f.diagnostics) {
    bySeverity[d.severity]++;
    byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
  }
  return {
    articles: files.length,
    withProblems: files.filter((f) => f.diagnostics.length > 0).length,
    errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info, hints: bySeverity.hint,
    total: bySeverity.error + bySeverity.warning + bySeverity.info + bySeverity.hint,
    byRule: [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
}

function figuresOf(sum: ProblemSum) {
  const { byRule, ...rest } = sum;
  return { ...rest, byRule: [...byRule] };
}

/** Every front end's figures for the folder `dir`. */
async function agree(dir: string, planted: readonly (readonly [string, string])[] = []): Promise<ProblemSum> {
  const config = defaultArchiveConfig();
  const cli = await runCliIn(dir, ['check', '--format', 'json', '.']);
  assert.ok(cli.code === 0 || cli.code === 1, `check ran: ${cli.err}`);
  const report = JSON.parse(cli.out) as JsonFile[];
  const fromCli = figuresOfJson(report);
  const archiveWide = report.flatMap((f) => f.diagnostics.filter((d) => ARCHIVE_WIDE.has(d.rule)).map((d) => `${path.resolve(dir, f.path)} ${d.rule} ${d.severity}`));

  const files = walkArchive([dir], fileSelection(FILES, [])).files;
  const index = new ArchiveIndex();
  const pool = new StringPool();
  const store = new SketchStore<IndexEntry>();
  const paths: string[] = [];
  const records: IndexEntry[] = [];
  for (const p of files) {
    const r = await passFile(nodeFileAccess, { path: p, config: 0 }, config, true, pool);
    if (r.kind !== 'article' || !r.sketch) continue;
    index.set(r.entry);
    // What the hygiene model sends the findings job: the entry as the record, the pass's sketch and values from the sketch store.
    store.set(p, r.entry, r.values ? { sketch: r.sketch, values: r.values } : { sketch: r.sketch });
    paths.push(p);
    records.push(r.entry);
  }
  // Packed as the hygiene model packs them; the counts come back by file index.
  const found = await runJob(nodeFileAccess, { kind: 'findings', files: packParts(paths, records, store.pack(paths)), settings: hygieneSettings(config) }) as FindingsResult;
  const counted = found.counts.map(([i, c]): [string, ProblemCounts] => [paths[i], c]);
  // The planted problems are found, and counted for their files.
  const countedFor = new Map(counted);
  for (const [p, rule] of planted) assert.ok(countedFor.get(p)?.byRule.some(([r]) => r === rule), `${rule} counted for ${path.basename(p)}`);
  for (const [p] of counted) assert.ok(index.get(p), p);
  // Kept beside the index as the editor's index service keeps them.
  const archive = new ArchiveWideCounts();
  archive.replace(new Map(counted), (p) => index.get(p));
  // The status bar and the dashboard: the index's counts summed.
  const fromIndex = sumProblemCounts([...index.entries()].map((e) => entryCounts(e, archive)));
  // Validate Archive's summary: the validate job's problems, counted, with the index's archive-wide counts.
  const validated = new ProblemTally();
  for (const p of files) {
    const r = await validateFile(nodeFileAccess, { path: p, config: 0 }, config);
    if (r.kind === 'article') validated.add(addCounts(countProblems(r.problems.map((x) => x.problem)), archive.get(p)));
  }
  // The archive-wide rules as the core runs them for the editor (hygieneDiagnostics.ts): the flagged files' problems.
  const articles = files.flatMap((p) => {
    const read = readArticleFile(p, { out: () => undefined, err: () => undefined });
    return read.kind === 'article' ? [{ path: p, article: read.article }] : [];
  });
  const facts = articles.map((a) => ({ path: a.path, ...archiveFacts(a.path, a.article) }));
  const findings = archiveFindings(facts, hygieneSettings(config));
  const flagged = flaggedPaths(findings, facts);
  const fromCore = articles.filter((a) => flagged.has(a.path)).flatMap((a) => archiveProblems(a.article, a.path, findings).map((p) => `${path.resolve(a.path)} ${p.ruleId} ${p.severity}`));
  assert.deepEqual(fromCore.sort(), archiveWide.sort(), 'the archive-wide rules: the core\'s pass and check --format json');
  // The Articles view: the root's and each top group's "N with problems".
  const tree = new ArchiveTree(index, DEFAULT_TREE_OPTIONS, archive);
  const groups = tree.roots().filter((n): n is GroupNode => n.kind === 'group');

  // Each article's own count, as its badge and tooltip give it, is check's for that file.
  const badges = new Map([...index.entries()].map((e) => [path.relative(dir, entryPath(e)), problemTotal(entryCounts(e, archive))]));
  assert.deepEqual(new Map(report.map((f) => [path.relative(dir, path.resolve(dir, f.path)), f.diagnostics.length])), badges, 'each article\'s count and check --format json');
  assert.deepEqual(figuresOf(fromIndex), fromCli, 'the index (status bar, dashboard) and check --format json');
  assert.deepEqual(figuresOf(validated.problems), fromCli, 'Validate Archive and check --format json');
  assert.equal(tree.withProblems, fromCli.withProblems, 'the Articles view and check --format json');
  assert.equal(groups.reduce((n, g) => n + g.withProblems, 0) >= tree.withProblems, true, 'an article is in at least one top group');
  return fromIndex;
}

describe('problem counts: one definition', () => {
  it('counts every severity and every rule of an article', () => {
    const c = countProblems([
      { ruleId: 'date-zoneless', severity: 'info' }, { ruleId: 'empty-field', severity: 'warning' },
      { ruleId: 'date-invalid', severity: 'error' }, { ruleId: 'empty-field', severity: 'warning' }, { ruleId: 'x', severity: 'hint' },
    ]);
    assert.deepEqual(c, { errors: 1, warnings: 2, infos: 1, hints: 1, byRule: [['date-invalid', 1], ['date-zoneless', 1], ['empty-field', 2], ['x', 1]] });
    assert.equal(problemTotal(c), 5);
    assert.equal(countProblems([]), NO_PROBLEMS);
  });

  it('shares equal counts through a pool, and a running tally undoes what it removes', () => {
    const pool = new Map();
    const a = countProblems([{ ruleId: 'date-zoneless', severity: 'info' }], pool);
    const b = countProblems([{ ruleId: 'date-zoneless', severity: 'info' }], pool);
    assert.equal(a, b);
    const tally = new ProblemTally();
    tally.add(a);
    tally.add(NO_PROBLEMS);
    tally.add(undefined);
    assert.deepEqual(figuresOf(tally.problems), { articles: 2, withProblems: 1, errors: 0, warnings: 0, infos: 1, hints: 0, total: 1, byRule: [['date-zoneless', 1]] });
    tally.remove(a);
    assert.deepEqual(figuresOf(tally.problems), { articles: 1, withProblems: 0, errors: 0, warnings: 0, infos: 0, hints: 0, total: 0, byRule: [] });
  });

  it('adds an article\'s archive-wide counts to its own, in a sum and in a running tally', () => {
    const own = countProblems([{ ruleId: 'date-zoneless', severity: 'info' }, { ruleId: 'empty-field', severity: 'warning' }]);
    const wide = countProblems([{ ruleId: 'duplicate-article', severity: 'warning' }, { ruleId: 'vocabulary-variant', severity: 'info' }, { ruleId: 'vocabulary-variant', severity: 'info' }]);
    assert.deepEqual(addCounts(own, wide), { errors: 0, warnings: 2, infos: 3, hints: 0, byRule: [['date-zoneless', 1], ['duplicate-article', 1], ['empty-field', 1], ['vocabulary-variant', 2]] });
    assert.equal(addCounts(own, undefined), own);
    assert.equal(addCounts(NO_PROBLEMS, wide), wide);
    assert.equal(addCounts(undefined, wide), undefined, 'an article not validated yet is not counted');
    const tally = new ProblemTally();
    tally.add(own, 1, wide);
    tally.add(NO_PROBLEMS, 1, wide);
    assert.deepEqual(figuresOf(tally.problems), figuresOf(sumProblemCounts([addCounts(own, wide), addCounts(NO_PROBLEMS, wide)])));
    assert.deepEqual(figuresOf(tally.problems), { articles: 2, withProblems: 2, errors: 0, warnings: 3, infos: 5, hints: 0, total: 8, byRule: [['date-zoneless', 1], ['duplicate-article', 2], ['empty-field', 1], ['vocabulary-variant', 4]] });
    tally.remove(NO_PROBLEMS, wide);
    tally.remove(own, wide);
    assert.deepEqual(figuresOf(tally.problems), { articles: 0, withProblems: 0, errors: 0, warnings: 0, infos: 0, hints: 0, total: 0, byRule: [] });
  });

  it('agrees across check, the index, the Articles view and Validate Archive on seeds/', async () => {
    const sum = await agree(SEEDS);
    assert.ok(sum.errors > 0 && sum.warnings > 0 && sum.infos > 0, `seeds/ hold every severity: ${JSON.stringify(figuresOf(sum))}`);
  });

  it('agrees on a generated archive with planted duplicates and a vocabulary variant', async function () {
    this.timeout(20_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-counts-'));
    try {
      const paths = generateArchive(dir, 120, 14);
      // Two exact copies of one post (a group of three), and one post whose category 新浪财经
      // is spelt 新浪财經 (a variant of the category of two dozen others).
      const original = paths.find((p) => /^ - 新浪财经$/m.test(fs.readFileSync(p, 'utf8')));
      assert.ok(original);
      fs.copyFileSync(original, path.join(dir, 'planted-copy-1.md'));
      fs.copyFileSync(original, path.join(dir, 'planted-copy-2.md'));
      const variant = paths.find((p) => p !== original && /^ - 新浪财经$/m.test(fs.readFileSync(p, 'utf8')));
      assert.ok(variant);
      fs.writeFileSync(variant, fs.readFileSync(variant, 'utf8').replace(/^ - 新浪财经$/m, ' - 新浪财經'));
      const sum = await agree(dir, [
        [original, 'duplicate-article'], [path.join(dir, 'planted-copy-1.md'), 'duplicate-article'],
        [path.join(dir, 'planted-copy-2.md'), 'duplicate-article'], [variant, 'vocabulary-variant'],
      ]);
      assert.ok(sum.articles >= 100 && sum.total > 0, JSON.stringify(figuresOf(sum)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
