/**
 * The archive-wide rules' problems counted without placing them (src/core/rules/archiveCounts.ts):
 * the values read by the line scan the rules ran are the YAML document's (what check's anchors
 * read) wherever the scan reads the front matter, on small cases, seeds/, generated posts with
 * every defect and ../shared/corpus when present; and a file's count is the number of problems
 * check's archiveProblems gives it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatePosts } from '../../bench/generateArchive';
import { parseArticle } from '../../src/core/article/article';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';
import { countProblems, ProblemCounts } from '../../src/core/problemCounts';
import { archiveFacts } from '../../src/core/rules/archiveAnchors';
import { archiveProblemCounts, documentValues, scannedValues, vocabularyValues } from '../../src/core/rules/archiveCounts';
import { archiveFindings, archiveProblems } from '../../src/core/rules/archiveProblems';
import { CORPUS } from './corpusFolder';

const repo = path.resolve(__dirname, '../../..');
const corpus = CORPUS;
const seeds = path.join(repo, 'seeds');

function textsIn(dir: string): [string, string][] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.(md|markdown|txt|html)$/.test(f) && f !== 'README.md').map((f) => [path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')]);
}

const head = (fm: string) => parseArticle(`---\n${fm}---\nbody\n`);

describe('archive-wide counts', () => {
  it('reads the values as the YAML document does, from the line scan where it reads the front matter', () => {
    const cases: [string, boolean, [string, string][]][] = [
      ['title: a\ncategories:\n - 金融\n - \'新浪财经\'\n - "国内"\nauthor: 新浪财经\n', true, [['categories', '金融'], ['categories', '新浪财经'], ['categories', '国内'], ['author', '新浪财经']]],
      ['tags:\n - 2021\n - ~\n -\n - ""\n', true, [['tags', '2021'], ['tags', '~'], ['tags', '']]],
      ['author:\n - a\n - b\ncategories: 科技\n', true, [['categories', '科技']]],
      ['categories:\n - a\ncategories:\n - b\n', true, [['categories', 'a'], ['categories', 'b']]],
      ['categories: [a, b]\nauthor: x\n', false, [['categories', 'a'], ['categories', 'b'], ['author', 'x']]],
      ['categories:\n - [a, b]\n - c\n', false, [['categories', 'a'], ['categories', 'b'], ['categories', 'c']]],
    ];
    for (const [fm, simple, expected] of cases) {
      const article = head(fm);
      assert.deepEqual(documentValues(article), expected, fm);
      assert.deepEqual(scannedValues(article), simple ? expected : undefined, fm);
    }
  });

  it('gives every file of seeds/, generated posts and the corpus the YAML document\'s values', () => {
    const texts = [...textsIn(seeds), ...textsIn(corpus), ...[...generatePosts(2000, 5)].map((p): [string, string] => [p.name, p.text])];
    let scanned = 0;
    for (const [name, text] of texts) {
      const article = parseArticle(text);
      const fast = scannedValues(article);
      if (fast) scanned++;
      assert.deepEqual(fast ?? documentValues(article), documentValues(article), name);
    }
    assert.ok(scanned > texts.length * 0.8, `${scanned} of ${texts.length} read by the scan`);
  });

  it('counts for each file the archive-wide problems check gives it', () => {
    // Two copies of one post, a third spelling its category 新浪财經, and one that writes its
    // categories twice (the record reads none: its values are kept).
    const post = (title: string, category: string, extra = '') => `---\ntitle: ${title}\ncategories:\n - 金融\n - ${category}\n${extra}author: 新浪财经\n---\n<p>${'央行宣布下调存款准备金率，释放长期资金约一万亿元。'.repeat(6)}</p>\n`;
    const files: [string, string][] = [
      ['/a/one.md', post('降准', '新浪财经')],
      ['/a/two.md', post('降准', '新浪财经')],
      ...Array.from({ length: 4 }, (_, i): [string, string] => [`/a/other-${i}.md`, post(`其他${i}`, '新浪财经').replace('央行', `第${i}条`.repeat(40))]),
      ['/a/variant.md', post('变体', '新浪财經').replace('央行', '另一篇'.repeat(40))],
      ['/a/twice.md', post('降准', '新浪财經', 'categories:\n - 新浪财經\n')],
    ];
    const settings = hygieneSettings(defaultArchiveConfig());
    const read = files.map(([p, text]) => ({ path: p, article: parseArticle(text) }));
    const facts = read.map((r) => ({ path: r.path, ...archiveFacts(r.path, r.article) }));
    const findings = archiveFindings(facts, settings);
    const counted = archiveProblemCounts(findings, read.map((r, i) => {
      const values = vocabularyValues(r.article, facts[i].record);
      return { path: r.path, record: facts[i].record, sketch: facts[i].sketch, ...(values ? { values } : {}) };
    }));
    const expected = new Map<string, ProblemCounts>();
    for (const r of read) {
      const c = countProblems(archiveProblems(r.article, r.path, findings));
      if (c.byRule.length) expected.set(r.path, c);
    }
    assert.deepEqual(counted, expected);
    for (const p of ['/a/one.md', '/a/two.md', '/a/variant.md', '/a/twice.md']) assert.ok(counted.has(p), p);
    assert.equal(counted.get('/a/twice.md')?.byRule.find(([rule]) => rule === 'vocabulary-variant')?.[1], 2, 'both of twice.md\'s 新浪财經 values');
    assert.ok(vocabularyValues(read[7].article, facts[7].record), 'twice.md keeps its values');
  });
});
