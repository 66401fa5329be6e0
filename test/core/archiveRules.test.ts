/**
 * The archive-wide rules in the core: `news-archive check` reports duplicate-article and
 * vocabulary-variant over the hygiene fixture archive (text and JSON, other paths as
 * `related`); a cluster of 2,000 copies gives each member a bounded list (five nearest, the rest
 * counted) at a cost linear in the archive; and a file's problems come in one order whether it is
 * validated at once (the CLI) or in parts (the editor's incremental validation).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { duplicateSketch, titleKey } from '../../src/core/hygiene/duplicateSketch';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { ArchiveFile, archiveFindings, archiveProblems, archiveProblemsAt, flaggedPaths } from '../../src/core/rules/archiveProblems';
import { archiveFacts } from '../../src/core/rules/archiveAnchors';
import { findDuplicates } from '../../src/core/hygiene/duplicates';
import { decodeSketch, encodeSketch } from '../../src/core/hygiene/sketchCodec';
import { IncrementalValidation } from '../../src/core/rules/incremental';
import { runRules, validateArticle } from '../../src/core/rules/index';
import type { Rule } from '../../src/core/rules/types';
import type { Severity } from '../../src/core/problem';
import { formatMessage } from '../../src/core/rules/messages';
import { runCli } from './cliRun';
import { FIXTURE_NOW, REPO } from './ruleFixtures';

const fixtures = path.join(REPO, 'test/fixtures/hygiene');
const ARCHIVE_WIDE = / (duplicate-article|vocabulary-variant) /;

describe('archive-wide rules: news-archive check', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    process.chdir(fixtures);
  });
  afterEach(() => process.chdir(cwd));

  it('reports duplicates and spelling variants across the files, one line each', async () => {
    const r = await runCli(['check', '.', '--lang', 'en']);
    const compare = 'compare them with "News Archive: Compare Duplicates" and delete or merge the extra copies.';
    assert.deepEqual(r.out.split('\n').filter((l) => ARCHIVE_WIDE.test(l)), [
      `a-original.md:2:8 warning duplicate-article Duplicate article: the same text as b-exact-copy.md, one of 4 copies; ${compare}`,
      `b-exact-copy.md:2:8 warning duplicate-article Duplicate article: the same text as a-original.md, one of 4 copies; ${compare}`,
      `c-near-copy.md:2:8 warning duplicate-article Duplicate article: nearly the same text as a-original.md (95% alike), one of 4 copies; ${compare}`,
      'c-near-copy.md:5:4 info vocabulary-variant Category "新浪财经－国內" is spelt "新浪财经－国内" in 3 other articles: use one spelling so they group together.',
      'c-near-copy.md:6:9 info vocabulary-variant Author "新浪 财经" is spelt "新浪财经" in 4 other articles: use one spelling so they group together.',
      `d-same-title.md:2:8 info duplicate-article Duplicate article: the same title as a-original.md, one of 4 copies; ${compare}`,
      'e-traditional.md:5:4 info vocabulary-variant Category "新浪财经－国內" is spelt "新浪财经－国内" in 3 other articles: use one spelling so they group together.',
      'f-latin.md:4:9 info vocabulary-variant Author "Reuters" is spelt "Reuter" in 1 other article: use one spelling so they group together.',
      'f-latin.md:5:8 info vocabulary-variant Tag "earnings" is spelt "Earnings" in 1 other article: use one spelling so they group together.',
      'g-latin-variant.md:3:20 info vocabulary-variant Category "SINA  finance" is spelt "Sina Finance" in 1 other article: use one spelling so they group together.',
    ]);
    assert.equal(r.err, '12 problems (0 errors, 3 warnings, 9 info, 0 hints) in 7 articles');
    const zh = await runCli(['check', '.', '--lang', 'zh-cn']);
    assert.ok(zh.out.includes('d-same-title.md:2:8 info duplicate-article 重复文章：与 a-original.md 标题相同，是 4 篇副本之一；'), zh.out);
    assert.ok(zh.out.includes('e-traditional.md:5:4 info vocabulary-variant 分类“新浪财经－国內”在另外 3 篇文章中写作“新浪财经－国内”'), zh.out);
  });

  it('gives the other copies in JSON as related, and the message as data', async () => {
    const r = await runCli(['check', '.', '--format', 'json', '--lang', 'en']);
    const results = JSON.parse(r.out) as { path: string; diagnostics: { rule: string }[] }[];
    const c = results.find((f) => f.path === 'c-near-copy.md')!;
    assert.deepEqual(c.diagnostics.filter((d) => d.rule === 'duplicate-article'), [{
      rule: 'duplicate-article',
      severity: 'warning',
      messageId: 'duplicate',
      args: { why: { messageId: 'nearlySame', args: { other: 'a-original.md', percent: 95 } }, count: 4 },
      message: 'Duplicate article: nearly the same text as a-original.md (95% alike), one of 4 copies; compare them with "News Archive: Compare Duplicates" and delete or merge the extra copies.',
      fixable: false,
      range: { start: { line: 1, character: 7 }, end: { line: 1, character: 21 } },
      related: [
        { path: 'a-original.md', message: 'Duplicate: a-original.md' },
        { path: 'b-exact-copy.md', message: 'Duplicate: b-exact-copy.md' },
        { path: 'd-same-title.md', message: 'Duplicate: d-same-title.md' },
      ],
    }]);
    assert.deepEqual(c.diagnostics.filter((d) => d.rule === 'vocabulary-variant').map((d) => (d as unknown as { messageId: string }).messageId), ['categoryVariant', 'authorVariant']);
  });

  it('reports neither when the configuration turns them off', async () => {
    const dir = fs.mkdtempSync(path.join(REPO, 'dist/archive-rules-'));
    try {
      for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
      fs.writeFileSync(path.join(dir, '.newsarchive.json'), '{ "rules": { "duplicate-article": "off", "vocabulary-variant": "off" } }\n');
      const r = await runCli(['check', dir, '--lang', 'en']);
      assert.deepEqual(r.out.split('\n').filter((l) => ARCHIVE_WIDE.test(l)), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('archive-wide rules: what a cache or a shard keeps of each file', () => {
  it('gives back the same sketches, so duplicates found from stored sketches are those found from the texts', () => {
    const files = fs.readdirSync(fixtures).filter((n) => n.endsWith('.md')).map((n) => ({ path: n, article: parseArticle(fs.readFileSync(path.join(fixtures, n), 'utf8')) }));
    const sketches = files.map((f) => duplicateSketch(f.article.fields.title, f.article.body));
    assert.ok(sketches.some((s) => s.signature) && sketches.some((s) => s.bodyHash));
    const stored = sketches.map((s) => decodeSketch(JSON.parse(JSON.stringify(encodeSketch(s)))));
    assert.deepEqual(stored, sketches);
    const byText = findDuplicates(files.map((f, i) => ({ path: f.path, sketch: sketches[i] })));
    const byStored = findDuplicates(files.map((f, i) => ({ path: f.path, sketch: stored[i]! })));
    assert.ok(byText.groups.length > 0);
    assert.deepEqual(byStored, byText);
    assert.equal(decodeSketch(['x', null, 'AAAA', 3]), undefined, 'a signature of the wrong length');
    assert.equal(decodeSketch({ bodyHash: 'x' }), undefined);
  });

  it('places the problems at the anchors one reading found, wherever the text is gone', () => {
    const files = fs.readdirSync(fixtures).filter((n) => n.endsWith('.md')).map((n) => ({ path: n, article: parseArticle(fs.readFileSync(path.join(fixtures, n), 'utf8')) }));
    const facts = files.map((f) => ({ path: f.path, ...archiveFacts(f.path, f.article) }));
    const findings = archiveFindings(facts, hygieneSettings(defaultArchiveConfig()));
    let seen = 0;
    for (const [i, f] of files.entries()) {
      const fromText = archiveProblems(f.article, f.path, findings);
      const fromAnchors = archiveProblemsAt(facts[i].anchors, f.path, findings).map(({ at, ...p }) => ({ ...p, start: at.start, end: at.end }));
      assert.deepEqual(new Set(fromAnchors), new Set(fromText), f.path);
      seen += fromText.length;
    }
    assert.ok(seen > 4);
  });
});

describe('archive-wide rules: a cluster of 2,000 copies', () => {
  it('names five nearest copies and counts the rest, for every member, in linear work', () => {
    const k = 2000;
    const body = '<p>' + '城市绿道建设提速，今年新增步道一百二十公里。'.repeat(20) + '</p>';
    // One text stands for every member (their ranges are alike): the work measured is the rules', not the parser's.
    const article = parseArticle(`---\ntitle: '0 城市绿道'\ncategories: [新闻]\n---\n${body}\n`);
    const sketch = duplicateSketch('', body);
    const files: ArchiveFile[] = Array.from({ length: k }, (_, i) => ({
      path: `p/${String(i).padStart(4, '0')}.md`,
      record: { categories: ['新闻'], tags: [], author: null, source: null },
      sketch: { ...sketch, titleKey: titleKey(`${i} 城市绿道`) },
    }));
    const findings = archiveFindings(files, hygieneSettings(defaultArchiveConfig()));
    assert.deepEqual(findings.duplicates.groups.map((g) => [g.members.length, g.pairs.length]), [[k, k - 1]]);
    const flagged = flaggedPaths(findings, files);
    assert.equal(flagged.size, k);
    let related = 0;
    const before = findings.lookup.work;
    files.forEach((f) => {
      const [p, ...rest] = archiveProblems(article, f.path, findings);
      assert.deepEqual(rest, []);
      assert.equal(p.ruleId, 'duplicate-article');
      assert.equal(p.args?.count, k);
      assert.equal(p.related?.length, 5);
      assert.equal(p.relatedMore, k - 1 - 5);
      related += p.related!.length;
    });
    assert.equal(related, 5 * k);
    // Each member's five nearest: at most seven pairs looked at (a member of the star, then the centre's first pairs).
    assert.ok(findings.lookup.work - before <= 7 * k, `${findings.lookup.work - before} steps for ${k} files`);
    assert.ok(findings.duplicates.comparisons <= k, `${findings.duplicates.comparisons} signature comparisons`);
    const first = archiveProblems(article, files[0].path, findings)[0];
    assert.deepEqual([first.start, first.end], [11, 19]);
    assert.equal(formatMessage(first.ruleId, first, 'en'), 'Duplicate article: the same text as p/0001.md, one of 2000 copies; compare them with "News Archive: Compare Duplicates" and delete or merge the extra copies.');
  });
});

describe('problem order: the editor and the CLI', () => {
  it('lists every problem of every seed and rule fixture in the same order, validated at once or incrementally', () => {
    const dirs = [path.join(REPO, 'seeds'), path.join(REPO, 'test/fixtures/rules')];
    let files = 0;
    for (const dir of dirs) {
      for (const name of fs.readdirSync(dir, { recursive: true }).map(String)) {
        const file = path.join(dir, name);
        if (!fs.statSync(file).isFile() || name.endsWith('.json')) continue;
        const article = parseArticle(fs.readFileSync(file, 'utf8'));
        const incremental = new IncrementalValidation();
        incremental.validate(parseArticle(article.text.slice(0, article.bodyStart) + '\n<p>before the edit</p>\n'), undefined, FIXTURE_NOW);
        assert.deepEqual(incremental.validate(article, undefined, FIXTURE_NOW), validateArticle(article, undefined, { now: FIXTURE_NOW }), name);
        files++;
      }
    }
    assert.ok(files > 30, `${files} files`);
  });

  it('orders problems at one position by severity, end, then rule, whichever part of the file the rules read', () => {
    const at = (id: string, scope: Rule['scope'], severity: Severity, end: number): Rule => ({
      id, severity, fixable: false, description: 'a rule made for this test', scope, messages: { m: 'm' }, check: (_a, report) => report({ start: 0, end, messageId: 'm' }),
    });
    const list = [at('head-info', 'frontMatter', 'info', 1), at('body-error', 'body', 'error', 2), at('head-error', 'frontMatter', 'error', 3), at('file-error', 'file', 'error', 2)];
    const article = parseArticle("---\ntitle: 'x'\n---\n<p>x</p>\n");
    const order = ['body-error', 'file-error', 'head-error', 'head-info'];
    assert.deepEqual(runRules(list, article).map((p) => p.ruleId), order);
    assert.deepEqual(new IncrementalValidation(list).validate(article).map((p) => p.ruleId), order);
  });
});
