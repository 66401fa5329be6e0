import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { articleRecord } from '../../src/core/index/articleRecord';
import { boundedEditDistance, deletions } from '../../src/core/hygiene/editDistance';
import { foldToSimplified, scriptMix } from '../../src/core/hygiene/scriptFolding';
import { clusterValues, variantMap, vocabularyReport } from '../../src/core/hygiene/vocabulary';
import { vocabularyKey } from '../../src/core/hygiene/vocabularyKey';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'test/fixtures/hygiene');

function fixtureRecords() {
  return fs.readdirSync(fixtures).sort().map((f) => articleRecord(f, parseArticle(fs.readFileSync(path.join(fixtures, f), 'utf8'))));
}

describe('hygiene: vocabulary keys', () => {
  const cases: [string, string][] = [
    ['新浪财经－国內', '新浪财经-国内'],
    ['新浪財經－國內', '新浪财经-国内'],
    ['新浪 财经', '新浪财经'],
    ['新浪\u3000财经 ', '新浪财经'],
    ['ＳＩＮＡ　Ｆｉｎａｎｃｅ', 'sinafinance'],
    ['SINA  finance', 'sinafinance'],
    ['北京日报・识政', '北京日报·识政'],
    ['A—B', 'a-b'],
    ['乾隆', '乾隆'],
  ];
  for (const [value, key] of cases) it(`${JSON.stringify(value)} → ${JSON.stringify(key)}`, () => assert.equal(vocabularyKey(value), key));
});

describe('hygiene: script folding', () => {
  it('folds traditional characters and keeps OpenCC phrases', () => {
    assert.equal(foldToSimplified('頭條 國內 乾隆皇帝 乾淨'), '头条 国内 乾隆皇帝 干净');
  });

  it('counts traditional-only and simplified-only characters, ignoring Japanese', () => {
    assert.deepEqual(scriptMix('新浪财经－国內'), { traditional: 1, simplified: 3 });
    assert.deepEqual(scriptMix('新浪財經－國內'), { traditional: 4, simplified: 0 });
    assert.deepEqual(scriptMix('金融'), { traditional: 0, simplified: 0 });
    assert.deepEqual(scriptMix('乾隆皇帝诗词'), { traditional: 0, simplified: 2 });
    assert.deepEqual(scriptMix('ジョジョの奇妙な冒険 國内'), { traditional: 0, simplified: 0 });
  });
});

describe('hygiene: edit distance', () => {
  const cp = (s: string) => [...s];
  it('is Levenshtein over code points, capped at limit + 1', () => {
    assert.equal(boundedEditDistance(cp('Reuters'), cp('Reuter'), 2), 1);
    assert.equal(boundedEditDistance(cp('kitten'), cp('sitting'), 5), 3);
    assert.equal(boundedEditDistance(cp('kitten'), cp('sitting'), 2), 3);
    assert.equal(boundedEditDistance(cp('😀a'), cp('😀b'), 1), 1);
    assert.equal(boundedEditDistance(cp('abc'), cp('abcdef'), 2), 3);
  });

  it('lists every string reachable by up to `depth` deletions', () => {
    assert.deepEqual([...deletions(cp('abc'), 1)].sort(), ['ab', 'abc', 'ac', 'bc']);
    assert.deepEqual([...deletions(cp('aab'), 2)].sort(), ['a', 'aa', 'aab', 'ab', 'b']);
  });
});

describe('hygiene: clusters', () => {
  const v = (value: string, count: number) => ({ value, count });

  it('joins script, width, case and space variants and settles on the unmixed, most used spelling', () => {
    const clusters = clusterValues('categories', [v('新浪财经－国內', 10), v('新浪财经－国内', 2), v('新浪财经－国际', 4), v('Sina Finance', 1), v('SINA  finance', 1)]);
    assert.deepEqual(clusters, [
      { field: 'categories', dominant: '新浪财经－国内', values: [v('新浪财经－国内', 2), v('新浪财经－国內', 10)], count: 12 },
      { field: 'categories', dominant: 'Sina Finance', values: [v('Sina Finance', 1), v('SINA  finance', 1)], count: 2 },
    ]);
  });

  it('joins Latin spellings a few edits apart, relative to length, but never different ideographs', () => {
    const clusters = clusterValues('author', [v('Reuters', 3), v('Reuter', 1), v('AP', 2), v('AFP', 2), v('新华社记者', 2), v('新华社编辑', 1), v('Bloomberg News', 2), v('Bloomberg Newz', 1)]);
    assert.deepEqual(clusters.map((c) => c.values.map((x) => x.value)), [['Reuters', 'Reuter'], ['Bloomberg News', 'Bloomberg Newz']]);
  });

  it('does not join short values that differ by one letter', () => {
    assert.deepEqual(clusterValues('tags', [v('Java', 1), v('Lava', 1), v('cat', 1), v('car', 1)]), []);
  });
});

describe('hygiene: vocabulary report', () => {
  it('counts and clusters the fixture archive', () => {
    const report = vocabularyReport(fixtureRecords());
    assert.deepEqual(report.categories.values, [
      { value: '新闻', count: 5 },
      { value: '新浪财经－国内', count: 3 },
      { value: 'News', count: 2 },
      { value: '新浪财经－国內', count: 2 },
      { value: 'SINA  finance', count: 1 },
      { value: 'Sina Finance', count: 1 },
    ]);
    assert.deepEqual(report.categories.clusters.map((c) => [c.dominant, c.values.map((x) => `${x.value}×${x.count}`)]), [
      ['新浪财经－国内', ['新浪财经－国内×3', '新浪财经－国內×2']],
      ['Sina Finance', ['Sina Finance×1', 'SINA  finance×1']],
    ]);
    assert.deepEqual(report.categories.mixedScript, [{ value: '新浪财经－国內', count: 2, suggestion: '新浪财经－国内' }]);
    assert.deepEqual(report.author.clusters.map((c) => c.values.map((x) => `${x.value}×${x.count}`)), [
      ['新浪财经×4', '新浪 财经×1'],
      ['Reuter×1', 'Reuters×1'],
    ]);
    assert.deepEqual(report.tags.clusters.map((c) => c.values.map((x) => x.value)), [['Earnings', 'earnings']]);
    assert.deepEqual(report.source.values, [{ value: '城市晚报', count: 3 }, { value: '港口周刊', count: 1 }, { value: '都市日报', count: 1 }]);
    assert.deepEqual(report.source.clusters, []);
  });

  it('advises each variant spelling, and a simplified form for a lone mixed-script value', () => {
    const seed = articleRecord('seed', parseArticle(fs.readFileSync(path.join(repo, 'seeds/000_e84b391c27bbb68a.txt'), 'utf8')));
    const advice = variantMap(vocabularyReport([seed]));
    assert.deepEqual([...advice.categories], [['新浪财经－国內', { preferred: '新浪财经－国内', reason: 'mixed-script', preferredCount: 0 }]]);
    const fixtureAdvice = variantMap(vocabularyReport(fixtureRecords()));
    assert.deepEqual([...fixtureAdvice.categories], [
      ['新浪财经－国內', { preferred: '新浪财经－国内', reason: 'variant', preferredCount: 3 }],
      ['SINA  finance', { preferred: 'Sina Finance', reason: 'variant', preferredCount: 1 }],
    ]);
    assert.deepEqual([...fixtureAdvice.author], [
      ['新浪 财经', { preferred: '新浪财经', reason: 'variant', preferredCount: 4 }],
      ['Reuters', { preferred: 'Reuter', reason: 'variant', preferredCount: 1 }],
    ]);
  });
});
