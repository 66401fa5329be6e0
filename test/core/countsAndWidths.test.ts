/**
 * Counts read right in both languages ("1 article", "0 articles", "3 篇文章"), and the CLI's text
 * lines up in a terminal where CJK (East Asian Wide and Fullwidth) characters take two columns.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COUNTED, countKey, isEnglishOne } from '../../src/core/countWords';
import { count, setLocale } from '../../src/cli/l10n';
import { main } from '../../src/cli/main';
import { charWidth, clipToWidth, padEnd, textWidth } from '../../src/cli/textWidth';

const root = path.resolve(__dirname, '../../..');
const bundleZh = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) }, {});
  return { code, out, err };
}

describe('counts in words', () => {
  afterEach(() => setLocale('en'));

  it('takes English singular for one only, by CLDR rules', () => {
    assert.deepEqual([0, 1, 2, 1.5, 21, 101].map(isEnglishOne), [false, true, false, false, false, false]);
    assert.equal(countKey('article', 1), '{0} article');
    assert.equal(countKey('article', 0), '{0} articles');
    assert.equal(countKey('fix', 2), '{0} fixes');
  });

  it('writes each counted thing in English and in Chinese with its measure word', () => {
    const en = (['article', 'problem', 'error', 'warning', 'info', 'hint', 'group', 'fix'] as const).map((w) => [count(w, 1), count(w, 2)]);
    assert.deepEqual(en, [
      ['1 article', '2 articles'], ['1 problem', '2 problems'], ['1 error', '2 errors'], ['1 warning', '2 warnings'],
      ['1 info', '2 info'], ['1 hint', '2 hints'], ['1 group', '2 groups'], ['1 fix', '2 fixes'],
    ]);
    setLocale('zh-cn');
    assert.deepEqual([count('article', 1), count('article', 3), count('problem', 1), count('info', 2), count('otherArticle', 2)], ['1 篇文章', '3 篇文章', '1 个问题', '2 条信息', '另外 2 篇文章']);
  });

  it('has both forms of every counted thing in the Chinese bundle, the same for one and other', () => {
    const lacking = Object.entries(COUNTED).filter(([, f]) => !bundleZh[f.one] || !bundleZh[f.other] || bundleZh[f.one] !== bundleZh[f.other]);
    assert.deepEqual(lacking, []);
  });

  it('prints "1 hint", not "1 hints", in the check summary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-counts-'));
    try {
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, '---\ntitle: 标题 \ndate: 2021-11-15T23:46:59+08:00\n---\n<p>正文</p>\n');
      const r = await run(['check', file]);
      assert.equal(r.err, '1 problem (0 errors, 0 warnings, 0 info, 1 hint) in 1 article\n');
      assert.equal((await run(['check', file, '--lang', 'zh-cn'])).err, '1 个问题（0 个错误，0 个警告，0 条信息，1 条提示），共 1 篇文章\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('terminal column widths', () => {
  it('counts CJK, fullwidth forms and emoji as two, marks and zero-width characters as none', () => {
    const cases: [string, number][] = [
      ['a', 1], ['中', 2], ['－', 2], ['，', 2], ['\u3000', 2], ['國', 2], ['한', 2], ['カ', 2], ['ｶ', 1],
      ['📉', 2], ['\u200b', 0], ['\u200d', 0], ['\u0301', 0], ['\ufeff', 0], ['·', 1], ['…', 1], ['█', 1], ['é', 1], ['\u{20000}', 2],
    ];
    assert.deepEqual(cases.map(([c]) => [c, charWidth(c)]), cases);
  });

  it('measures, pads and clips mixed text by columns', () => {
    assert.equal(textWidth('新浪财经－国內 (2)'), 18);
    assert.equal(textWidth('Sina 财经'), 9);
    assert.equal(padEnd('财经', 6), '财经  ');
    assert.equal(padEnd('ab', 6), 'ab    ');
    assert.equal(clipToWidth('北京力争率先建成', 9), '北京力争…');
    assert.equal(clipToWidth('北京力争', 8), '北京力争');
    assert.equal(clipToWidth('abcdefghij', 5), 'abcd…');
  });

  it('lines up the index table and the stats bars under Chinese titles and categories', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-width-'));
    try {
      const post = (name: string, title: string, category: string) =>
        fs.writeFileSync(path.join(dir, name), `---\ntitle: ${title}\ndate: 2021-11-15T23:46:59+08:00\ncategories: [${category}]\nauthor: 新浪\n---\n<p>${title}</p>\n`);
      post('a.md', 'Plain title', 'News');
      post('b.md', '北京力争率先建成高水平人才高地', '新浪财经－国内');
      const table = (await run(['index', dir])).out.trim().split('\n');
      const rows = table.slice(1, 3);
      // The category column starts at the same terminal column on every row.
      const columnOf = (line: string, cell: string) => textWidth(line.slice(0, line.indexOf(cell)));
      assert.equal(columnOf(rows[0], 'News'), columnOf(rows[1], '新浪财经－国内'));
      assert.equal(columnOf(rows[0], '新浪'), columnOf(rows[1], '新浪 '), 'the author column too');
      const stats = (await run(['stats', dir])).out.split('\n');
      const bars = stats.slice(stats.indexOf('Categories:') + 1, stats.indexOf('Categories:') + 3);
      assert.equal(bars.length, 2);
      assert.equal(textWidth(bars[0].slice(0, bars[0].indexOf('█'))), textWidth(bars[1].slice(0, bars[1].indexOf('█'))));
      const zh = (await run(['stats', dir, '--lang', 'zh-cn'])).out.split('\n');
      assert.equal(zh[0], '2 篇文章：0 篇无日期，2 篇无来源，0 篇无分类');
      assert.ok(zh.includes('分类：'), zh.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
