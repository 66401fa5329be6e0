import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { archiveStats } from '../../src/core/hygiene/stats';
import type { ArchiveStats } from '../../src/core/hygiene/stats';
import { vocabularyReport } from '../../src/core/hygiene/vocabulary';
import { runCli as run } from './cliRun';
import { CORPUS } from './corpusFolder';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'test/fixtures/hygiene');
const corpus = CORPUS;

describe('hygiene: stats', () => {
  it('fills months without articles and counts what is missing', () => {
    const records = [
      { date: '2021-11-15T23:46:59.000Z', source: '北京日报', categories: ['金融'], tags: [], author: 'a' },
      { date: '2022-02-01T00:00:00.000Z', source: null, categories: [], tags: [], author: null },
      { date: null, source: '北京日报', categories: ['金融'], tags: [], author: 'a' },
    ];
    const stats = archiveStats({ records, duplicates: { groups: [], comparisons: 0 }, vocabulary: vocabularyReport(records) });
    assert.deepEqual(stats.perMonth, [
      { key: '2021-11', count: 1 },
      { key: '2021-12', count: 0 },
      { key: '2022-01', count: 0 },
      { key: '2022-02', count: 1 },
    ]);
    assert.deepEqual(stats.totals, {
      articles: 3, undated: 1, withoutSource: 1, withoutCategory: 1, problems: 0,
      duplicateGroups: 0, articlesInDuplicateGroups: 0, vocabularyClusters: 0,
    });
    assert.deepEqual(stats.perSource, [{ key: '北京日报', count: 2 }]);
    assert.equal(stats.problemsPerRule, undefined);
  });

  it('news-archive stats --format json reports the fixture archive', async () => {
    const r = await run(['stats', fixtures, '--format', 'json']);
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const stats = JSON.parse(r.out) as ArchiveStats;
    assert.deepEqual(stats.totals, {
      articles: 7, undated: 0, withoutSource: 2, withoutCategory: 0, problems: 12,
      duplicateGroups: 1, articlesInDuplicateGroups: 4, vocabularyClusters: 5,
    });
    assert.deepEqual(stats.perMonth, [{ key: '2021-03', count: 5 }, { key: '2021-04', count: 2 }]);
    // The archive-wide rules' problems counted as check reports them.
    assert.deepEqual(stats.problemsPerRule, [{ key: 'vocabulary-variant', count: 6 }, { key: 'duplicate-article', count: 4 }, { key: 'date-zoneless', count: 2 }]);
    const checked = JSON.parse((await run(['check', fixtures, '--format', 'json'])).out) as { diagnostics: { rule: string }[] }[];
    const byRule = new Map<string, number>();
    for (const d of checked.flatMap((f) => f.diagnostics)) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    assert.deepEqual(new Map(stats.problemsPerRule!.map((c) => [c.key, c.count])), byRule);
    assert.deepEqual(stats.duplicates.byReason, { exact: 1, similar: 0, title: 0 });
    assert.deepEqual(stats.duplicates.groups[0].members.map((m) => path.basename(m)), ['a-original.md', 'b-exact-copy.md', 'c-near-copy.md', 'd-same-title.md']);
    assert.deepEqual(stats.vocabulary.categories.clusters.map((c) => c.dominant), ['新浪财经－国内', 'Sina Finance']);
  });

  it('news-archive stats prints text sections', async () => {
    const r = await run(['stats', fixtures]);
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.equal(lines[0], '7 articles: 0 undated, 2 without a source, 0 without a category');
    assert.equal(lines[1], '12 problems, 1 duplicate group (4 articles in them), 5 vocabulary clusters');
    assert.ok(lines.includes('  Categories: 6 distinct values, 2 clusters, 1 mixing traditional and simplified'));
    assert.ok(lines.includes('    新浪财经－国内 (3) ~ 新浪财经－国內 (2)'));
    assert.ok(lines.includes('    mixed: 新浪财经－国內 (2) → 新浪财经－国内'));
  });

  it('exits 2 with usage when no path is given', async () => {
    const r = await run(['stats']);
    assert.equal(r.code, 2);
    assert.match(r.err, /stats needs at least one file or folder/);
  });

  it('finds the mixed-script category of the real corpus', async function () {
    if (!fs.existsSync(corpus)) {
      this.skip(); // ../shared/corpus is absent on this machine
    }
    const r = await run(['stats', corpus, '--format', 'json']);
    const stats = JSON.parse(r.out) as ArchiveStats;
    assert.equal(stats.totals.articles, 28);
    assert.equal(stats.totals.duplicateGroups, 0);
    assert.deepEqual(stats.vocabulary.categories.mixedScript.map((m) => [m.value, m.count, m.suggestion]), [
      ['新浪财经－国內', 10, '新浪财经－国内'],
      ['新浪财经 - 新浪财经－国內', 1, '新浪财经 - 新浪财经－国内'],
    ]);
  });
});
