/**
 * Each site profile on a post of our own writing in that site's markup (test/fixtures/clean/
 * profiles/<profile>.md): the profile is recognised (from the markup, or from the feed names of
 * the front matter where the markup says nothing of the site), the cleaned body is exactly
 * <profile>.cleaned.html, each removal is named as <profile>.expected.json lists it, marking
 * counts the same, and cleaning again changes nothing.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { cleanArticleText, cleanBody, detectProfile, feedNames, PROFILES } from '../../src/core/clean';
import { previewContent } from '../../src/preview/previewContent';

const dir = path.resolve(__dirname, '../../../test/fixtures/clean/profiles');
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

describe('clean: site profiles on fixtures of their markup', () => {
  it('has a fixture for every profile (sina\'s is the seed: test/fixtures/clean/seed.cleaned.html)', () => {
    assert.deepEqual(fixtures.map((f) => f.replace(/\.md$/, '')), Object.keys(PROFILES).filter((p) => p !== 'sina').sort());
  });

  for (const file of fixtures) {
    const id = file.replace(/\.md$/, '');
    it(id, () => {
      const article = parseArticle(fs.readFileSync(path.join(dir, file), 'utf8'));
      const feed = feedNames(article);
      const result = cleanBody(article.body, { eol: article.eol, feed });
      assert.equal(result.profile, id);
      assert.equal(result.html, fs.readFileSync(path.join(dir, `${id}.cleaned.html`), 'utf8'));
      const expected = JSON.parse(fs.readFileSync(path.join(dir, `${id}.expected.json`), 'utf8')) as { removed: [string, number][] };
      assert.deepEqual(result.removed.map((r) => [r.rule, r.count]), expected.removed);
      const marked = cleanBody(article.body, { eol: article.eol, feed, mode: 'mark' });
      assert.deepEqual(marked.removed.map((r) => [r.rule, r.count, r.bytes]), result.removed.map((r) => [r.rule, r.count, r.bytes]));
      assert.equal(cleanBody(result.html, { eol: article.eol, profile: id as typeof result.profile }).html, result.html);
    });
  }

  it('recognises a site from its markup before its feed names', () => {
    assert.equal(detectProfile('<p><img src="https://img.3dmgame.com/a.jpg"></p>', ['金融', '新浪财经']), '3dmgame');
    assert.equal(detectProfile('<p>纯文字</p>', ['金融', '雪球', '基金净值更新']), 'xueqiu');
    assert.equal(detectProfile('<p>纯文字</p>', ['杂谈']), 'generic');
    assert.equal(detectProfile('<p>纯文字</p>'), 'generic');
  });

  it('reads the feed names where Hexo reads no front matter (piled quotes)', () => {
    const article = parseArticle('\n---\ntitle: """"\'SP\'""""\ncategories: \n    - 二次元\n    - AGE 动漫 - 番剧详情\nauthor: AGE 动漫 - 番剧详情\n---\n\n<div>SP</div>');
    assert.deepEqual(article.fields.categories, []);
    assert.equal(cleanBody(article.body, { feed: feedNames(article) }).profile, 'age-anime');
  });

  it('keeps 快科技\'s 责任编辑 line in the file (Clean Article) while the preview moves it to the card', () => {
    const article = parseArticle(fs.readFileSync(path.join(dir, 'kuaikeji.md'), 'utf8'));
    const { edit, result } = cleanArticleText(article);
    assert.ok(edit);
    assert.ok(edit.newText.includes('<p>责任编辑：若风</p>'), edit.newText);
    assert.ok(!edit.newText.includes('THE END') && !edit.newText.includes('转载请注明出处') && !edit.newText.includes('#特斯拉#'));
    assert.equal(result.meta.editor, '若风');
  });

  it('keeps 知乎日报\'s author name and GameRes\'s 来源 line in the file, which the preview shows on the card', () => {
    const zhihu = parseArticle(fs.readFileSync(path.join(dir, 'zhihu-daily.md'), 'utf8'));
    const z = cleanArticleText(zhihu);
    assert.ok(z.edit && /<p>\s*<span class="author">李四，<\/span>\s*<\/p>/.test(z.edit.newText), z.edit?.newText);
    assert.ok(!z.edit.newText.includes('13800000000') && !z.edit.newText.includes('avatar'));
    // The card reads the writer from the cleaned file as from the original.
    const writer = (text: string) => previewContent(parseArticle(text), { view: 'cleaned', images: 'block' }).header.writer;
    const after = zhihu.text.slice(0, z.edit.start) + z.edit.newText;
    assert.deepEqual([writer(zhihu.text), writer(after)], ['李四', '李四']);
    const gameres = parseArticle(fs.readFileSync(path.join(dir, 'gameres.md'), 'utf8'));
    const g = cleanArticleText(gameres);
    assert.ok(g.edit && g.edit.newText.includes('来源：某某官方平台') && g.edit.newText.includes('原文：https://mp.weixin.qq.com/s/abc'));
    assert.equal(g.result.meta.source, '某某官方平台');
  });
});
