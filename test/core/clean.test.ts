/**
 * The cleaner on the seed (compared with a fixture, exactly) and rule by rule on small inputs.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { cleanArticleText, cleanBody, detectProfile, removalSummary, removalSummaryText, sanitizeOriginal } from '../../src/core/clean';

const root = path.resolve(__dirname, '../../..');
const seed = parseArticle(fs.readFileSync(path.join(root, 'seeds/000_e84b391c27bbb68a.txt'), 'utf8'));
const expectedSeed = fs.readFileSync(path.join(root, 'test/fixtures/clean/seed.cleaned.html'), 'utf8');

const paragraphs = (html: string) => [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);

describe('clean: the seed', () => {
  const result = cleanBody(seed.body, { eol: seed.eol });

  it('gives exactly the fixture', () => {
    assert.equal(result.html, expectedSeed);
  });

  it('keeps all 11 article paragraphs, stock names included, and nothing else', () => {
    const ps = paragraphs(result.html);
    assert.equal(ps.length, 11);
    assert.ok(ps.every((p) => p.startsWith('　　') && !p.includes('<')));
    assert.ok(ps[6].includes('办好中国国际服务贸易交易会、中关村论坛、金融街论坛，提升中欧人才论坛影响力。'));
    assert.equal(ps[10], '　　市委人才工作领导小组领导，市人大常委会、市政府、市政协秘书长，领导小组成员单位主要负责同志，十六区和市各有关单位主要负责同志等分别在主会场和分会场参加。');
  });

  it('removes each boilerplate kind', () => {
    for (const gone of ['<!--', '<style', 'appendQr', '新浪财经APP', 'quote_', 'stock_', 'class=', 'keyword', 'article-editor', '责任编辑', '来源：', '撰文：', '&#123;', '<img']) {
      assert.ok(!result.html.includes(gone), `${gone} is gone`);
    }
  });

  it('reports each rule with counts, bytes and samples', () => {
    assert.equal(result.profile, 'sina');
    assert.deepEqual(result.removed.map((r) => [r.rule, r.count, r.bytes]), [
      ['comments', 11, 322],
      ['promo-blocks', 1, 315],
      ['style-blocks', 1, 329],
      ['stock-links', 2, 370],
      ['quote-placeholders', 2, 66],
      ['editor-line', 1, 57],
      ['byline', 2, 83],
    ]);
    assert.deepEqual(result.removed[0].samples, ['<!-- news_keyword_pub,stock,sz000402&sz000931 -->', '<!-- 正文下iframe -->', '<!-- 正文下iframe -->']);
    assert.deepEqual(result.removed[5].samples, ['<p class="article-editor">责任编辑：梁斌 SF055</p>']);
    assert.equal(removalSummaryText(removalSummary(result.removed), 'en'), 'Removed: 11 comments, 1 promo block, 1 style block, 2 stock links, 2 quote spans, 1 editor line, 2 bylines (1.5 KB)');
  });

  it('moves the editor, source and writer lines into the metadata', () => {
    assert.deepEqual(result.meta, { editor: '梁斌 SF055', source: '北京日报·识政', writer: '祁梦竹 范俊生' });
    assert.deepEqual(result.failures, []);
  });

  it('is idempotent', () => {
    assert.equal(cleanBody(result.html).html, result.html);
    assert.deepEqual(cleanBody(result.html).removed, []);
  });

  it('marks removed parts in place with the same counts, keeping the kept text identical', () => {
    const marked = cleanBody(seed.body, { mode: 'mark' });
    assert.deepEqual(marked.removed, result.removed);
    assert.equal((marked.html.match(/class="na-removed na-source" data-na-rule="comments"/g) ?? []).length, 11);
    assert.ok(marked.html.includes('<span class="na-unwrapped" data-na-rule="stock-links">中关村</span>'));
    assert.ok(marked.html.includes('<div class="na-removed" data-na-rule="editor-line"><p>责任编辑：梁斌 SF055</p></div>'));
    assert.ok(marked.html.includes('<span class="na-removed na-source" data-na-rule="style-blocks">&lt;style&gt;'));
  });

  it('writes the file: front matter unchanged, 来源, 撰文 and 责任编辑 kept for the index and the card, one edit', () => {
    const { edit, result: written } = cleanArticleText(seed);
    assert.ok(edit);
    assert.equal(edit.start, seed.bodyStart);
    assert.equal(edit.end, seed.text.length);
    const text = seed.text.slice(0, edit.start) + edit.newText;
    assert.equal(text.slice(0, seed.bodyStart), seed.text.slice(0, seed.bodyStart));
    assert.ok(edit.newText.includes('<p>　　来源：北京日报·识政</p>\n<p>　　撰文：祁梦竹 范俊生</p>\n<p>责任编辑：梁斌 SF055</p>\n</div>'));
    assert.equal(written.meta.source, '北京日报·识政');
    assert.deepEqual(written.removed.map((r) => r.rule).filter((r) => r === 'editor-line' || r === 'byline'), []);
    // What the card shows after Clean Article is what it showed before.
    assert.deepEqual(cleanBody(parseArticle(text).body).meta, cleanBody(seed.body).meta);
    assert.equal(cleanArticleText(parseArticle(text)).edit, undefined);
  });
});

describe('clean: entities stay as written', () => {
  it('never turns &#123; &#125; or any reference into raw characters', () => {
    const body = '<div><p>a &#123;&#123; x &#125;&#125; &nbsp;&amp;&lt;b&gt; &copy; &#x7B; &lbrace;</p><p title="&#123;t&#125;">x</p></div>';
    assert.equal(cleanBody(body).html, '<div><p>a &#123;&#123; x &#125;&#125; &nbsp;&amp;&lt;b&gt; &copy; &#x7B; &lbrace;</p><p>x</p></div>');
    assert.equal(cleanBody(body, { mode: 'mark' }).html, '<div><p>a &#123;&#123; x &#125;&#125; &nbsp;&amp;&lt;b&gt; &copy; &#x7B; &lbrace;</p><p>x</p></div>');
    assert.equal(sanitizeOriginal(body), '<div><p>a &#123;&#123; x &#125;&#125; &nbsp;&amp;&lt;b&gt; &copy; &#x7B; &lbrace;</p><p>x</p></div>');
  });

  it('keeps references inside code shown as text, and escapes bare ampersands', () => {
    assert.equal(
      cleanBody('<pre><code><form action="">&#123;x&#125; a&b</form></code></pre>').html,
      '<pre><code>&lt;form action=""&gt;&#123;x&#125; a&amp;b&lt;/form&gt;</code></pre>',
    );
    assert.equal(cleanBody('<p><a href="https://x.cn/?a=1&b=2&amp;c=3">l</a></p>').html, '<p><a href="https://x.cn/?a=1&amp;b=2&amp;c=3">l</a></p>');
  });

  it('keeps a raw brace only where the input already had one', () => {
    assert.equal(cleanBody('<p>{{ x }}</p>').html, '<p>{{ x }}</p>');
  });
});

/** [name, input, expected cleaned html, expected rule ids]. */
const CASES: [string, string, string, string[]][] = [
  ['comments', '<p>a<!-- x -->b</p>', '<p>ab</p>', ['comments']],
  ['hidden-markup comments', '<p>a</p><!--article_adlist[<p>ad</p>]article_adlist--><!-- c -->', '<p>a</p>', ['hidden-markup-comments', 'comments']],
  ['app-kaihu-qr promo', '<p>a</p><div class="app-kaihu-qr"><span>开户</span><img src="https://x.cn/q.png"></div><span id="stock_x"></span>', '<p>a</p>', ['promo-blocks']],
  ['金麒麟 blockquote', '<blockquote><p>炒股就看<a href="https://finance.sina.com.cn/stock/reportch/jinqilin.shtml">金麒麟分析师研报</a></p></blockquote><p cms-style="font-L">a</p>', '<p>a</p>', ['promo-blocks']],
  ['video-2017', '<div class="video-2017" id="videoList0" style></div>\n<!--/video-list-->\n<p cms-style="x">a</p>', '<p>a</p>', ['comments', 'video-blocks']],
  ['script, noscript, template', '<p>a</p><script>x()</script><noscript><img src="https://x.cn/a"></noscript><template><p>t</p></template>', '<p>a</p>', ['scripts']],
  ['embeds', '<p>a</p><iframe src="https://x.cn"></iframe><object data="x"></object><embed src="x">', '<p>a</p>', ['embeds']],
  ['forms', '<p>a</p><form action="/x"><input name="q"><button>go</button></form>', '<p>a</p>', ['forms']],
  ['head elements', '<meta http-equiv="refresh" content="0;url=x"><base href="https://evil/"><link rel="stylesheet" href="x"><p>a</p>', '<p>a</p>', ['head-elements']],
  ['event handlers', '<p onclick="x()">a<img src="https://x.cn/a.png" oncontextmenu="return false" alt="i"></p>', '<p>a<img src="https://x.cn/a.png" alt="i" /></p>', ['event-handlers']],
  ['script links', '<p><a href="javascript:;">向前</a> and <a href="https://x.cn">ok</a></p>', '<p>向前 and <a href="https://x.cn">ok</a></p>', ['script-links']],
  ['hidden elements', '<p>a<a href="https://z.cn" hidden>查看原文</a></p><div style="display: none">x</div>', '<p>a</p>', ['hidden-elements']],
  ['nested stock spans', '<p>于<span id="stock_a"><a class="keyword" href="https://f/a"><span id="stock_b"></span></a><a class="keyword" href="https://f/b">沪深300指数</a></span><span id="quote_b"></span><span id="quote_a"></span>及</p><div class="appendQr_wrap"></div>', '<p>于沪深300指数及</p>', ['promo-blocks', 'stock-links', 'quote-placeholders']],
  ['original title', '<p cms-style="x">　　<font cms-style="strong-Bold">原标题 A“B”</font></p><p>x</p>', '<p>x</p>', ['original-title']],
  ['cms fonts', '<p cms-style="x">a<font cms-style="font-L strong-Bold"><font cms-style="strong-Bold">b</font></font><font cms-style="font-L">c</font></p>', '<p>a<strong>b</strong>c</p>', ['cms-fonts']],
  ['copy buttons', '<pre><code>x\n<span class="copy-code-btn">复制代码</span></code></pre><em onclick="copycode($(\'c\'));">复制代码</em>', '<pre><code>x\n</code></pre>', ['copy-buttons']],
  ['code markup as text', '<pre><code class="copyable"><form action="" oninput = "x()">\n <input type="range"></form></code></pre>', '<pre><code>&lt;form action="" oninput = "x()"&gt;\n &lt;input type="range"&gt;&lt;/form&gt;</code></pre>', ['code-markup-as-text']],
  ['highlighted code stays', '<pre><code><span class="k">int</span> x;</code></pre>', '<pre><code><span>int</span> x;</code></pre>', []],
  ['stray tags as text', '<ol><li>r = GetComponent<Renderer>();<br>\n</li></ol>', '<ol><li>r = GetComponent&lt;Renderer&gt;();<br />\n</li></ol>', ['stray-tags-as-text']],
  ['empty paragraphs and containers', '<div><p>&nbsp;</p><p>　　</p><p><br></p><div class="img_wrapper"><img src="https://x.cn/a.jpg"><span class="img_descr"></span></div><div><span> </span></div></div>', '<div><div><img src="https://x.cn/a.jpg" /></div></div>', ['empty-paragraphs', 'empty-containers']],
  ['blank-line runs collapse', '\n<div>   \n<p>a</p>\n\n\n\n<!-- x -->\n\n\n<p>b</p>\n  \n</div>\n            ', '\n<div>\n<p>a</p>\n<p>b</p>\n</div>\n', ['comments']],
];

describe('clean: rule by rule', () => {
  for (const [name, input, expected, rules] of CASES) {
    it(name, () => {
      const result = cleanBody(input);
      assert.equal(result.html, expected);
      assert.deepEqual(result.removed.map((r) => r.rule), rules);
      const marked = cleanBody(input, { mode: 'mark' });
      assert.deepEqual(marked.removed.map((r) => [r.rule, r.count, r.bytes]), result.removed.map((r) => [r.rule, r.count, r.bytes]));
    });
  }

  it('takes extra selectors from .newsarchive.json', () => {
    const result = cleanBody('<div class="ad">buy</div><section class="wrap"><p>a</p></section><p class="x">b</p>', {
      selectors: { remove: ['.ad', 'p.x', '::invalid('], unwrap: ['section.wrap'] },
    });
    assert.equal(result.html, '<p>a</p>');
    assert.deepEqual(result.removed.map((r) => [r.rule, r.count]), [['config-remove', 2], ['config-unwrap', 1]]);
  });

  it('detects the sina profile from its markup only', () => {
    assert.equal(detectProfile(seed.body), 'sina');
    assert.equal(detectProfile('<div><p>新浪财经 is a name, not markup</p></div>'), 'generic');
    assert.equal(detectProfile('<p class="article-editor">责任编辑：x</p>'), 'sina');
  });

  it('uses the body offsets for data-na-offset in the preview, and placeholders for blocked images', () => {
    const body = '\n<div>\n<p>a</p>\n<p><img src="https://n.sinaimg.cn/x/w570h653/a.jpg" alt="图"></p></div>';
    const blocked = cleanBody(body, { preview: { images: 'block' } }).html;
    assert.equal(blocked, '\n<div data-na-offset="1">\n<p data-na-offset="7">a</p>\n<p data-na-offset="16"><span class="na-img" data-na-offset="19">图 · 570×653 · n.sinaimg.cn</span></p></div>');
    const allowed = cleanBody('<p><img src="//x.cn/a.jpg"></p>', { preview: { images: 'allow' } }).html;
    assert.equal(allowed, '<p data-na-offset="0"><img src="https://x.cn/a.jpg" data-na-offset="3" referrerpolicy="no-referrer" loading="lazy" /></p>');
  });
});
