/**
 * The index's fast record path gives exactly what the full parser gives: on seeds/, on the real
 * corpus (when ../shared/corpus is there), on 3,000 generated posts with every defect, and on
 * random front matter. It must also really be the fast path: most generated heads are read
 * without js-yaml.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { generatePosts } from '../../bench/generateArchive';
import { readHexoYaml } from '../../src/core/article/hexoData';
import { readCategoryPath, readDate, readStringList, readText } from '../../src/core/article/hexoFields';
import { rfc1123Date } from '../../src/core/index/records/rfcDate';
import { recordFieldsFromBytes, recordFieldsFromText } from '../../src/core/index/records/recordFields';
import { parseArticle } from '../../src/core/article/article';
import { readsAsLocated } from '../../src/core/article/hexoReading';
import { readSimpleFrontMatter } from '../../src/core/index/records/simpleFields';
import { findSourceInBytes } from '../../src/core/index/records/bodySource';
import { findSource } from '../../src/core/article/source';
import { CORPUS } from './corpusFolder';

const repo = path.resolve(__dirname, '../../..');
const corpus = CORPUS;

function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f !== 'README.md').map((f) => path.join(dir, f)) : [];
}

function assertSame(buf: Buffer, label: string): void {
  const full = recordFieldsFromText(buf.toString('utf8'));
  assert.deepEqual(recordFieldsFromBytes(buf), full, label);
}

/** The index's fields of a reading's data; undefined without data. */
function fieldsFrom(data: Record<string, unknown> | undefined) {
  return data ? { title: readText(data.title), date: readDate(data.date), categories: readCategoryPath(data.categories), tags: readStringList(data.tags), author: readText(data.author) } : undefined;
}

/** The fields as Hexo's full reading gives them, for comparing with the simple reading. */
const hexoFields = (yaml: string) => fieldsFrom(readHexoYaml(yaml).data);
const simpleFields = (yaml: string) => fieldsFrom(readSimpleFrontMatter(yaml));

describe('index records: fast path = full path', () => {
  it('on every file in seeds/', () => {
    const files = filesIn(path.join(repo, 'seeds'));
    assert.ok(files.length >= 15);
    for (const f of files) assertSame(fs.readFileSync(f), f);
  });

  it('on the real corpus', function () {
    const files = filesIn(corpus);
    if (!files.length) {
      console.log(`    (skipped: ${corpus} is not there)`);
      this.skip();
    }
    for (const f of files) assertSame(fs.readFileSync(f), f);
  });

  it('on 3,000 generated posts, reading almost all heads without js-yaml', () => {
    let simple = 0;
    let n = 0;
    for (const post of generatePosts(3000, 7)) {
      const buf = Buffer.from(post.text);
      assertSame(buf, post.name);
      // The same head read without the first line's noise: does the simple reading accept it?
      const m = /^\uFEFF?\s*---\r?\n([\s\S]*?)\r?\n---/.exec(post.text);
      if (m && readSimpleFrontMatter(m[1] + '\n')) simple++;
      n++;
    }
    assert.equal(n, 3000);
    assert.ok(simple / n > 0.95, `only ${simple} of ${n} heads took the fast path`);
  });

  it('reads the seed exactly', () => {
    const f = recordFieldsFromBytes(fs.readFileSync(path.join(repo, 'seeds/000_e84b391c27bbb68a.txt')));
    assert.equal(f?.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
    assert.deepEqual(f?.categories, ['金融', '新浪财经', '新浪财经－国內']);
    assert.equal(f?.date?.instant?.toISOString(), '2021-11-15T23:46:59.000Z');
    assert.equal(f?.author, '新浪财经');
    assert.equal(f?.source, '北京日报·识政');
    assert.deepEqual(f?.frontMatter, { startLine: 1, endLine: 12, displaced: true });
  });

  it('takes no front matter from a non-article', () => {
    assert.equal(recordFieldsFromBytes(fs.readFileSync(path.join(repo, 'seeds/not-an-article.txt'))), undefined);
  });

  it('agrees with js-yaml on random simple and tricky front matter', () => {
    const scalars = fc.oneof(
      fc.constantFrom('新浪财经', "'引号'", '"双引号"', "'it''s'", '"a\\"b"', '@at', 'a: b', 'x #c', 'end:', '0x1F', '1e3', 'True', 'no', '~', 'null',
        '2021-11-26 07:21:47', '2021-11-26', 'Mon, 22 Mar 2021 03:46:04 GMT', '[a, b]', '{a: 1}', '&a x', '*a', '!!str 1', '| x', '- x', '', ' ', "'unterminated", '"\\u0041"',
        '💪 emoji', '－全角', 'a\tb', '? q', '%x', '`x`', ',x', '12화 비밀', 'a\u0085b', '\uFEFFx', 'x\uD800', '\uDC00', 'a\x01', 'a\rb', '\u3000全角空格'),
      fc.string({ maxLength: 8 }),
      fc.string({ maxLength: 6, unit: 'binary' }),
    );
    const key = fc.constantFrom('title', 'date', 'categories', 'tags', 'author', 'comments', 'headimg', 'x-y', 'Title', '_k', '1k');
    const line = fc.oneof(
      fc.tuple(key, scalars).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key).map(([k]) => `${k}:`),
      fc.tuple(fc.constantFrom('', ' ', '    ', '  '), scalars).map(([i, v]) => `${i}- ${v}`),
      fc.constantFrom('', '   ', '# c', '\t- x', 'title', '...', '---', '  title: x', '- '),
    );
    let compared = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.boolean(), fc.boolean(), (lines, crlf, blankFirst) => {
        const eol = crlf ? '\r\n' : '\n';
        const yaml = lines.join(eol) + eol;
        const simple = simpleFields(yaml);
        if (simple !== undefined) assert.deepEqual(simple, hexoFields(yaml), JSON.stringify(yaml));
        // The same YAML in a post, read by the full reading (gray-matter with Hexo's engine).
        const text = `${blankFirst ? eol : ''}---${eol}${yaml}---${eol}<p>body</p>`;
        const article = parseArticle(text);
        // The index's byte path (the line scanner, else js-yaml on the located YAML, else the full reading) = the full path.
        assertSame(Buffer.from(text), JSON.stringify(text));
        const fm = article.frontMatter;
        if (!fm || !readsAsLocated(text, fm)) return;
        const fast = simpleFields(text.slice(fm.contentStart, fm.contentEnd));
        if (fast === undefined) return;
        compared++;
        assert.deepEqual(fast, fieldsFrom(article.hexo.data), JSON.stringify(text));
      }),
      { numRuns: 5000, seed: 42 },
    );
    assert.ok(compared > 300, `only ${compared} posts were read by both paths`);
  });

  it('finds the source in bytes as findSource does in text', () => {
    const cases = ['<p>　　来源：北京日报</p>', '来源: X', 'a来源：no<p>文章来源：是</p>', '<p>来源于民间</p><p>来源：后者</p>', '💪💪💪来源：E', '文章来源：F', 'abc'];
    for (const body of cases) {
      const head = Buffer.from('---\ntitle: x\n---\n');
      const buf = Buffer.concat([head, Buffer.from(body)]);
      assert.equal(findSourceInBytes(buf, head.length), findSource(body), body);
    }
  });
});

describe('index records: RFC 1123 dates without the engine parser', () => {
  it('gives the instant new Date(raw) gives, and leaves the odd ones to readDate', () => {
    const days = ['Mon, 15 Nov 2021 23:46:59 GMT', 'Sun, 29 Feb 2020 00:00:00 GMT', 'Fri, 31 Dec 1999 23:59:59 GMT', 'Wed, 01 Jan 2014 08:00:00 GMT', 'Tue, 15 Nov 2021 23:46:59 GMT'];
    for (const raw of days) assert.deepEqual(rfc1123Date(raw), readDate(raw), raw);
    for (const raw of ['Tue, 31 Feb 2021 10:00:00 GMT', 'Mon, 15 Nov 2021 24:00:00 GMT', 'Mon, 15 Nov 2021 23:46:59 UTC', 'Mon, 15 Nov 2021 23:46:59 GMT ', '2021-11-26 07:21:47', 'Mon, 01 Jan 0050 00:00:00 GMT']) {
      assert.equal(rfc1123Date(raw), undefined, raw);
    }
    fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), (d) => {
      const raw = new Date(Math.floor(d.getTime() / 1000) * 1000).toUTCString();
      assert.deepEqual(rfc1123Date(raw), readDate(raw), raw);
    }), { numRuns: 2000, seed: 7 });
  });
});
