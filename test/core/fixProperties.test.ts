/**
 * Properties of validation and fix-all over random front matter built from realistic pieces
 * (CRLF, BOM, quotes and quote piles, emoji, tabs, zero-width characters, Nunjucks braces).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/article';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import { applyFixes } from '../../src/core/edits';
import { fixAll } from '../../src/core/rules/fixAll';
import { RULE_ERROR_ID, validateArticle } from '../../src/core/rules/index';

const NOW = new Date('2026-01-01T00:00:00Z');
const opts = { now: NOW };

const words = fc.constantFrom('沪指收涨0.8%', 'SP', '发改委：稳增长', "JOJO's", '"券茅"业绩', '💪💪', '👨‍👩‍👧 family', 'a: b', 'x # y', '100%', 'undefined', '  padded ', '\u3000全角', 'zero\u200bwidth', 'tab\there');

const titleLine = words.chain((t) =>
  fc.constantFrom(
    `title: '${t.replace(/'/g, "''")}'`,
    `title: "${t.replace(/["\\]/g, '')}"`,
    `title: ${t}`,
    `title: @${t}`,
    `title: """""'${t.replace(/'/g, '')}'"""""`,
    `title: '${t} it's "x"'`,
    `title: '  ${t.replace(/'/g, '')} '`,
    'title: 2021',
    `title: '@${t.replace(/'/g, '')} "\n${t.replace(/'/g, '')}\n"'`,
  ),
);

const categoryLines = fc.constantFrom(
  'categories: \n - 金融\n - 新浪财经',
  'categories:\n    - 二次元\n    - AGE 动漫 - 番剧详情\n',
  'categories: 新浪财经',
  'categories: \n - | name\n - b',
  'categories:\n\t- a\n\t- b',
  'categories:\n - \n - b',
);

const otherLines = fc.constantFrom(
  'date: Mon, 15 Nov 2021 23:46:59 GMT',
  'date: 2021-11-26 07:21:47',
  'date: ',
  'date: Tue, 32 Novembre 2021 25:61:00 GMT',
  'date: 2091-01-01T00:00:00Z',
  'comments: false',
  'comments: no',
  'comments: yes',
  "headimg: 'https://picsum.photos/400/300?random=1'",
  "headimg: 'http://example.com/a.jpg'",
  "thumbnail: 'https://example.com/a b.jpg'",
  "thumbnail: ''",
  'thumbnail: ',
  'author: 新浪财经   ',
  '# a comment stays',
  'title: repeated',
  'tags: [a, b]',
);

const bodies = fc.constantFrom(
  '',
  '\n<div>   \n<p>正文</p>\n</div>\n            ',
  '\n<p>模板：{{ page.title }} 与 {% raw %} {# note #}</p>\n',
  '\n<div class="clearfix appendQr_wrap"><img src="https://n.sinaimg.cn/qr.png"></div>\n',
  '\n<p><img src="https://example.com/real.jpg"></p><div class="appendQr_wrap"><img src="https://x.cn/qr.png"></div>\n',
  '\n<p>&#123;&#123; escaped &#125;&#125;</p>\n',
);

const article = fc
  .record({
    lead: fc.constantFrom('', '\n', '            \n', '\uFEFF', '\uFEFF\n', '\n\n'),
    title: fc.option(titleLine, { nil: undefined }),
    categories: fc.option(categoryLines, { nil: undefined }),
    others: fc.array(otherLines, { maxLength: 6 }),
    close: fc.constantFrom('---', '--- ', ''),
    body: bodies,
    crlf: fc.boolean(),
  })
  .map(({ lead, title, categories, others, close, body, crlf }) => {
    const lines = ['---', ...(title ? [title] : []), ...(categories ? [categories] : []), ...others];
    if (close) lines.push(close);
    const text = lead + lines.join('\n') + '\n' + body;
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

function fixable(text: string): string[] {
  return validateArticle(parseArticle(text), undefined, opts).filter((p) => p.fix).map((p) => `${p.ruleId}@${p.start}`);
}

describe('fix properties (fast-check)', function () {
  // Thousands of generated cases: generous on a busy machine (seconds when idle).
  this.timeout(180_000);
  it('never throws and no rule fails, on realistic and on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(article, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const problems = validateArticle(parseArticle(text), undefined, opts);
        assert.deepEqual(problems.filter((p) => p.ruleId === RULE_ERROR_ID), []);
        for (const p of problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.ruleId} range`);
        fixAll(text, undefined, opts);
      }),
      { numRuns: 400 },
    );
  });

  it('fixAll reaches a fixed point in one call: nothing fixable is left and a second call changes nothing', () => {
    fc.assert(
      fc.property(article, (text) => {
        const once = fixAll(text, undefined, opts).text;
        assert.deepEqual(fixable(once), [], `fixable problems left in:\n${JSON.stringify(once)}`);
        assert.equal(fixAll(once, undefined, opts).text, once);
      }),
      { numRuns: 400 },
    );
  });

  it('one pass of fixes changes bytes only inside its edits, keeps the line ending, comments and key order', () => {
    fc.assert(
      fc.property(article, (text) => {
        const problems = validateArticle(parseArticle(text), undefined, opts);
        for (const p of problems) {
          if (!p.fix) continue;
          const edits = [...p.fix.edits].sort((a, b) => a.start - b.start);
          const out = applyFixes(text, [p.fix]).text;
          // Everything before the first edit and after the last is byte-identical.
          assert.equal(out.slice(0, edits[0].start), text.slice(0, edits[0].start), p.ruleId);
          const tail = text.length - edits[edits.length - 1].end;
          assert.equal(out.slice(out.length - tail), text.slice(text.length - tail), p.ruleId);
        }
        const fixed = fixAll(text, undefined, opts).text;
        if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF appeared in a CRLF file');
        else assert.ok(!fixed.includes('\r'), 'a CR appeared in an LF file');
        if (text.includes('# a comment stays')) assert.ok(fixed.includes('# a comment stays'));
        const keys = (t: string) => [...t.matchAll(/^([a-z]+):/gm)].map((m) => m[1]);
        const before = keys(text);
        const after = keys(fixed);
        // Fixes may delete a line (an empty or duplicate key) but never reorder.
        let i = 0;
        for (const k of after) {
          while (i < before.length && before[i] !== k) i++;
          assert.ok(i < before.length, `key order changed: ${before} → ${after}`);
          i++;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a BOM when the archive allows it', () => {
    const { config } = readArchiveConfig('{"rules":{"front-matter-displaced":{"allowBom":true}}}');
    fc.assert(
      fc.property(article, (text) => {
        if (!text.startsWith('\uFEFF')) return;
        assert.ok(fixAll(text, config, opts).text.startsWith('\uFEFF'));
      }),
      { numRuns: 200 },
    );
  });
});
