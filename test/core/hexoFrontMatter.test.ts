/**
 * The front-matter locator against Hexo itself: the npm package hexo-front-matter (./hexoOracle.ts)
 * over generated heads of files (0–40 blank lines; spaces, tabs, U+00A0, U+3000 and BOMs on and
 * around the fence lines; CRLF, LF and CR mixed; `---` with text after it; `...` closers;
 * unclosed fences) and over ../shared/corpus when it is there. For every file: the same split
 * (where the data is, where the body starts), the same verdict (front matter read, none, or the
 * post fails), the same data; and where Hexo reads none from a block the project sees, the
 * block says why.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/article';
import { INCOMPLETE, locateFrontMatter } from '../../src/core/article/frontMatterBlock';
import { YamlTimestamp } from '../../src/core/article/hexoData';
import { readsAsLocated, unreadReason } from '../../src/core/article/hexoReading';
import { hexoSplit } from '../../src/core/article/hexoSplit';
import { readSimpleFrontMatter } from '../../src/core/index/records/simpleFields';
import { kindOf } from '../../src/core/article/sniff';
import { validateArticle } from '../../src/core/rules';
import { hexoRead } from './hexoOracle';
import { CORPUS } from './corpusFolder';

const corpus = CORPUS;

/** A value as Hexo's data holds it: a YAML timestamp is the instant js-yaml gives. */
function normal(value: unknown): unknown {
  if (value instanceof YamlTimestamp) return value.utc.toISOString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normal);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normal(v)]));
  return value;
}

/** CRLF as LF, for comparing a range of the file with Hexo's view of it. */
const lf = (s: string) => s.replace(/\r\n/g, '\n');

/** Checks one file against Hexo; returns what Hexo made of it, for the caller's tallies. */
function compare(text: string, label: string): 'read' | 'none' | 'failed' {
  const hexo = hexoRead(text);
  const split = hexoSplit(text);
  assert.notEqual(split, INCOMPLETE);
  // Where: the same data and the same body, as ranges of the file's own text.
  if (split === undefined || split === INCOMPLETE) {
    assert.equal(hexo.split.data, undefined, `${label}: Hexo splits, the locator does not`);
  } else {
    assert.equal(lf(text.slice(split.dataStart, split.dataEnd)), hexo.split.data, `${label}: data`);
    assert.equal(lf(text.slice(split.bodyStart)), hexo.split.content, `${label}: body`);
    assert.equal(split.prefixed, hexo.split.prefixSeparator, `${label}: prefixed`);
  }
  const article = parseArticle(text);
  const fm = article.frontMatter;
  const reading = article.hexo;
  assert.equal(reading.fails, hexo.failed, `${label}: Hexo ${hexo.failed ? 'fails on' : 'processes'} this post`);
  if (hexo.data) {
    // Read: the project reads this block, with Hexo's fences, body and data.
    assert.ok(fm, `${label}: Hexo reads front matter, the locator finds none`);
    assert.equal(fm.unread, undefined, `${label}: Hexo reads this block`);
    assert.equal(lf(text.slice(fm.end)), hexo.content, `${label}: body start`);
    assert.deepEqual(normal(reading.data), normal(hexo.data), `${label}: data`);
    // The fast line scanner, where it takes the block, reads what the full reading reads.
    if (readsAsLocated(text, fm)) {
      const simple = readSimpleFrontMatter(text.slice(fm.contentStart, fm.contentEnd));
      if (simple) for (const [k, v] of Object.entries(simple)) assert.deepEqual(normal(v), normal(hexo.data[k]), `${label}: fast ${k}`);
    }
    return 'read';
  }
  assert.equal(reading.data, undefined, `${label}: Hexo reads no front matter, the project does`);
  // An article Hexo reads no front matter from (or fails on) is told so with an error.
  if (kindOf(text, fm) !== 'other') {
    const errors = validateArticle(article).filter((p) => p.severity === 'error');
    assert.ok(errors.length > 0, `${label}: Hexo ${hexo.failed ? 'fails' : 'reads none'}, and no error says so`);
  }
  return hexo.failed ? 'failed' : 'none';
}

/** Mostly `usual`, sometimes one of `odd`: so that every verdict comes up often. */
function mostly<T>(usual: T, odd: T[], weight = 10): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(usual), weight }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
}

const EOL = mostly('\n', ['\r\n', '\r\n', '\r'], 2);
const BLANK = fc.constantFrom('', '', '', ' ', '\t', '\u00a0', '\u3000', '\uFEFF', '  ');
const LEADING = fc.oneof(
  { arbitrary: fc.constant<string[]>([]), weight: 3 },
  { arbitrary: fc.constant(['']), weight: 3 },
  { arbitrary: fc.array(BLANK, { minLength: 1, maxLength: 40 }), weight: 2 },
);
const INDENT = mostly('', [' ', '  ', '\t', '\u3000']);
const DASHES = mostly('---', ['----', ';;;']);
const TRAIL = mostly('', [' ', '\t', '\u00a0', '\u3000', '\uFEFF', ' \u00a0', ' # note', ' x', 'x']);
const YAML_LINE = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "title: '沪指收涨0.8% 券商板块午后走强'",
      'title: 标题',
      'title: "it\'s"',
      'date: Mon, 15 Nov 2021 23:46:59 GMT',
      'date: 2021-11-26 07:21:47',
      'categories: ',
      ' - 金融',
      ' - 新浪财经',
      'comments: false',
      'author: 新浪财经',
      'tags: [a, b]',
      'headimg: https://n.sinaimg.cn/x.png',
    ),
    weight: 6,
  },
  { arbitrary: fc.constantFrom('', '# comment', '  ', '\u3000', '\t- 制表', 'title: @bad', '- item', '...'), weight: 1 },
);
const CLOSER = mostly('---', ['--- ', '----', '...', '---x', '  ---', '---\u00a0', ';;;', '']);
const BODY = fc.constantFrom('', '<div>', '<p>正文</p>', '\n<div>\n<p>a</p>', '<p>a</p>\n---\n<p>b</p>', 'text: here');

/** A generated head of a file: what comes before the fence, the fence, YAML, a closer, a body. */
const head = fc
  .record({
    bom: mostly(false, [true]),
    leading: LEADING,
    indent: INDENT,
    dashes: DASHES,
    trail: TRAIL,
    yaml: fc.array(YAML_LINE, { maxLength: 8 }),
    closer: CLOSER,
    body: BODY,
    eols: fc.array(EOL, { minLength: 60, maxLength: 60 }),
  })
  .map((h) => {
    // JSON front matter (`;;;`) is generated only where the project reads it, as the first line.
    const json = h.dashes === ';;;';
    const lines = [...(json ? [] : h.leading), json ? h.dashes : `${h.indent}${h.dashes}${h.trail}`, ...h.yaml];
    if (h.closer !== '') lines.push(h.closer);
    let text = h.bom ? '\uFEFF' : '';
    lines.forEach((line, i) => (text += line + h.eols[i % h.eols.length]));
    return text + h.body;
  });

describe('the front-matter locator = hexo-front-matter', () => {
  it('splits, reads and fails exactly as Hexo on generated heads of files', () => {
    const tally = { read: 0, none: 0, failed: 0 };
    fc.assert(
      fc.property(head, (text) => {
        tally[compare(text, JSON.stringify(text))]++;
      }),
      { numRuns: Number(process.env.HEXO_RUNS ?? 2000), seed: Number(process.env.HEXO_SEED ?? 20261126) },
    );
    // The generator reaches every verdict often enough for the comparison to mean something.
    assert.ok(tally.read > 200 && tally.none > 200 && tally.failed > 130, JSON.stringify(tally));
  });

  it('agrees on hand-picked heads, with the reason for each block Hexo does not read', () => {
    const cases: [string, string | undefined, 'read' | 'none' | 'failed'][] = [
      ['\n---\ntitle: a\n---\nbody', undefined, 'read'],
      ['\uFEFF---\r\ntitle: a\r\n---\r\nbody', undefined, 'read'],
      ['\n\n---\ntitle: a\n---\nbody', 'leadingLines', 'none'],
      ['\n'.repeat(25) + '---\ntitle: a\n---\nbody', 'leadingLines', 'none'],
      [' \n---\ntitle: a\n---\nbody', 'leadingLines', 'none'],
      ['  ---\ntitle: a\n---\nbody', 'indentedFence', 'failed'],
      ['\n  ---\ntitle: a\n---\nbody', 'indentedFence', 'failed'],
      ['--- \ntitle: a\n---\nbody', 'fenceText', 'none'],
      ['\n--- \ntitle: a\n---\nbody', undefined, 'read'],
      ['\n---\u00a0\ntitle: a\n---\nbody', 'fenceText', 'failed'],
      ['\n---\u3000\ntitle: a\n---\nbody', 'fenceText', 'failed'],
      ['\n----\ntitle: a\n---\nbody', 'fenceLength', 'failed'],
      ['----\ntitle: a\n----\nbody', undefined, 'read'],
      ['---\ntitle: a\n...\n<p>body</p>', 'dotsCloser', 'none'],
      ['---\ntitle: a\n<p>body</p>', 'unclosed', 'none'],
      ['---\n---\nbody', 'empty', 'none'],
      ['title: a\n---\nbody', undefined, 'read'],
      ['---\ntitle: a\n--- x\nbody', undefined, 'read'],
      ['---\n---\ntitle: a\n---\nbody', undefined, 'read'],
      [';;;\n"title": "a"\n;;;\nbody', undefined, 'read'],
      ['\t---\ntitle: a\n---\nbody', undefined, 'read'],
      ['\n--- # note\ntitle: a\n---\nbody', undefined, 'read'],
      ['\n--- x\ntitle: a\n---\nbody', 'fenceText', 'failed'],
    ];
    for (const [text, unread, verdict] of cases) {
      assert.equal(compare(text, JSON.stringify(text)), verdict, JSON.stringify(text));
      const article = parseArticle(text);
      assert.ok(article.frontMatter, JSON.stringify(text));
      assert.equal(unreadReason(article.frontMatter, article.hexo), unread, JSON.stringify(text));
    }
  });

  it('reads a head decoded alone as it reads the whole file, or asks for more', () => {
    fc.assert(
      fc.property(head, fc.nat(400), (text, cut) => {
        const whole = locateFrontMatter(text);
        const part = locateFrontMatter(text.slice(0, cut), cut < text.length);
        if (part !== INCOMPLETE) assert.deepEqual(part, whole, JSON.stringify([text, cut]));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('agrees on every post of ../shared/corpus', function () {
    const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];
    if (!files.length) {
      console.log(`    (skipped: ${corpus} is not there)`);
      this.skip();
    }
    const tally = { read: 0, none: 0, failed: 0 };
    for (const f of files) tally[compare(fs.readFileSync(path.join(corpus, f), 'utf8'), f)]++;
    assert.equal(tally.read + tally.none + tally.failed, files.length);
  });
});
