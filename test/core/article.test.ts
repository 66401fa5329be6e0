import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/article';
import { frontMatterDocument } from '../../src/core/article/yamlDocument';

const seeds = path.join(__dirname, '../../../seeds');
const readSeed = (name: string) => fs.readFileSync(path.join(seeds, name), 'utf8');
const SEED = '000_e84b391c27bbb68a.txt';

describe('parseArticle', () => {
  describe('the seed', () => {
    const article = parseArticle(readSeed(SEED));

    it('finds the front matter after the leading blank line and records the displacement', () => {
      assert.deepEqual(article.frontMatter, {
        openStart: 1,
        fenceStart: 1,
        fenceEnd: 4,
        fenced: true,
        contentStart: 5,
        contentEnd: 298,
        closeStart: 298,
        end: 302,
        displacement: 1,
        closed: true,
        format: 'yaml',
        // Hexo's data starts at the empty first line: `\n---\n` is a YAML document marker to js-yaml.
        hexo: { prefixed: false, format: 'yaml', dataStart: 0, dataEnd: 297, closeStart: 298, fenceLength: 3, bodyStart: 302 },
        unread: undefined,
        fenceIssue: undefined,
      });
      assert.equal(article.eol, '\n');
      assert.equal(article.bom, false);
      assert.equal(article.bodyStart, 302);
      assert.ok(article.body.startsWith('\n<div>   \n<p>　　北京力争'));
    });

    it('reads the fields with the meaning Hexo gives them', () => {
      assert.equal(article.fields.title, '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务');
      assert.deepEqual(article.fields.categories, ['金融', '新浪财经', '新浪财经－国內']);
      assert.equal(article.fields.author, '新浪财经');
      assert.deepEqual(article.fields.tags, []);
      assert.equal(article.fields.date?.raw, 'Mon, 15 Nov 2021 23:46:59 GMT');
      assert.equal(article.fields.date?.instant?.toISOString(), '2021-11-15T23:46:59.000Z');
      assert.equal(article.fields.date?.zoneless, false);
      assert.equal(article.hexo.data?.comments, false);
      assert.equal(article.hexo.error, undefined);
    });

    it('locates every key and value by line and UTF-16 character', () => {
      const doc = frontMatterDocument(article);
      const at = (start: number, end: number) => {
        const r = article.lines.rangeOf(start, end);
        return [r.start.line, r.start.character, r.end.line, r.end.character];
      };
      assert.deepEqual(
        doc.entries.map((e) => [e.key, at(e.keySpan.start, e.keySpan.end), e.valueSpan && at(e.valueSpan.start, e.valueSpan.end)]),
        [
          ['title', [2, 0, 2, 5], [2, 7, 2, 43]],
          ['categories', [3, 0, 3, 10], [4, 1, 6, 10]],
          ['headimg', [7, 0, 7, 7], [7, 9, 7, 71]],
          ['author', [8, 0, 8, 6], [8, 8, 8, 12]],
          ['comments', [9, 0, 9, 8], [9, 10, 9, 15]],
          ['date', [10, 0, 10, 4], [10, 6, 10, 35]],
          ['thumbnail', [11, 0, 11, 9], [11, 11, 11, 73]],
        ],
      );
      assert.deepEqual(doc.issues, []);
      assert.deepEqual(article.lines.positionAt(article.frontMatter!.closeStart!), { line: 12, character: 0 });
    });
  });

  it('handles CRLF: offsets count the \\r, lines do not', () => {
    const article = parseArticle(readSeed('crlf.md'));
    assert.equal(article.eol, '\r\n');
    assert.equal(article.frontMatter?.openStart, 2);
    assert.equal(article.frontMatter?.closed, true);
    assert.deepEqual(article.lines.positionAt(article.frontMatter!.closeStart!), { line: 12, character: 0 });
    assert.equal(article.fields.title, '沪指收涨0.8% 券商板块午后走强');
    const title = frontMatterDocument(article).get('title')!;
    assert.deepEqual(article.lines.rangeOf(title.valueSpan!.start, title.valueSpan!.end), {
      start: { line: 2, character: 7 },
      end: { line: 2, character: 26 },
    });
    assert.ok(!article.yaml.includes('\n---'));
  });

  it('handles a BOM before the opening fence as a displacement of one', () => {
    const article = parseArticle(readSeed('bom.md'));
    assert.equal(article.bom, true);
    assert.equal(article.frontMatter?.displacement, 1);
    assert.deepEqual(article.lines.positionAt(article.frontMatter!.openStart), { line: 0, character: 1 });
    assert.equal(article.fields.title, '沪指收涨0.8% 券商板块午后走强');
  });

  it('reads front matter at byte 0 as not displaced', () => {
    const article = parseArticle(readSeed('no-blank-line.md'));
    assert.equal(article.frontMatter?.openStart, 0);
    assert.equal(article.frontMatter?.displacement, 0);
    assert.equal(article.fields.title, '沪指收涨0.8% 券商板块午后走强');
  });

  it('ends an unclosed front matter before the body markup', () => {
    const text = readSeed('unclosed-fence.md');
    const article = parseArticle(text);
    assert.equal(article.frontMatter?.closed, false);
    assert.equal(article.frontMatter?.closeStart, undefined);
    assert.equal(text.slice(article.frontMatter!.contentEnd, article.frontMatter!.contentEnd + 7), '\n<div> ');
    assert.equal(article.bodyStart, article.frontMatter!.contentEnd);
    // Hexo finds no front matter in it, so the post has no title: front-matter-unclosed says so.
    assert.equal(article.frontMatter?.unread, 'unclosed');
    assert.deepEqual(article.hexo, { data: undefined, error: undefined, fails: false });
    assert.equal(article.fields.title, undefined);
  });

  it('treats an empty front matter as present, with no data for Hexo', () => {
    const article = parseArticle('---\n---\nbody');
    assert.equal(article.frontMatter?.contentStart, 4);
    assert.equal(article.frontMatter?.contentEnd, 4);
    // hexo-front-matter wants one character of data, so it finds no front matter at all.
    assert.equal(article.frontMatter?.unread, 'empty');
    assert.equal(article.yaml, '');
    assert.equal(article.body, 'body');
    assert.equal(article.hexo.data, undefined);
    assert.equal(article.fields.title, undefined);
    // Only a comment between the fences: Hexo's js-yaml reads null, which is no front matter either.
    const comment = parseArticle('---\n# nothing\n---\nbody');
    assert.equal(comment.frontMatter?.unread, undefined);
    assert.deepEqual(comment.hexo, { data: undefined, error: undefined, fails: false });
  });

  it('finds no front matter in a file without one, and makes the whole text the body', () => {
    const article = parseArticle(readSeed('not-an-article.txt'));
    assert.equal(article.frontMatter, undefined);
    assert.equal(article.bodyStart, 0);
    assert.equal(article.yaml, '');
    assert.equal(article.fields.title, undefined);
    assert.equal(parseArticle('text before\n---\ntitle: x\n---\n').frontMatter, undefined);
  });

  it('keeps a zone-less date as written and reads it as js-yaml does (UTC)', () => {
    const date = parseArticle(readSeed('zoneless-date.md')).fields.date;
    assert.deepEqual(date && { raw: date.raw, instant: date.instant?.toISOString(), zoneless: date.zoneless }, {
      raw: '2021-11-26 07:21:47',
      instant: '2021-11-26T07:21:47.000Z',
      zoneless: true,
    });
  });

  it('gives no instant for an invalid date, as Hexo drops it', () => {
    const date = parseArticle(readSeed('invalid-date.md')).fields.date;
    assert.equal(date?.raw, 'Tue, 32 Novembre 2021 25:61:00 GMT');
    assert.equal(date?.instant, undefined);
  });

  it('reports YAML that Hexo cannot read as data, not as an exception', () => {
    const article = parseArticle(readSeed('yaml-at-title.md'));
    assert.equal(article.hexo.data, undefined);
    assert.equal(article.hexo.error!.message, 'bad indentation of a mapping entry');
    assert.equal(article.hexo.error!.offset, article.yaml.indexOf('@'));
    assert.equal(article.fields.title, undefined);
    const issues = frontMatterDocument(article).issues;
    assert.deepEqual(issues.map((i) => [i.code, article.lines.positionAt(i.span.start)]), [
      ['BAD_SCALAR_START', { line: 2, character: 7 }],
    ]);
  });

  it('reads tab-indented lists as Hexo does (tabs become spaces)', () => {
    assert.deepEqual(parseArticle(readSeed('yaml-tab-indent.md')).fields.categories, ['金融', '新浪财经', '新浪财经－滚动']);
  });

  it('reads a scalar category as a one-element path', () => {
    assert.deepEqual(parseArticle(readSeed('scalar-categories.md')).fields.categories, ['新浪财经']);
  });

  it('counts emoji as two UTF-16 units, as VS Code does', () => {
    const article = parseArticle('\n---\ntitle: "📉 跌 📈"\ndate: 2022-07-15 13:40:00\n---\n<p>😀x</p>');
    const title = frontMatterDocument(article).get('title')!;
    assert.deepEqual(article.lines.rangeOf(title.valueSpan!.start, title.valueSpan!.end), {
      start: { line: 2, character: 7 },
      end: { line: 2, character: 16 },
    });
    assert.equal(article.fields.title, '📉 跌 📈');
    const x = article.text.indexOf('x</p>');
    assert.deepEqual(article.lines.positionAt(x), { line: 5, character: 5 });
    assert.equal(article.lines.offsetAt({ line: 5, character: 5 }), x);
  });

  it('never throws, whatever the input', () => {
    const pieces = fc.constantFrom('\n', '\r\n', '\r', '---', '---\n', '\uFEFF', 'title: ', "'", '"', '@', ':', ' ', '\t', '- ', '{{', '<p>', '📉', '内', 'date: ', '2021-13-45 99:99:99', '[', ']', '|', '>', '&', '*', '!', '%');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const a = parseArticle(text);
        void a.fields;
        void a.body;
        const doc = frontMatterDocument(a);
        for (const e of doc.entries) {
          assert.ok(e.keySpan.start >= 0 && e.keySpan.end <= text.length);
        }
        for (let o = 0; o <= text.length; o++) assert.ok(a.lines.offsetAt(a.lines.positionAt(o)) <= text.length);
      }),
      { numRuns: 500 },
    );
  });
});
