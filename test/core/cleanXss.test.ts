/**
 * Nothing executable survives the cleaner. Each payload of test/fixtures/clean/xss-payloads.txt
 * (and all of them in one body, and random mixes) is cleaned for the file, marked for the
 * preview and sanitized as the "Original" view; the output is then parsed as a browser parses
 * it (parse5, through cheerio's default loader) and every element and attribute is checked.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { cleanBody, sanitizeOriginal } from '../../src/core/clean';

const fixture = path.resolve(__dirname, '../../../test/fixtures/clean/xss-payloads.txt');
const payloads = fs.readFileSync(fixture, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('# ')).map((l) => l.replace(/PORT/g, '9'));

const ELEMENTS = new Set([
  'html', 'head', 'body', 'p', 'br', 'div', 'span', 'a', 'img', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ins',
  'sub', 'sup', 'small', 'mark', 'blockquote', 'q', 'cite', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'pre', 'code', 'kbd', 'samp', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'colgroup', 'col', 'hr', 'figure', 'figcaption', 'time', 'ruby', 'rt', 'rp', 'center',
]);
const ATTRIBUTES = new Set(['href', 'title', 'target', 'rel', 'src', 'alt', 'width', 'height', 'referrerpolicy', 'loading', 'colspan', 'rowspan', 'start', 'class', 'data-na-rule', 'data-na-offset']);

/** Problems a browser would act on in `html`; empty when it is inert. */
function executable(html: string): string[] {
  const problems: string[] = [];
  const $ = load(html);
  for (const el of $('*').toArray().filter((n): n is Element => 'attribs' in n)) {
    if (!ELEMENTS.has(el.tagName)) problems.push(`element <${el.tagName}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (!ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${el.tagName}>`);
      if (name === 'href' || name === 'src') {
        // As a URL parser sees it: control characters and white space inside are dropped.
        const url = value.replace(/[\u0000-\u0020]/g, '');
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
        const allowed = name === 'src' ? ['http', 'https'] : ['http', 'https', 'mailto'];
        if (scheme !== undefined && !allowed.includes(scheme)) problems.push(`${name}="${value}" on <${el.tagName}>`);
      }
    }
  }
  return problems;
}

function outputs(body: string): [string, string][] {
  return [
    ['file', cleanBody(body).html],
    ['preview, images blocked', cleanBody(body, { preview: { images: 'block' } }).html],
    ['preview, images allowed', cleanBody(body, { preview: { images: 'allow' } }).html],
    ['show removed', cleanBody(body, { mode: 'mark', preview: { images: 'allow' } }).html],
    ['original', sanitizeOriginal(body, { preview: { images: 'allow' } })],
  ];
}

describe('clean: XSS payloads', () => {
  it('has at least 100 payloads', () => {
    assert.ok(payloads.length >= 100, `${payloads.length} payloads`);
  });

  it('the checker itself catches what it must', () => {
    assert.deepEqual(executable('<p onclick="x">a</p><script>x</script><a href=" java\tscript:x">l</a><img src="data:image/png,x">'), [
      'attribute onclick on <p>', 'element <script>', 'href=" java\tscript:x" on <a>', 'src="data:image/png,x" on <img>',
    ]);
    assert.deepEqual(executable('<p>a &lt;script&gt;</p><a href="https://x.cn/">l</a><img src="//x.cn/a.png">'), []);
  });

  for (const [i, payload] of payloads.entries()) {
    it(`#${i + 1} ${payload.slice(0, 70)}`, () => {
      for (const [target, html] of outputs(`<div><p>before</p>${payload}<p>after</p></div>`)) {
        assert.deepEqual(executable(html), [], `${target}: ${html}`);
      }
    });
  }

  it('all payloads in one body', () => {
    for (const [target, html] of outputs(payloads.join('\n'))) assert.deepEqual(executable(html), [], target);
  });

  it('random mixes of payloads and Sina markup', function () {
    this.timeout(60_000);
    const sina = ['<p>　　正文</p>', '<span id="stock_sz1"><a class="keyword" href="https://f/">股</a></span><span id="quote_sz1"></span>', '<!-- 正文下iframe -->', '<pre><code>', '</code></pre>', '<div class="appendQr_wrap">', '</div>', '<p class="article-editor">责任编辑：某</p>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...payloads, ...sina), { minLength: 1, maxLength: 8 }), (parts) => {
        for (const [target, html] of outputs(parts.join(''))) assert.deepEqual(executable(html), [], `${target}: ${parts.join('')}`);
      }),
      { numRuns: 200, seed: 20211115 },
    );
  });
});
