/**
 * The Articles view's body search reads the body as a reader does (issue 14, "the filter can
 * search the body's text too"): markup, comments and scripts dropped, references read, spaces
 * and case folded, the front matter left to the title and author filter.
 */
import * as assert from 'node:assert/strict';
import { bodyContains, foldForSearch, searchableBody } from '../../src/core/tree/bodyText';
import { filterPredicate } from '../../src/core/tree/archiveFilter';
import type { IndexEntry } from '../../src/core/index/records/indexEntry';

const post = (body: string) => `---\ntitle: 标题里的词\nauthor: 作者\n---\n${body}`;

describe('body search', () => {
  it('reads the body without markup, comments, scripts or styles', () => {
    assert.equal(searchableBody(post('<div>  <p>北京<b>人才</b></p>\n<!-- 注释 --><script>var 脚本 = 1;</script><style>p{}</style><p>Second   Line</p></div>')), '北京人才 second line');
  });

  it('reads character references', () => {
    assert.equal(searchableBody(post('<p>A&amp;B&nbsp;&#20013;&#x6587; &lt;tag&gt; &unknown;</p>')), 'a&b 中文 <tag> &unknown;');
  });

  const cases: [string, string, boolean][] = [
    ['人才', '<p>北京<b>人才</b>高地</p>', true],
    ['北京人才', '<p>北京<a href="x">人才</a></p>', true],
    ['北京 人才', '<p>北京</p>\n\n<p>人才</p>', true],
    ['a&b', '<p>A&amp;B</p>', true],
    ['second line', '<p>SECOND\nLINE</p>', true],
    ['标题里的词', '<p>正文</p>', false], // the front matter is not the body
    ['注释', '<p>正文</p><!-- 注释 -->', false],
    ['', '<p>正文</p>', false],
  ];
  for (const [needle, body, expected] of cases) {
    it(`${expected ? 'finds' : 'does not find'} "${needle}" in ${JSON.stringify(body)}`, () => {
      assert.equal(bodyContains(post(body), foldForSearch(needle)), expected);
    });
  }

  it('adds the body matches to the title and author filter, only when the filter asks for the body', () => {
    const entry = (name: string, title: string) => ({ folder: '/a', name, title, author: undefined, problems: undefined }) as unknown as IndexEntry;
    const [byTitle, byBody, neither] = [entry('1.md', '人才工作'), entry('2.md', '其他'), entry('3.md', '无关')];
    const inBody = new Set(['/a/2.md']);
    const names = (f: Parameters<typeof filterPredicate>[0]) => [byTitle, byBody, neither].filter(filterPredicate(f)).map((e) => e.name);
    assert.deepEqual(names({ text: '人才', problemsOnly: false, body: true, inBody }), ['1.md', '2.md']);
    assert.deepEqual(names({ text: '人才', problemsOnly: false, body: false, inBody }), ['1.md']);
    assert.deepEqual(names({ text: '人才', problemsOnly: false, body: true }), ['1.md']);
  });
});
