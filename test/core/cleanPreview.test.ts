/**
 * What the preview computes without VS Code: header, body per view, footer, blocked images,
 * the cut of a very long body; and the narrowing of what the webview sends.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { isFromWebview, isPreviewState, isToWebview } from '../../src/preview/messageGuards';
import { removalSummaryText } from '../../src/core/clean';
import { previewablePart, previewContent } from '../../src/preview/previewContent';

const root = path.resolve(__dirname, '../../..');
const seed = parseArticle(fs.readFileSync(path.join(root, 'seeds/000_e84b391c27bbb68a.txt'), 'utf8'));

describe('clean: preview content', () => {
  it('fills the header card from the front matter and the cleaner metadata', () => {
    const c = previewContent(seed, { view: 'cleaned', images: 'block' });
    assert.deepEqual(c.header, {
      title: '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务',
      date: '2021-11-15T23:46:59.000Z',
      dateRaw: 'Mon, 15 Nov 2021 23:46:59 GMT',
      zoneless: false,
      author: '新浪财经',
      categories: ['金融', '新浪财经', '新浪财经－国內'],
      source: '北京日报·识政',
      writer: '祁梦竹 范俊生',
      editor: '梁斌 SF055',
      originalTitle: undefined,
    });
    assert.equal(removalSummaryText(c.summary, 'en'), 'Removed: 11 comments, 1 promo block, 1 style block, 2 stock links, 2 quote spans, 1 editor line, 2 bylines (1.5 KB)');
    assert.equal(c.bodyLength, seed.body.length);
    assert.equal(c.truncated, undefined);
  });

  it('gives each view its body, with source offsets, and the same footer', () => {
    const cleaned = previewContent(seed, { view: 'cleaned', images: 'block' });
    const marked = previewContent(seed, { view: 'marked', images: 'block' });
    const original = previewContent(seed, { view: 'original', images: 'block' });
    assert.ok(cleaned.body.startsWith('\n<div data-na-offset="1">\n<p data-na-offset="10">　　北京力争'));
    assert.equal(seed.body.slice(10, 13), "<p>");
    assert.equal((marked.body.match(/class="na-removed/g) ?? []).length, 11 + 1 + 1 + 2 + 1 + 2);
    assert.ok(original.body.includes('海量资讯、精准解读，尽在新浪财经APP') && !original.body.includes('<style'));
    assert.ok(original.body.includes('<span class="na-img" data-na-offset="'));
    assert.deepEqual(marked.summary, cleaned.summary);
    assert.deepEqual(original.summary, cleaned.summary);
  });

  it('counts the article\'s images the same in every view: the cleaned article\'s, not the removed promo\'s', () => {
    const article = parseArticle([
      '---', 'title: images', '---', '<div>',
      '<p>　　正文。</p>',
      '<p><img src="https://n.sinaimg.cn/a/w640h480/1.jpg"></p>',
      '<div class="clearfix appendQr_wrap"><img src="https://n.sinaimg.cn/qr.png"></div>',
      '<p><img src="https://n.sinaimg.cn/a/2.jpg" alt="图二"></p>',
      '</div>',
    ].join('\n'));
    for (const images of ['block', 'allow'] as const) {
      const counts = (['cleaned', 'marked', 'original'] as const).map((view) => previewContent(article, { view, images }).images);
      assert.deepEqual(counts, [1, 2, 3].map(() => ({ policy: images, count: 2 })), images);
    }
    const original = previewContent(article, { view: 'original', images: 'block', imageLabel: '图片' }).body;
    assert.equal((original.match(/class="na-img"/g) ?? []).length, 3);
    assert.ok(original.includes('>图片 · 640×480 · n.sinaimg.cn<') && original.includes('>图二 · n.sinaimg.cn<'), original);
  });

  it('previews a very long body up to a paragraph end', () => {
    const p = '<p>　　一段文字。</p>\n';
    const body = `<div>\n${p.repeat(100)}</div>`;
    const part = previewablePart(body, 500);
    assert.ok(part.endsWith('</p>') && part.length <= 500 && body.startsWith(part));
    const long = parseArticle(`---\ntitle: x\n---\n${p.repeat(80_000)}`);
    const c = previewContent(long, { view: 'cleaned', images: 'block' });
    assert.ok(c.truncated && c.truncated.shown <= 1_000_000 && c.truncated.total === long.body.length);
  });

  it('accepts only well-formed messages from the webview', () => {
    assert.equal(isFromWebview({ type: 'reveal', offset: 12 }), true);
    assert.equal(isFromWebview({ type: 'reveal', offset: -1 }), false);
    assert.equal(isFromWebview({ type: 'setView', view: 'marked' }), true);
    assert.equal(isFromWebview({ type: 'setView', view: 'raw' }), false);
    assert.equal(isFromWebview({ type: 'openLink', href: 1 }), false);
    assert.equal(isFromWebview({ type: 'run', code: 'x' }), false);
    assert.equal(isFromWebview(null), false);
    assert.equal(isPreviewState({ uri: 'file:///a.md', locked: true, view: 'original', scrollY: 10 }), true);
    assert.equal(isPreviewState({ uri: 'file:///a.md', locked: 'yes', view: 'original', scrollY: 10 }), false);
    assert.equal(isFromWebview({ type: 'scrolled', uri: 'file:///a.md', offset: -1, byReader: true }), true);
    assert.equal(isFromWebview({ type: 'scrolled', uri: 'file:///a.md', offset: Number.NaN, byReader: true }), false);
    assert.equal(isFromWebview({ type: 'described', id: 1, state: { uri: 'x' } }), false);
  });

  it('accepts only well-formed messages from the extension on the page', () => {
    assert.equal(isToWebview({ type: 'scrollTo', uri: 'file:///a.md', offset: 120 }), true);
    assert.equal(isToWebview({ type: 'scrollTo', uri: 'file:///a.md' }), false);
    assert.equal(isToWebview({ type: 'describe', id: 3 }), true);
    assert.equal(isToWebview({ type: 'render', uri: 'file:///a.md', version: 1, view: 'cleaned', body: '<p>x</p>' }), false);
    assert.equal(isToWebview({ type: 'eval', code: 'x' }), false);
  });
});
