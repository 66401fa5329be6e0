/**
 * Nothing a browser shows is lost: a differential test against headless Chromium. For every post
 * of seeds/, ../shared/corpus (when present) and a generated set of malformed bodies, Chromium
 * reads the original body, the cleaned body (as `clean --write` writes it) and the marked body
 * (the preview's "Show removed", where each rule's removal is wrapped and named). Every text node
 * Chromium renders for the original must be in the rendered text of the cleaned body, or inside a
 * removal a named rule reported. One browser and one page for the file, bodies batched; skipped with a message
 * where /usr/bin/chromium is absent (CI installs it).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseArticle } from '../../src/core/article/article';
import { cleanBody } from '../../src/core/clean';
import { CORPUS } from './corpusFolder';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(__dirname, '../../..');
const corpus = CORPUS;

interface Body {
  name: string;
  html: string;
}

function postsIn(dir: string): Body[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').sort().map((f) => {
    const article = parseArticle(fs.readFileSync(path.join(dir, f), 'utf8'));
    return { name: `${path.basename(dir)}/${f}`, html: article.body };
  });
}

/** Elements the standard's tree builder treats specially, each left open, misnested or stray. */
const SPECIAL = [
  'svg', 'math', 'select', 'option', 'optgroup', 'textarea', 'title', 'noscript', 'xmp', 'noembed', 'noframes',
  'object', 'applet', 'iframe', 'style', 'script', 'template', 'table', 'tbody', 'tr', 'td', 'th', 'caption',
  'colgroup', 'a', 'b', 'i', 'font', 'nobr', 'em', 'p', 'li', 'dd', 'h2', 'pre', 'listing', 'form', 'button',
  'marquee', 'frameset', 'image', 'keygen', 'ruby', 'rt', 'code', 'span', 'div', 'blockquote', 'center',
];

/** Each template holds text words W0…W3 around the element X. */
const TEMPLATES = [
  '<p>W0</p><X>W1<p>W2</p><div>W3</div>',
  '<div><p>W0<X>W1</p>W2</div><p>W3</p>',
  '<b>W0<X>W1</b>W2</X><p>W3</p>',
  '<table><tr><td>W0</td><X>W1</X>W2</tr></table><p>W3</p>',
  '<X>W0<X>W1</X>W2<p>W3</p>',
  '<p>W0</X>W1</p></X><div>W2</div>W3',
  '<ul><li>W0<X>W1<li>W2</ul><p>W3</p>',
  '<p>W0<X title="W9">W1<table><td>W2</table>W3',
  '<a href="https://example.cn/">W0<X>W1</a>W2</X>W3',
];

/** Malformed bodies beyond one element at a time: plaintext, CDATA, comments, stray end tags. */
const EXTRA = [
  '<p>W0</p><plaintext>W1<p>W2</p>W3',
  '<p>W0</p><svg><![CDATA[W1]]><text>W2</text><p>W3</p>',
  '<p>W0<!-- W9 <p>W9 -->W1</p><!-->W2<p>W3</p>',
  '</br>W0</p>W1</div></span>W2</table></td>W3',
  '<table>W0<tr>W1<td>W2</td></tr>W3</table>',
  '<p>W0 &amp; W1 &#123;&#123; W2 &lt;b&gt; W3</p>',
  '<math><mi>W0</mi><mtext>W1<p>W2</p></mtext></math>W3',
  '<svg><foreignObject><p>W0</p></foreignObject><desc>W9</desc></svg><p>W1<svg>W9<b>W2</b>W3',
  '<b><i>W0</b>W1</i>W2<p>W3',
  '<a href="https://x.cn/">W0<div>W1<a href="https://y.cn/">W2</a>W3</div></a>',
  '<select><option>W0<p>W1</select>W2<p>W3',
  '<pre>\nW0\n</pre><textarea>\nW1</textarea><p>W2</p>W3',
  '<frameset><frame src="x">W0</frameset><p>W1 W2 W3</p>',
  '<p>W0<nobr>W1<nobr>W2</p>W3',
];

function generated(): Body[] {
  const out: Body[] = [];
  let n = 0;
  const fill = (t: string, x: string) => {
    const id = n++;
    return t.replace(/X/g, x).replace(/W(\d)/g, (_, k: string) => `字${id}词${k}`);
  };
  for (const x of SPECIAL) for (const t of TEMPLATES) out.push({ name: `<${x}> in ${t}`, html: fill(t, x) });
  for (const t of EXTRA) out.push({ name: t, html: fill(t, 'span') });
  return out;
}

interface Reading {
  /** Rendered text nodes, white space removed, in document order. */
  shown: string[];
  /** Of those, the ones inside a named rule's removal (the marked body only). */
  removed: string[];
}

/**
 * Runs in the page: each HTML parsed as a `<div>`'s content (the body's insertion mode) in its own
 * shadow root, so that its styles and its malformed markup stay there; the page's CSP lets no
 * script or handler run and nothing load.
 */
async function readAll(page: Page, htmls: string[]): Promise<Reading[]> {
  return page.evaluate((list) => {
    const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
    const hosts = list.map((html) => {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = html;
      document.body.append(host);
      return { host, shadow };
    });
    const out = hosts.map(({ shadow }) => {
      const shown: string[] = [];
      const removed: string[] = [];
      const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const text = squash(t.nodeValue ?? '');
        if (!text) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        if (range.getClientRects().length === 0) continue;
        shown.push(text);
        if (t.parentElement?.closest('.na-removed[data-na-rule]')) removed.push(text);
      }
      return { shown, removed };
    });
    for (const { host } of hosts) host.remove();
    return out;
  }, htmls);
}

describe('clean: nothing a browser shows is lost (differential, Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.log(`    (skipped: ${CHROMIUM} is not there; CI installs it)`);
      this.skip();
    }
    // Loaded from node_modules at run time, not bundled into the test (it reads its own files).
    const { chromium } = createRequire(path.join(root, 'package.json'))('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body></body></html>`);
  });

  after(async () => {
    await browser?.close();
  });

  it('keeps every text node Chromium renders, unless a named rule removed and reported it', async () => {
    const seeds = postsIn(path.join(root, 'seeds'));
    const posts = [...seeds, ...postsIn(corpus)];
    const bodies = [...posts, ...generated()];
    const lost: string[] = [];
    let compared = 0;
    let byRules = 0;
    const BATCH = 60;
    for (let i = 0; i < bodies.length; i += BATCH) {
      const batch = bodies.slice(i, i + BATCH);
      const cleaned = batch.map((b) => cleanBody(b.html));
      const readings = await readAll(page, [...batch.map((b) => b.html), ...cleaned.map((c) => c.html)]);
      // What the cleaned body does not show: in the marked body, inside a named rule's removal?
      const missing = batch.map((_, j) => {
        const kept = readings[batch.length + j].shown.join('');
        return readings[j].shown.filter((text) => !kept.includes(text));
      });
      compared += batch.reduce((n, _, j) => n + readings[j].shown.length, 0);
      const toMark = batch.flatMap((_, j) => (missing[j].length ? [j] : []));
      const marked = toMark.map((j) => cleanBody(batch[j].html, { mode: 'mark', preview: { images: 'block' } }));
      const markedReadings = await readAll(page, marked.map((m) => m.html));
      toMark.forEach((j, k) => {
        const removed = markedReadings[k].removed.join('');
        const reported = marked[k].removed.length > 0;
        for (const text of missing[j]) {
          if (reported && removed.includes(text)) byRules++;
          else lost.push(`${batch[j].name}: "${text.slice(0, 60)}"`);
        }
      });
    }
    console.log(`    ${posts.length} posts (${seeds.length} seeds), ${bodies.length - posts.length} generated bodies, ${compared} text nodes compared, ${byRules} removed by named rules, ${lost.length} lost`);
    assert.deepEqual(lost, []);
  });
});
