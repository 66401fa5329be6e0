/**
 * The linear-time property's counterexample: `tags:\n - a` and thousands of `": "`. The `yaml`
 * package's CST parser (2.9.1) recurses once per key nested on the line and overflows the stack
 * after about 1,800 of them (fewer on a deeper stack), and every rule that asked for the front
 * matter's ranges became a `rule-error`; `news-archive check` stopped with exit 2. The article
 * now gets what Hexo's reading implies: js-yaml (hexo-front-matter) fails on the line, so
 * yaml-syntax reports Hexo's error where Hexo puts it, as it does for the same line with three
 * colons (there in the parser's words, with its fix).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isScalar } from 'yaml';
import { parseArticle } from '../../src/core/article/article';
import { frontMatterDocument } from '../../src/core/article/yamlDocument';
import { blankOut, rawEntry, topLevelChunks } from '../../src/core/article/yamlTopLevel';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { nodeFileAccess } from '../../src/core/files/nodeFileAccess';
import { articleRecord } from '../../src/core/index/articleRecord';
import { StringPool } from '../../src/core/index/records/stringPool';
import { RULE_ERROR_ID, validateArticle } from '../../src/core/rules/index';
import { fixAll } from '../../src/core/rules/fixAll';
import { passFile } from '../../src/workers/archivePass';
import { runCli } from './cliRun';
import { hexoRead } from './hexoOracle';

const NOW = { now: new Date('2026-01-01T00:00:00Z') };
/** The property's place `tags:\n - a${run}\n - b` with its longest run of `": "` (30,000 characters). */
const COUNTEREXAMPLE = `---\ntags:\n - a${': '.repeat(15_000)}\n - b\n---\n`;
const LINE_END = 14 + 30_000;

function problems(text: string) {
  return validateArticle(parseArticle(text), undefined, NOW).map((p) => ({ ruleId: p.ruleId, severity: p.severity, messageId: p.messageId, start: p.start, end: p.end, args: p.args }));
}

describe('front matter that overflows the yaml parser', () => {
  it('gets yaml-syntax\'s error where Hexo fails, and a trailing-space hint, never a rule-error', () => {
    assert.equal(hexoRead(COUNTEREXAMPLE).failed, true, 'Hexo cannot read it');
    assert.deepEqual(problems(COUNTEREXAMPLE), [
      // js-yaml stops at the second colon of line 3 (3:7): the line from there.
      { ruleId: 'yaml-syntax', severity: 'error', messageId: 'hexoError', start: 16, end: LINE_END, args: { detail: 'bad indentation of a mapping entry' } },
      { ruleId: 'trailing-space', severity: 'hint', messageId: 'space', start: LINE_END - 1, end: LINE_END, args: undefined },
    ]);
  });

  it('is reported by the same rule, with the same severity and start, as the line with three colons', () => {
    const short = `---\ntags:\n - a${': '.repeat(3)}\n - b\n---\n`;
    assert.equal(hexoRead(short).failed, true);
    const [shortError] = problems(short);
    const [longError] = problems(COUNTEREXAMPLE);
    assert.deepEqual({ ...shortError, end: 0, messageId: '', args: {} }, { ...longError, end: 0, messageId: '', args: {} });
    assert.deepEqual([shortError.messageId, shortError.end], ['nestedKey', 19]);
  });

  it('keeps every other entry\'s node and the parser\'s errors outside the overflowing entry', () => {
    const text = `---\ntitle: 沪指收涨\ndate: 2021-11-26 07:21:47\ntags:\n - a${': '.repeat(15_000)}\n - b\nauthor: [x\ncategories:\n - 财经\n---\n<p>x</p>\n`;
    const tagsEnd = 49 + 30_008;
    const doc = frontMatterDocument(parseArticle(text));
    assert.deepEqual(doc.entries.map((e) => [e.key, e.keySpan.start, e.keySpan.end, e.valueSpan?.start, e.valueSpan?.end, isScalar(e.value) ? e.value.value : e.value === null ? null : 'node']), [
      ['title', 4, 9, 11, 15, '沪指收涨'],
      ['date', 16, 20, 22, 41, '2021-11-26 07:21:47'],
      // Located by the line scan: spans, no node.
      ['tags', 42, 46, 49, tagsEnd, null],
      ['author', tagsEnd + 1, tagsEnd + 7, tagsEnd + 9, tagsEnd + 11, 'node'],
      ['categories', tagsEnd + 12, tagsEnd + 22, tagsEnd + 25, tagsEnd + 29, 'node'],
    ]);
    assert.deepEqual(doc.issues.map((i) => [i.code, i.span.start, i.span.end]), [['BAD_INDENT', tagsEnd + 12, tagsEnd + 13]]);
    assert.deepEqual(problems(text).map((p) => [p.ruleId, p.messageId, p.start, p.end]), [
      ['trailing-space', 'space', tagsEnd - 6, tagsEnd - 5],
      ['yaml-syntax', 'badIndent', tagsEnd + 12, tagsEnd + 13],
    ]);
  });

  it('is fixed by fix-all as far as a fix is safe: the trailing space goes, nothing else changes', () => {
    const r = fixAll(COUNTEREXAMPLE, undefined, NOW);
    assert.equal(r.text, COUNTEREXAMPLE.replace(/: \n - b/, ':\n - b'));
    assert.deepEqual(validateArticle(parseArticle(r.text), undefined, NOW).filter((p) => p.ruleId === RULE_ERROR_ID), []);
  });

  describe('through news-archive check and the index', () => {
    let dir: string;
    let file: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-yaml-overflow-'));
      file = path.join(dir, 'deep.md');
      fs.writeFileSync(file, COUNTEREXAMPLE);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('check reports the two problems and exits 1 (it stopped with exit 2)', async () => {
      const r = await runCli(['check', dir]);
      assert.equal(r.code, 1, r.err);
      assert.equal(r.out.split('\n').slice(0, 2).join('\n'), [
        `${file}:3:7 error yaml-syntax Hexo cannot read this front matter (bad indentation of a mapping entry): the post loses its title, date and categories.`,
        `${file}:3:30004 hint trailing-space Trailing space at the end of the line.`,
      ].join('\n'));
    });

    it('index gives the record the full parser gives: no title, date or categories, as Hexo reads none', async () => {
      const r = await runCli(['index', dir, '--format', 'json']);
      assert.equal(r.code, 0, r.err);
      const expected = articleRecord(file, parseArticle(COUNTEREXAMPLE));
      assert.deepEqual(JSON.parse(r.out), [JSON.parse(JSON.stringify(expected))]);
      assert.deepEqual([expected.title, expected.date, expected.categories], [undefined, null, []]);
    });

    it('the index\'s pass counts the same two problems', async () => {
      const r = await passFile(nodeFileAccess, { path: file, config: 0 }, defaultArchiveConfig(), true, new StringPool());
      assert.equal(r.kind, 'article');
      assert.deepEqual(r.kind === 'article' && r.entry.problems, { errors: 1, warnings: 0, infos: 0, hints: 1, byRule: [['trailing-space', 1], ['yaml-syntax', 1]] });
    });
  });
});

describe('the line scan of top-level entries (the reading of last resort)', () => {
  // [case, YAML, [key, key as written, value as written]]
  const cases: [string, string, [string, string, string | undefined][]][] = [
    ['plain keys, a block list, comments', 'title: a b  \n# note\ntags:\n- x\n # between\n - y\n\nempty:\n', [['title', 'title', 'a b'], ['tags', 'tags', '- x\n # between\n - y'], ['empty', 'empty', undefined]]],
    ['quoted keys', `"a \\"b\\"": 1\n'it''s' : 2\n`, [['a "b"', '"a \\"b\\""', '1'], ["it's", "'it''s'", '2']]],
    ['a colon inside a plain key and a comment before the value', 'a:b: c\nk: # c\n  v\n', [['a:b', 'a:b', 'c'], ['k', 'k', 'v']]],
    ['CRLF', 'a: 1\r\nb:\r\n  - 2\r\n', [['a', 'a', '1'], ['b', 'b', '- 2']]],
    ['lines that are no key', '- x\n? k\n: v\nplain\n', []],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, () => {
      const found = topLevelChunks(yaml).map((c) => rawEntry(yaml, c)).filter((e) => e !== undefined);
      assert.deepEqual(found.map((e) => [e.key, yaml.slice(e.keyStart, e.keyEnd), e.value && yaml.slice(e.value.start, e.value.end)]), expected);
    });
  }

  it('blanks chunks to spaces, keeping every line break and so every offset', () => {
    const yaml = 'a: 1\r\nb: [2,\n  3]\nc: 4\n';
    const chunks = topLevelChunks(yaml);
    assert.deepEqual(chunks, [{ start: 0, end: 6 }, { start: 6, end: 18 }, { start: 18, end: 23 }]);
    assert.equal(blankOut(yaml, [chunks[1]]), 'a: 1\r\n' + '      \n    \n' + 'c: 4\n');
  });
});
