import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes, diffEdits } from '../../src/core/edits';
import { fixAll } from '../../src/core/rules/fixAll';
import type { TextEdit } from '../../src/core/problem';

const e = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });

describe('applyEdits', () => {
  const cases: { name: string; text: string; edits: TextEdit[]; out: string; applied: number; skipped: number }[] = [
    { name: 'no edits', text: 'abc', edits: [], out: 'abc', applied: 0, skipped: 0 },
    { name: 'one replacement', text: 'title: x\n', edits: [e(7, 8, "'x'")], out: "title: 'x'\n", applied: 1, skipped: 0 },
    { name: 'unsorted edits are applied in position order', text: 'abcdef', edits: [e(4, 5, 'E'), e(0, 1, 'A')], out: 'AbcdEf', applied: 2, skipped: 0 },
    { name: 'an exact duplicate counts once', text: 'abc', edits: [e(1, 2, 'B'), e(1, 2, 'B')], out: 'aBc', applied: 1, skipped: 0 },
    { name: 'an overlapping edit is left for the next pass', text: 'abcdef', edits: [e(1, 4, 'X'), e(3, 5, 'Y')], out: 'aXef', applied: 1, skipped: 1 },
    { name: 'two insertions at one point conflict', text: 'ab', edits: [e(1, 1, 'x'), e(1, 1, 'y')], out: 'axb', applied: 1, skipped: 1 },
    { name: 'touching ranges both apply', text: 'abcd', edits: [e(0, 2, 'X'), e(2, 4, 'Y')], out: 'XY', applied: 2, skipped: 0 },
    { name: 'an insertion at the end of a replaced range applies', text: 'abcd', edits: [e(0, 2, 'X'), e(2, 2, '+')], out: 'X+cd', applied: 2, skipped: 0 },
    { name: 'an edit past the end is invalid and skipped', text: 'ab', edits: [e(1, 5, 'x')], out: 'ab', applied: 0, skipped: 1 },
    { name: 'a reversed range is invalid and skipped', text: 'ab', edits: [e(2, 1, 'x')], out: 'ab', applied: 0, skipped: 1 },
    { name: 'LF in new text becomes CRLF in a CRLF file', text: 'a\r\nb\r\n', edits: [e(0, 0, '---\n')], out: '---\r\na\r\nb\r\n', applied: 1, skipped: 0 },
    { name: 'CRLF in new text becomes LF in an LF file', text: 'a\nb\n', edits: [e(2, 2, 'x\r\n')], out: 'a\nx\nb\n', applied: 1, skipped: 0 },
    { name: 'a BOM before the edit stays', text: '\uFEFF\n---\n', edits: [e(1, 2, '')], out: '\uFEFF---\n', applied: 1, skipped: 0 },
    { name: 'deleting a BOM with CRLF', text: '\uFEFF\r\n---\r\n', edits: [e(0, 3, '')], out: '---\r\n', applied: 1, skipped: 0 },
    { name: 'offsets count UTF-16 units (emoji)', text: "t: '💪x'", edits: [e(6, 7, 'y')], out: "t: '💪y'", applied: 1, skipped: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(applyEdits(c.text, c.edits), { text: c.out, applied: c.applied, skipped: c.skipped });
    });
  }
});

describe('applyFixes', () => {
  it('applies a fix whole or not at all', () => {
    const text = "title: it's\n";
    const quote = { title: 'quote', edits: [e(7, 7, "'"), e(9, 9, "'"), e(11, 11, "'")] };
    const clash = { title: 'clash', edits: [e(9, 9, 'X'), e(11, 12, '!')] };
    assert.deepEqual(applyFixes(text, [quote, clash]), { text: "title: 'it''s'\n", applied: 1, skipped: 1 });
  });

  it('takes fixes in position order, whatever order they come in', () => {
    const a = { title: 'a', edits: [e(4, 5, 'B')] };
    const b = { title: 'b', edits: [e(0, 1, 'A')] };
    assert.equal(applyFixes('abcdef', [a, b]).text, 'AbcdBf');
  });
});

describe('fixAll', () => {
  it('repeats passes until nothing fixable is left', () => {
    // Pass 1 quotes the title (Hexo can then read the front matter); pass 2 sees `comments: no`.
    const text = '\n---\ntitle: @user 说\ncomments: no\ndate: 2021-11-26T07:21:47Z\n---\n<p>x</p>\n';
    assert.deepEqual(fixAll(text), { text: "---\ntitle: '@user 说'\ncomments: false\ndate: 2021-11-26T07:21:47Z\n---\n<p>x</p>\n", fixed: 3 });
  });

  it('leaves a file with nothing to fix untouched', () => {
    const text = "---\ntitle: 'ok'\ndate: 2021-11-26T07:21:47Z\n---\n";
    assert.deepEqual(fixAll(text), { text, fixed: 0 });
  });
});

describe('diffEdits', () => {
  const cases: [string, string, string][] = [
    ['one character', 'comments: no\n', 'comments: false\n'],
    ['a deleted first line', '\n---\ntitle: x\n---\n', '---\ntitle: x\n---\n'],
    ['two far-apart changes', '\n---\ncategories: \n - a\nheadimg: q\nx: 1\n---\n<p>{{ a }}</p>\n', '---\ncategories:\n - a\nx: 1\n---\n<p>&#123;&#123; a &#125;&#125;</p>\n'],
    ['CRLF', '\r\n---\r\ncomments: no\r\n---\r\n', '---\r\ncomments: false\r\n---\r\n'],
    ['no final newline', 'a\nb', 'a\nc'],
    ['identical', 'same\n', 'same\n'],
  ];
  for (const [name, before, after] of cases) {
    it(`turns before into after with small edits: ${name}`, () => {
      const edits = diffEdits(before, after);
      assert.equal(applyEdits(before, edits).text, after);
      const changed = edits.reduce((n, x) => n + (x.end - x.start) + x.newText.length, 0);
      assert.ok(changed <= Math.abs(before.length - after.length) + 40, `edits too large: ${JSON.stringify(edits)}`);
    });
  }

  it('keeps separate changes as separate edits', () => {
    assert.deepEqual(diffEdits('a\nb\nc\nd\n', 'A\nb\nc\nD\n'), [{ start: 0, end: 1, newText: 'A' }, { start: 6, end: 7, newText: 'D' }]);
  });
});
