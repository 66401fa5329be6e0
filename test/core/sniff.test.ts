import { strict as assert } from 'node:assert';
import { articleKind, isArticle } from '../../src/core/article/sniff';
import { fileSelection } from '../../src/core/index/fileSelection';

describe('articleKind', () => {
  const cases: [string, string, ReturnType<typeof articleKind>][] = [
    ['the archive form: blank line, fence, title', "\n---\ntitle: 'x'\n---\n<div>", 'article'],
    ['BOM and several blank lines', "\uFEFF\n \n\n---\ndate: 1\ntitle: x\n---\n", 'article'],
    ['CRLF', '\r\n---\r\ntitle: x\r\n---\r\n', 'article'],
    ['front matter without a title', '---\ndate: 2021-01-01\n---\n', 'untitled'],
    ['unclosed, with a title far down', '---\n' + 'a: 1\n'.repeat(70) + 'title: x\n', 'article'],
    ['25 blank lines (Hexo reads none, but it stays an article)', '\n'.repeat(25) + '---\ntitle: x\n---\n', 'article'],
    ['an indented fence', '  ---\ntitle: x\n---\n', 'article'],
    ['keys closed by `---` alone, which Hexo reads', 'title: x\ndate: 2021-01-01\n---\n<p>', 'article'],
    ['fenceless front matter', 'title: x\ndate: 2021-01-01\n\n<p>', 'fenceless'],
    ['keys after a blank line, no fence', '\ntitle: x\n<p>', 'fenceless'],
    ['a plain note', 'Notes\n\nno front matter here\n', 'other'],
    ['markdown with a rule', '# Title\n\n---\n\ntext', 'other'],
    ['empty', '', 'other'],
  ];
  for (const [what, head, kind] of cases) {
    it(`${what} → ${kind}`, () => assert.equal(articleKind(head), kind));
  }

  it('needs only front matter inside the selection, a title outside it', () => {
    assert.equal(isArticle('---\ndate: 1\n---\n', true), true);
    assert.equal(isArticle('---\ndate: 1\n---\n', false), false);
    assert.equal(isArticle('---\ntitle: t\n---\n', false), true);
    assert.equal(isArticle('plain text', true), false);
  });
});

describe('fileSelection', () => {
  it('takes .md, .markdown, .txt and .html and leaves out node_modules, .git and build output', () => {
    const s = fileSelection();
    assert.deepEqual(
      ['a.md', 'x/b.markdown', 'c.txt', 'd/e/f.html', 'g.json', 'node_modules/p/readme.md', '.git/x.txt', 'public/2021/a.html', '.hidden/a.md'].map(s.includes),
      [true, true, true, true, false, false, false, false, true],
    );
    assert.equal(s.excludesFolder('node_modules'), true);
    assert.equal(s.excludesFolder('posts'), false);
  });
});
