/**
 * The cleaning benchmark's normaliser and scorer (bench/cleanGold/), on small hand-made bodies
 * whose paragraphs and scores are worked out by hand (never on the corpus's text); and, when
 * ../shared/corpus is there, that bench/cleanGold.json still fits it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { findCorpus, readCorpus, readGold, sourceParagraphs } from '../../bench/cleanGold/gold';
import { elementNumbers, markupAsText, normalizeText, paragraph, paragraphHash, splitParagraphs } from '../../bench/cleanGold/paragraphs';
import { GoldParagraph, prf, scoreParagraphs } from '../../bench/cleanGold/score';

const texts = (html: string) => splitParagraphs(html).map((p) => p.text);
const gold = (text: string, withText = true): GoldParagraph => ({ hash: paragraphHash(text), length: [...text].length, text: withText ? text : undefined });

describe('clean benchmark: paragraphs', () => {
  it('splits at block elements and <br>, not at inline markup, and shows no hidden text', () => {
    const html = '<div>  <p>　　Ａ１ b&nbsp;c</p>text<br>more<span>inline</span><script>x()</script><!-- c --><style>p&#123;&#125;</style>' +
      '<noscript>n</noscript><iframe>i</iframe></div><ul><li>one</li><li><a href="#">two</a> <b>2</b></li></ul><table><tr><td>cell</td><td></td></tr></table>';
    assert.deepEqual(texts(html), ['A1 b c', 'text', 'moreinline', 'one', 'two 2', 'cell']);
  });

  it('decodes references once, as a browser does, and drops zero-width characters', () => {
    assert.deepEqual(texts('<p>&#123;x&#125; &amp;amp; a\u200bb\ufeff</p>'), ['{x} &amp; ab']);
  });

  it('normalises NFKC and collapses white space of every kind', () => {
    assert.equal(normalizeText(' \u3000ＡＢＣ\u00a0１２３\n\t\u2003x '), 'ABC 123 x');
  });

  it('counts code points and hashes the UTF-8 with SHA-256', () => {
    assert.deepEqual(paragraph('😀ab'), { text: '😀ab', length: 3, hash: paragraphHash('😀ab'), where: '' });
    assert.equal(paragraphHash('abc'), 'ba7816bf8f01cfea');
  });

  it('gives an element named as written its markup as literal text, one paragraph if it is a block', () => {
    const html = '<p>Listing:</p><pre><code class="c"><form action="">\n 名<input type="text" /><br>\n <b>x</b> &#123;&amp;&#125;\n</form>\n<span class="btn">copy</span></code></pre>';
    const forms = elementNumbers(html).filter((e) => e.tag === 'form');
    assert.deepEqual(forms, [{ n: 4, tag: 'form', startTag: '<form action="">' }]);
    assert.deepEqual(texts(html), ['Listing:', '名', 'x {&}', 'copy']);
    const split = splitParagraphs(html, [4]);
    assert.deepEqual(split.map((p) => p.text), ['Listing:', '<form action=""> 名<input type="text" /><br> <b>x</b> {&} </form>', 'copy']);
    assert.deepEqual(split.map((p) => p.raw !== undefined), [false, true, false]);
  });

  it('takes an element the source never closes as its start tag, inline, and splits what the parser put in it as usual', () => {
    const html = '<ol><li>  r = Get<Renderer>();<br>\n</li><li>next</li></ol>';
    assert.deepEqual(texts(html), ['r = Get();', 'next']);
    const renderer = elementNumbers(html).find((e) => e.tag === 'renderer');
    assert.deepEqual(renderer, { n: 3, tag: 'renderer', startTag: '<Renderer>' });
    const split = splitParagraphs(html, [3]);
    assert.deepEqual(split.map((p) => [p.text, p.where, p.raw]), [['r = Get<Renderer>();', 'ol > li', '<li> r = Get<Renderer>();<br> </li>'], ['next', 'ol > li', undefined]]);
  });

  it('keeps hidden what is hidden, numbers included, when an element is named as written', () => {
    const html = '<div><script>var a = "<b>"</script><template><i>t</i></template><p>A<u>b</u></p><noscript><p>n</p></noscript></div>';
    assert.deepEqual(elementNumbers(html).map((e) => `${e.n}${e.tag}`), ['1div', '2script', '3template', '4p', '5u', '6noscript']);
    assert.deepEqual(splitParagraphs(html, [2, 3, 6]).map((p) => p.text), ['Ab']);
    assert.deepEqual(splitParagraphs(html, [5]).map((p) => p.text), ['A<u>b</u>']);
  });

  it('decodes references in markup taken as text as HTML decodes them in text', () => {
    assert.equal(markupAsText('<a title="&quot;">&#123;&lt;&amp;amp;&nbsp;&copy</a>'), '<a title=""">{<&amp;\u00a0©</a>');
  });

  it('says which block a paragraph sits in', () => {
    assert.deepEqual(splitParagraphs('<div class="a b"><p class="editor">x</p></div>').map((p) => p.where), ['div.a.b > p.editor']);
  });
});

describe('clean benchmark: character-weighted scores', () => {
  const A = 'a'.repeat(10);
  const B = 'b'.repeat(20);
  const C = 'c'.repeat(15) + 'd'.repeat(15);
  const candidates = [A, `${B}责任编辑:某`, 'c'.repeat(15), 'X'.repeat(15), A].map((t) => paragraph(t));

  it('credits exact paragraphs once, gold inside a joined paragraph, and pieces of a gold paragraph', () => {
    // A (10) exact; B (20) inside B + 6 of boilerplate; 15 of C's 30; X and A's second copy are not gold.
    const s = scoreParagraphs([gold(A), gold(B), gold(C)], candidates);
    assert.deepEqual(s, { hit: 45, kept: 76, gold: 60 });
    const { precision, recall, f1 } = prf(s);
    assert.equal(precision, 45 / 76);
    assert.equal(recall, 0.75);
    assert.equal(f1, (2 * (45 / 76) * 0.75) / (45 / 76 + 0.75));
  });

  it('counts only exact paragraphs when the gold text is not at hand', () => {
    assert.deepEqual(scoreParagraphs([gold(A, false), gold(B, false), gold(C, false)], candidates), { hit: 10, kept: 76, gold: 60 });
  });

  it('gives no credit to a partial overlap', () => {
    assert.deepEqual(scoreParagraphs([gold('abcdef')], [paragraph('defgh')]), { hit: 0, kept: 5, gold: 6 });
  });

  it('scores a cleaned body written with other markup as the source it came from', () => {
    const source = splitParagraphs('<div><p>　　One.</p><p class="x">Two&nbsp;two</p><div class="appendQr_wrap">扫码下载</div><p>责任编辑：某</p></div>');
    const decided = [source[0], source[1]].map((p) => gold(p.text));
    assert.deepEqual(prf(scoreParagraphs(decided, splitParagraphs('<p>One.</p>\n<p>Two two</p>'))), { precision: 1, recall: 1, f1: 1 });
    // Keeping the promo and the editor's line: 4 + 6 code points that are not gold, of 4 + 7 + 4 + 6 kept.
    assert.deepEqual(scoreParagraphs(decided, source), { hit: 11, kept: 21, gold: 11 });
  });

  it('is perfect on an empty gold only when nothing is kept', () => {
    assert.deepEqual(prf({ hit: 0, kept: 0, gold: 0 }), { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(prf({ hit: 0, kept: 5, gold: 0 }), { precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(prf({ hit: 0, kept: 0, gold: 5 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('clean benchmark: the gold fits the corpus (../shared/corpus)', function () {
  this.timeout(60_000);
  const root = path.resolve(__dirname, '../../..');
  const corpus = findCorpus(root);
  const CHROMIUM = '/usr/bin/chromium';

  it('has every post, split into as many paragraphs as when it was decided, each gold paragraph among them', function () {
    if (!corpus) {
      console.log('    (skipped: no ../shared/corpus)');
      this.skip();
    }
    const { posts } = readGold(root);
    for (const post of readCorpus(corpus)) {
      const entry = posts[post.key];
      assert.ok(entry, `${post.name}: no gold (bench/cleanGold/goldTool.ts decide)`);
      assert.equal(splitParagraphs(post.body).length, entry.of, `${post.name}: the normaliser splits it differently from when its gold was decided`);
      const hashes = new Map(sourceParagraphs(post.body, entry).map((p) => [p.hash, p.length]));
      for (const [hash, length] of entry.gold) assert.equal(hashes.get(hash), length, `${post.name}: gold paragraph ${hash}`);
      assert.equal(entry.source, post.source, post.name);
    }
  });

  // The gold is what a reader of the source sees: every gold paragraph is in the text Chromium
  // renders for the post's body (scripts off by CSP, as the cleaner's browser test has it); a
  // paragraph that holds markup as written (the post's `asWritten`) is instead in the source's raw
  // markup of its block, taken as text.
  it('holds only paragraphs that Chromium shows for the source', async function () {
    if (!corpus || !fs.existsSync(CHROMIUM)) {
      console.log(`    (skipped: ${corpus ? CHROMIUM : 'no ../shared/corpus'} is not there)`);
      this.skip();
    }
    const { chromium } = createRequire(path.join(root, 'package.json'))('playwright-core') as typeof import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => route.abort());
      const squash = (text: string) => normalizeText(text).replace(/ /g, '');
      const { posts } = readGold(root);
      for (const post of readCorpus(corpus)) {
        await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body>${post.body}</body></html>`);
        const shown = squash(await page.evaluate(() => document.body.innerText));
        const entry = posts[post.key];
        const golden = new Set(entry?.gold.map(([hash]) => hash));
        const ordinary = splitParagraphs(post.body);
        const plain = new Set(ordinary.map((p) => p.hash));
        const unseen = ordinary.filter((p) => golden.has(p.hash) && !shown.includes(squash(p.text)));
        assert.deepEqual(unseen.map((p) => p.hash), [], `${post.name}: gold paragraphs Chromium does not show`);
        const written = sourceParagraphs(post.body, entry).filter((p) => golden.has(p.hash) && !plain.has(p.hash));
        const unwritten = written.filter((p) => p.raw === undefined || !squash(p.raw).includes(squash(p.text)));
        assert.deepEqual(unwritten.map((p) => p.hash), [], `${post.name}: gold paragraphs as written that are not the source's markup`);
        // And what the author wrote as text is on the page: each element taken as written is one Chromium renders (not inside something hidden).
        const numbers = entry?.asWritten ?? [];
        const hidden = await page.evaluate((ns) => {
          const all = document.body.querySelectorAll('*');
          return ns.filter((n) => !all[n - 1]?.checkVisibility({ checkVisibilityCSS: true }));
        }, numbers);
        assert.deepEqual(hidden, [], `${post.name}: elements taken as written that Chromium does not show`);
        const tags = elementNumbers(post.body);
        const chromiumTags = await page.evaluate((ns) => ns.map((n) => document.body.querySelectorAll('*')[n - 1]?.localName), numbers);
        assert.deepEqual(chromiumTags, numbers.map((n) => tags[n - 1]?.tag), `${post.name}: element numbers differ between parse5 and Chromium`);
      }
    } finally {
      await browser.close();
    }
  });
});
