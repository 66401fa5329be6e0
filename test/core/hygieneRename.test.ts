import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { applyEdits } from '../../src/core/edits';
import { valueOccurrences } from '../../src/core/hygiene/frontMatterValues';
import { minimalEdit, renameValueEdits } from '../../src/core/hygiene/rename';

const seeds = path.resolve(__dirname, '../../../seeds');

function renamed(text: string, field: 'categories' | 'tags' | 'author', from: string, to: string) {
  const result = renameValueEdits(parseArticle(text), field, from, to);
  return { ...result, text: applyEdits(text, result.edits).text };
}

describe('hygiene: rename edits', () => {
  it('renames the seed category with one edit of one character', () => {
    const text = fs.readFileSync(path.join(seeds, '000_e84b391c27bbb68a.txt'), 'utf8');
    const r = renamed(text, 'categories', '新浪财经－国內', '新浪财经－国内');
    assert.deepEqual(r.edits, [{ start: 85, end: 86, newText: '内' }]);
    assert.equal(text.slice(85, 86), '內');
    assert.equal(r.renamed, 1);
    assert.equal(r.text, text.slice(0, 85) + '内' + text.slice(86));
    assert.deepEqual(parseArticle(r.text).fields.categories, ['金融', '新浪财经', '新浪财经－国内']);
  });

  const cases: { name: string; text: string; field: 'categories' | 'tags' | 'author'; from: string; to: string; after: string; edits?: number }[] = [
    {
      name: 'keeps single quotes',
      text: "---\ntitle: t\nauthor: '新浪 财经'\n---\nbody",
      field: 'author', from: '新浪 财经', to: '新浪财经',
      after: "---\ntitle: t\nauthor: '新浪财经'\n---\nbody",
    },
    {
      name: 'keeps double quotes and escapes',
      text: '---\ntitle: t\ntags: ["a \\"b\\"", c]\n---\n',
      field: 'tags', from: 'a "b"', to: 'a "B"',
      after: '---\ntitle: t\ntags: ["a \\"B\\"", c]\n---\n',
    },
    {
      name: 'quotes a plain value only when it must (a comma in a flow list)',
      text: '---\ntitle: t\ntags: [x, y]\n---\n',
      field: 'tags', from: 'x', to: 'x, z',
      after: "---\ntitle: t\ntags: ['x, z', y]\n---\n",
    },
    {
      name: 'keeps a plain value plain when it reads the same',
      text: '---\ntitle: t\ncategories:\n  - News\n  - Sina finance\n---\n',
      field: 'categories', from: 'Sina finance', to: 'Sina Finance',
      after: '---\ntitle: t\ncategories:\n  - News\n  - Sina Finance\n---\n',
    },
    {
      name: 'quotes a value that would read as a number',
      text: '---\ntitle: t\ntags:\n - a\n---\n',
      field: 'tags', from: 'a', to: '2021',
      after: "---\ntitle: t\ntags:\n - '2021'\n---\n",
    },
    {
      name: 'merges into a value the block list already holds (CRLF kept)',
      text: '---\r\ntitle: t\r\ntags:\r\n - Earnings\r\n - earnings\r\n - q1\r\n---\r\n',
      field: 'tags', from: 'earnings', to: 'Earnings',
      after: '---\r\ntitle: t\r\ntags:\r\n - Earnings\r\n - q1\r\n---\r\n',
    },
    {
      name: 'merges into a value the flow list already holds',
      text: '---\ntitle: t\ntags: [earnings, q1, Earnings]\n---\n',
      field: 'tags', from: 'earnings', to: 'Earnings',
      after: '---\ntitle: t\ntags: [q1, Earnings]\n---\n',
    },
    {
      name: 'renames a category given as a plain string',
      text: '---\ntitle: t\ncategories: 新闻 \n---\n',
      field: 'categories', from: '新闻', to: '资讯',
      after: '---\ntitle: t\ncategories: 资讯 \n---\n',
    },
    {
      name: 'renames every repetition, nested lists included',
      text: '---\ntitle: t\ncategories:\n - [新闻, 国內]\n - 国內\n---\n',
      field: 'categories', from: '国內', to: '国内', edits: 2,
      after: '---\ntitle: t\ncategories:\n - [新闻, 国内]\n - 国内\n---\n',
    },
    {
      name: 'leaves an emoji whole',
      text: "---\ntitle: t\ntags: ['😀a']\n---\n",
      field: 'tags', from: '😀a', to: '😃a',
      after: "---\ntitle: t\ntags: ['😃a']\n---\n",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = renamed(c.text, c.field, c.from, c.to);
      assert.deepEqual(r.problems, []);
      assert.equal(r.text, c.after);
      if (c.edits !== undefined) assert.equal(r.edits.length, c.edits);
    });
  }

  it('offers no edit for a block scalar, and says why', () => {
    const r = renamed('---\ntitle: t\nauthor: |\n  新浪 财经\n---\n', 'author', '新浪 财经\n', '新浪财经');
    assert.deepEqual(r.edits, []);
    assert.deepEqual(r.problems, ['"新浪 财经\n" is a YAML block scalar; rename it by hand']);
  });

  it('offers nothing when the value is absent or unchanged', () => {
    assert.deepEqual(renameValueEdits(parseArticle('---\ntitle: t\ntags: [a]\n---\n'), 'tags', 'b', 'c'), { edits: [], renamed: 0, problems: [] });
    assert.deepEqual(renameValueEdits(parseArticle('---\ntitle: t\ntags: [a]\n---\n'), 'tags', 'a', 'a'), { edits: [], renamed: 0, problems: [] });
  });

  it('locates every value of a field', () => {
    const text = "---\ntitle: t\ncategories:\n - 金融\n - '新浪财经'\ntags: [a, \"b\"]\nauthor: x\n---\n";
    const a = parseArticle(text);
    const spans = (field: 'categories' | 'tags' | 'author') => valueOccurrences(a, field).map((o) => [o.value, text.slice(o.start, o.end), o.style, o.list?.flow]);
    assert.deepEqual(spans('categories'), [['金融', '金融', 'PLAIN', false], ['新浪财经', "'新浪财经'", 'QUOTE_SINGLE', false]]);
    assert.deepEqual(spans('tags'), [['a', 'a', 'PLAIN', true], ['b', '"b"', 'QUOTE_DOUBLE', true]]);
    assert.deepEqual(spans('author'), [['x', 'x', 'PLAIN', undefined]]);
  });

  it('trims a replacement to the changed characters', () => {
    assert.deepEqual(minimalEdit(10, "'abc'", "'abd'"), { start: 13, end: 14, newText: 'd' });
    assert.deepEqual(minimalEdit(0, 'ab', 'ab'), undefined);
    assert.deepEqual(minimalEdit(0, 'a😀', 'a😃'), { start: 1, end: 3, newText: '😃' });
    assert.deepEqual(minimalEdit(0, 'aa', 'aaa'), { start: 2, end: 2, newText: 'a' });
  });
});
