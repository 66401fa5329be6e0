/**
 * Every fix is proven by reading it back as Hexo reads it, or it is not offered (issue 12 §4).
 * The reading here is Hexo's own: the npm package hexo-front-matter (./hexoOracle.ts), never
 * the project's reader that the engine itself uses.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/article';
import { applyFixes } from '../../src/core/edits';
import { fixAll } from '../../src/core/rules/fixAll';
import { runRules, validateArticle } from '../../src/core/rules/index';
import { defineRule } from '../../src/core/rules/types';
import type { Fix, Problem } from '../../src/core/problem';
import { hexoRead } from './hexoOracle';
import { CORPUS } from './corpusFolder';

const NOW = new Date('2026-01-01T00:00:00Z');
const opts = { now: NOW };

/** Two values as Hexo holds them (dates by instant), compared without the project's code. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(rb, k) && same(ra[k], rb[k]));
  }
  return Object.is(a, b);
}

function hexo(text: string): Record<string, unknown> {
  const post = hexoRead(text);
  assert.ok(post.data, `Hexo reads no front matter from ${JSON.stringify(text)}`);
  return post.data;
}

function problemsOf(text: string, ruleId: string): Problem[] {
  return validateArticle(parseArticle(text), undefined, opts).filter((p) => p.ruleId === ruleId);
}

const post = (lines: string, body = '<p>正文</p>\n') => `---\n${lines}\ndate: 2021-11-26T07:21:47Z\ncategories:\n - 新闻\n---\n${body}`;

describe('fix read-back: a fix is proven as Hexo reads it, or withheld', () => {
  describe('title-whitespace: the trimmed title reads as itself', () => {
    for (const start of ['#', '[', '*', '- ', '{', '&', "'", '"', 'null', '~', '!', '|', '>', '%', '@', '`', '? ', 'true', '123']) {
      const title = `${start}1 热点新闻`;
      it(`"　${title}" is trimmed to "${title}", read by Hexo as that text`, () => {
        const text = post(`title: \u3000${title}`);
        const [p] = problemsOf(text, 'title-whitespace');
        assert.ok(p?.fix, 'a fix is offered');
        const fixed = fixAll(text, undefined, opts).text;
        const before = hexo(text);
        const after = hexo(fixed);
        assert.equal(after.title, title);
        for (const k of Object.keys(before)) if (k !== 'title') assert.ok(same(after[k], before[k]), k);
      });
    }

    it('keeps the fewest edits where they read back: a plain title loses only its spaces', () => {
      const text = post('title: 　沪指收涨　');
      const [p] = problemsOf(text, 'title-whitespace');
      assert.equal(applyFixes(text, [p.fix as Fix]).text, post('title: 沪指收涨'));
    });

    it('rewrites a double-quoted title with escapes as the trimmed text quoted', () => {
      const text = post('title: " \\u6caa指 "');
      const fixed = fixAll(text, undefined, opts).text;
      assert.equal(fixed, post("title: '沪指'"));
    });
  });

  describe('invisible-character', () => {
    it('withholds the deletion that would turn "标题 \\u200b#x" into a comment', () => {
      const text = post('title: 标题 \u200b#x');
      const [p] = problemsOf(text, 'invisible-character');
      assert.equal(p.fix, undefined);
      assert.equal(p.fixWithheld, true);
      assert.equal(hexo(fixAll(text, undefined, opts).text).title, '标题 \u200b#x');
    });

    it('withholds the deletion that would make "title\\u200b:" a second "title" (Hexo would reject the block)', () => {
      const text = post('title: 甲\ntitle\u200b: 乙');
      const [p] = problemsOf(text, 'invisible-character');
      assert.equal(p.fix, undefined);
      assert.equal(p.fixWithheld, true);
      assert.equal(fixAll(text, undefined, opts).text, text);
    });

    it('deletes it from a key that then names no other field', () => {
      const text = post('title: 甲\nauthor\u200b: 乙');
      const fixed = fixAll(text, undefined, opts).text;
      assert.equal(fixed, post('title: 甲\nauthor: 乙'));
      assert.equal(hexo(fixed).author, '乙');
    });

    it('deletes it from a value that reads the same without it', () => {
      const text = post('title: 零\u200b宽');
      assert.equal(hexo(fixAll(text, undefined, opts).text).title, '零宽');
    });
  });

  describe('trailing-space', () => {
    it('keeps an escaped space at the end of a line inside a double-quoted value', () => {
      const text = post('title: "甲\\ \n  乙"');
      assert.equal(problemsOf(text, 'trailing-space').length, 0);
      assert.equal(hexo(fixAll(text, undefined, opts).text).title, hexo(text).title);
    });

    it('keeps the blanks after an escaped tab, which js-yaml (so Hexo) reads as text', () => {
      const text = post('title: "甲\\\t  \n  乙"');
      assert.equal(hexo(text).title, '甲\t   乙');
      assert.deepEqual(problemsOf(text, 'trailing-space'), []);
      assert.equal(fixAll(text, undefined, opts).text, text);
    });

    it('keeps the blanks at the end of a line of a quoted value: js-yaml reads them as text', () => {
      const text = post('title: "甲  \n  乙"');
      assert.equal(hexo(text).title, '甲   乙');
      assert.deepEqual(problemsOf(text, 'trailing-space'), []);
    });

    it('deletes the blanks at the end of a line of a plain value, which YAML folds away', () => {
      const text = post('title: 甲  \n  乙');
      const fixed = fixAll(text, undefined, opts).text;
      assert.equal(fixed, post('title: 甲\n  乙'));
      assert.equal(hexo(fixed).title, '甲 乙');
    });
  });

  describe('headimg-boilerplate', () => {
    it('copies the image URL as the browser loads it, without its line break', () => {
      const body = '<p><img src="https://example.com/a\nb.jpg"></p><div class="appendQr_wrap"><img src="https://x.cn/qr.png"></div>\n';
      const text = post("title: 甲\nheadimg: 'https://x.cn/qr.png'", body);
      const fixed = fixAll(text, undefined, opts).text;
      assert.equal(hexo(fixed).headimg, 'https://example.com/ab.jpg');
    });
  });

  describe('nunjucks-raw', () => {
    it('leaves a valid {% raw %} block as written', () => {
      const text = post('title: 甲', '<p>{% raw %}{{ page.title }} {% if %}{% endraw %}</p>\n');
      assert.deepEqual(problemsOf(text, 'nunjucks-raw'), []);
      assert.equal(fixAll(text, undefined, opts).text, text);
    });

    it('leaves nested raw blocks and whitespace control alone, and escapes what follows them', () => {
      const text = post('title: 甲', '<p>{%- raw %}{% raw %}{{x}}{% endraw %}{{y}}{% endraw -%} {{ z }}</p>\n');
      const found = problemsOf(text, 'nunjucks-raw');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), '{{ z }}');
    });

    it('still reports an unclosed {% raw %}, which stops hexo generate', () => {
      const text = post('title: 甲', '<p>{% raw %}{{ x }}</p>\n');
      assert.equal(problemsOf(text, 'nunjucks-raw')[0]?.args?.opener, '{%');
    });
  });

  for (const [kind, body] of [['a short post', '<p>正文</p>\n'], ['a long post (its head read back alone)', `<p>${'正文'.repeat(5000)}</p>\n`]]) describe(`the engine, for any rule, on ${kind}`, () => {
    const base = post('title: 甲\nauthor: 乙', body);
    const at = base.indexOf('甲');
    const probe = (fix: Fix) =>
      defineRule({
        id: 'probe',
        severity: 'warning',
        fixable: true,
        description: 'test rule',
        scope: 'frontMatter',
        messages: { found: 'Found.', fix: 'Fix it' },
        check(_article, report) {
          report({ start: at, end: at + 1, messageId: 'found', fix: { ...fix, messageId: 'fix' } });
        },
      });
    const run = (fix: Fix) => runRules([probe(fix)], parseArticle(base), undefined, opts)[0];

    it('offers a fix whose target reads as intended and nothing else changes', () => {
      const p = run({ messageId: 'fix', edits: [{ start: at, end: at + 1, newText: '丙' }], intent: { fields: { title: { reads: '丙' } } } });
      assert.ok(p.fix);
      assert.equal(p.fixWithheld, undefined);
    });

    it('withholds a fix that changes a field it does not target', () => {
      const p = run({ messageId: 'fix', edits: [{ start: at, end: at + 1, newText: '丙' }] });
      assert.equal(p.fix, undefined);
      assert.equal(p.fixWithheld, true);
    });

    it('withholds a fix whose target does not read as intended', () => {
      const p = run({ messageId: 'fix', edits: [{ start: at, end: at + 1, newText: '#丙' }], intent: { fields: { title: { reads: '#丙' } } } });
      assert.equal(p.fix, undefined);
    });

    it('withholds a fix that makes Hexo reject the front matter', () => {
      const p = run({ messageId: 'fix', edits: [{ start: at, end: at + 1, newText: '"' }], intent: { fields: { title: { reads: '"' } } } });
      assert.equal(p.fix, undefined);
    });

    it('withholds a front-matter fix that changes the body Hexo renders', () => {
      const close = base.lastIndexOf('---\n');
      const p = run({ messageId: 'fix', edits: [{ start: close, end: close + 4, newText: '' }] });
      assert.equal(p.fix, undefined);
    });
  });
});

// Front matter built from the pieces that misled fixes before: blanks (U+3000, tabs, NBSP)
// before YAML indicators, invisible characters before `#` and in keys, escaped blanks at line
// ends, trailing blanks after every kind of value, promo images, Nunjucks.
const lead = fc.constantFrom('', ' ', '\u3000', '\t', '\u3000\u3000', ' \u200b', '\u200b');
const core = fc.constantFrom('#1 热点', '[快讯] 沪指', '*重磅*', '- 列表', '{x}', '&a', "'引号'", '"双引"', 'null', '~', 'true', '2021', '标题 \u200b#x', 'a: b', '正常标题', 'x\u200by', '%d', '@人');
const trail = fc.constantFrom('', ' ', '\u3000', '  ', '\t', '\u200b');
const titleLine = fc.tuple(lead, core, trail, fc.constantFrom('plain', 'single', 'double')).map(([l, c, t, q]) =>
  q === 'single' ? `title: '${(l + c + t).replace(/'/g, "''")}'` : q === 'double' ? `title: "${(l + c + t).replace(/["\\]/g, '')}"` : `title: ${l}${c}${t}`,
);
const otherLine = fc.constantFrom(
  'author: 新浪财经   ',
  'author\u200b: 某人',
  'title\u200b: 重复',
  'subtitle: "甲\\ \n  乙"',
  'subtitle: "甲\\\t  \n  乙"',
  'date: 2021-11-26 07:21:47 ',
  'date: Mon, 15 Nov 2021 23:46:59 GMT',
  'comments: no',
  'comments: false\t',
  "headimg: 'https://x.cn/qr.png'",
  "thumbnail: 'https://picsum.photos/400/300?random=1'",
  "thumbnail: 'https://example.com/a b.jpg'",
  'thumbnail: ',
  'tags: [a, b]  ',
  'categories:\n - 金融 \n - \n - 新浪财经',
  '# comment \u200b',
  'keywords: a \u200b#b',
);
const body = fc.constantFrom(
  '<p>正文</p>\n',
  '<p><img src="https://example.com/a\nb.jpg"></p><div class="appendQr_wrap"><img src="https://x.cn/qr.png"></div>\n',
  '<p>{% raw %}{{ a }}{% endraw %} {{ b }}</p>\n',
);
const generated = fc
  .record({ title: titleLine, others: fc.array(otherLine, { maxLength: 5 }), body, crlf: fc.boolean() })
  .map(({ title, others, body: b, crlf }) => {
    const text = `---\n${[title, ...others].join('\n')}\n---\n${b}`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

describe('fix read-back (fast-check, against hexo-front-matter itself)', function () {
  this.timeout(60_000);
  it('applying any offered fix never changes, as Hexo reads it, a field the fix does not target', () => {
    let runs = 0;
    let fixes = 0;
    let withheld = 0;
    fc.assert(
      fc.property(generated, (text) => {
        runs++;
        const before = hexoRead(text);
        for (const p of validateArticle(parseArticle(text), undefined, opts)) {
          if (p.fixWithheld) withheld++;
          if (!p.fix) continue;
          fixes++;
          const after = hexoRead(applyFixes(text, [p.fix]).text);
          const intent = p.fix.intent;
          const label = `${p.ruleId} on ${JSON.stringify(text)}`;
          if (!before.data) {
            assert.ok(!after.data || intent?.readsFrontMatter, `${label}: a fix that does not mean to make Hexo read the block made it read one`);
            continue;
          }
          assert.ok(after.data, `${label}: Hexo no longer reads the front matter`);
          const targets = intent?.fields ?? {};
          for (const k of new Set([...Object.keys(before.data), ...Object.keys(after.data)])) {
            if (Object.hasOwn(targets, k)) continue;
            assert.ok(same(before.data[k], after.data[k]), `${label}: "${k}" changed`);
          }
        }
      }),
      { numRuns: 200 },
    );
    console.log(`    (${runs} runs, ${fixes} fixes read back by hexo-front-matter, ${withheld} withheld)`);
  });
});

describe('fix read-back on the real corpus (../shared/corpus)', () => {
  const corpus = CORPUS;
  it('withholds no fix there', function () {
    if (!fs.existsSync(corpus)) {
      console.log(`    (skipped: ${corpus} is not there)`);
      this.skip();
    }
    let offered = 0;
    const withheld: string[] = [];
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const name of files) {
      for (const p of validateArticle(parseArticle(fs.readFileSync(path.join(corpus, name), 'utf8')), undefined, opts)) {
        if (p.fix) offered++;
        if (p.fixWithheld) withheld.push(`${p.ruleId}/${p.messageId}`);
      }
    }
    console.log(`    (${files.length} posts, ${offered} fixes offered, ${withheld.length} withheld)`);
    assert.deepEqual(withheld, []);
  });
});
