/**
 * One definition of "problems" (src/core/problemCounts.ts), and the front ends agreeing on it:
 * on seeds/ and on a generated archive, `news-archive check --format json` (counted here from its
 * diagnostics), the archive workers' background pass (the index's counts: the status bar and the
 * dashboard), the Articles view's model (its groups' "N with problems") and Validate Archive's
 * job (its summary) give the same figures.
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
import { countProblems, NO_PROBLEMS, problemTotal, ProblemSum, ProblemTally, sumProblemCounts } from '../../src/core/problemCounts';
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
async function agree(dir: string): Promise<ProblemSum> {
  const config = defaultArchiveConfig();
  const cli = await runCliIn(dir, ['check', '--format', 'json', '.']);
  assert.ok(cli.code === 0 || cli.code === 1, `check ran: ${cli.err}`);
  const report = JSON.parse(cli.out) as JsonFile[];
  // The index, Validate Archive and the tree count the per-file rules; the archive-wide ones
  // (duplicate-article, vocabulary-variant) need every file first and are published apart (the
  // editor's hygiene collection): check's must be exactly what the core's archive pass gives.
  const fromCli = figuresOfJson(report.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => !ARCHIVE_WIDE.has(d.rule)) })));
  const archiveWide = report.flatMap((f) => f.diagnostics.filter((d) => ARCHIVE_WIDE.has(d.rule)).map((d) => `${path.resolve(dir, f.path)} ${d.rule} ${d.severity}`));

  const files = walkArchive([dir], fileSelection(FILES, [])).files;
  const index = new ArchiveIndex();
  const pool = new StringPool();
  for (const p of files) {
    const r = await passFile(nodeFileAccess, { path: p, config: 0 }, config, false, pool);
    if (r.kind === 'article') index.set(r.entry);
  }
  // The status bar and the dashboard: the index's counts summed.
  const fromIndex = sumProblemCounts([...index.entries()].map((e) => e.problems));
  // Validate Archive's summary: the validate job's problems, counted.
  const validated = new ProblemTally();
  for (const p of files) {
    const r = await validateFile(nodeFileAccess, { path: p, config: 0 }, config);
    if (r.kind === 'article') validated.add(countProblems(r.problems.map((x) => x.problem)));
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
  const tree = new ArchiveTree(index, DEFAULT_TREE_OPTIONS);
  const groups = tree.roots().filter((n): n is GroupNode => n.kind === 'group');

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

  it('agrees across check, the index, the Articles view and Validate Archive on seeds/', async () => {
    const sum = await agree(SEEDS);
    assert.ok(sum.errors > 0 && sum.warnings > 0 && sum.infos > 0, `seeds/ hold every severity: ${JSON.stringify(figuresOf(sum))}`);
  });

  it('agrees on a generated archive', async function () {
    this.timeout(20_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-counts-'));
    try {
      generateArchive(dir, 120, 14);
      const sum = await agree(dir);
      assert.ok(sum.articles >= 100 && sum.total > 0, JSON.stringify(figuresOf(sum)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
