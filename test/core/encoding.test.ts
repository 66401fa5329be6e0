/**
 * Bytes that are not UTF-8 are never rewritten (issue 12 §2): real GB18030 bytes, as old
 * archives hold them, get the `encoding` error with the first bad byte's offset and what the
 * bytes look like; no fix is offered; `fix` and `clean --write` leave the file byte for byte,
 * say why and exit 2.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { decodeFile, encodingFault, firstInvalidUtf8 } from '../../src/core/article/encoding';
import { validateArticle } from '../../src/core/rules/index';
import { formatMessage } from '../../src/core/rules/messages';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { nodeFileAccess } from '../../src/core/files/nodeFileAccess';
import { fixFile, validateFile } from '../../src/workers/archivePass';
import { runCli } from './cliRun';

const NOW = new Date('2026-01-01T00:00:00Z');

// 新闻标题 and 正文 in GBK/GB18030 (a GB18030 decoder checks them below).
const GB_TITLE = [0xd0, 0xc2, 0xce, 0xc5, 0xb1, 0xea, 0xcc, 0xe2];
const GB_BODY = [0xd5, 0xfd, 0xce, 0xc4];
const ascii = (s: string) => [...Buffer.from(s, 'utf8')];

/** A post whose title and body are GB18030, and whose front matter has a trailing space (a fixable problem). */
function gbPost(): Buffer {
  return Buffer.from([
    ...ascii('---\ntitle: '),
    ...GB_TITLE,
    ...ascii('\ndate: 2021-11-26T07:21:47Z \ncategories:\n - news\n---\n<p>'),
    ...GB_BODY,
    ...ascii('</p>\n'),
  ]);
}

describe('encoding: bytes that are not UTF-8', () => {
  it('the test bytes are GB18030 for 新闻标题 and 正文', () => {
    assert.equal(new TextDecoder('gb18030').decode(Buffer.from(GB_TITLE)), '新闻标题');
    assert.equal(new TextDecoder('gb18030').decode(Buffer.from(GB_BODY)), '正文');
  });

  const table: [string, number[], number][] = [
    ['ASCII', ascii('title: a'), -1],
    ['UTF-8 Chinese and an emoji', ascii('标题💪'), -1],
    ['a BOM', [0xef, 0xbb, 0xbf, 0x61], -1],
    ['an overlong NUL', [0x61, 0xc0, 0x80], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a sequence cut at the end', [0x61, 0xe6, 0x96], 1],
    ['GB18030', GB_TITLE, 0],
  ];
  for (const [name, bytes, at] of table) {
    it(`first invalid byte: ${name} → ${at}`, () => {
      assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), at);
      // Node's own check agrees on validity.
      assert.equal(Buffer.from(bytes).toString('utf8').includes('\ufffd'), at >= 0);
    });
  }

  it('finds the first bad byte of a GB18030 post, its place in the text, and says it looks like GBK/GB18030', () => {
    const bytes = gbPost();
    const fault = encodingFault(bytes);
    assert.deepEqual(fault, { byteOffset: 11, textOffset: 11, bytes: 'D0 C2 CE C5', looksLike: 'gb18030', sample: '新闻标题' });
    assert.equal(decodeFile(bytes).text.charAt(11), '\ufffd');
  });

  it('says UTF-16 for a UTF-16 file', () => {
    const fault = encodingFault(Buffer.from('\ufeff---\ntitle: 甲\n---\n', 'utf16le'));
    assert.equal(fault?.looksLike, 'utf-16');
    assert.equal(fault?.byteOffset, 0);
  });

  it('reports it as an error on the first bad character, in English and Chinese, and withholds every fix', () => {
    const { text, fault } = decodeFile(gbPost());
    const problems = validateArticle(parseArticle(text, { encoding: fault }), undefined, { now: NOW });
    const p = problems.find((q) => q.ruleId === 'encoding');
    assert.ok(p);
    assert.equal(p.severity, 'error');
    assert.deepEqual([p.start, p.end], [11, 12]);
    assert.equal(
      formatMessage(p.ruleId, p, 'en'),
      'The file is not UTF-8: the byte at offset 11 (D0 C2 CE C5) begins no UTF-8 character, and the bytes read as GBK/GB18030 ("新闻标题"). Hexo reads posts as UTF-8 and shows these characters as �. Convert the file to UTF-8 (for example "iconv -f GB18030 -t UTF-8"); until then nothing fixes or cleans it.',
    );
    assert.ok(formatMessage(p.ruleId, p, 'zh-cn').startsWith('文件不是 UTF-8 编码：偏移量 11 处的字节（D0 C2 CE C5）'));
    const trailing = problems.find((q) => q.ruleId === 'trailing-space');
    assert.ok(trailing, 'the trailing space is still found');
    assert.equal(trailing.fix, undefined);
    assert.equal(trailing.fixWithheld, true);
    // The same text without the fault: the fix is there.
    assert.ok(validateArticle(parseArticle(text), undefined, { now: NOW }).find((q) => q.ruleId === 'trailing-space')?.fix);
  });

  describe('the CLI', () => {
    let dir: string;
    let file: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-encoding-'));
      file = path.join(dir, 'gb.md');
      fs.writeFileSync(file, gbPost());
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('check reports the encoding error', async () => {
      const run = await runCli(['check', file, '--format', 'json', '--lang', 'en']);
      assert.equal(run.code, 1);
      assert.ok(/"rule": "encoding",\s+"severity": "error"/.test(run.out), run.out);
    });

    it('fix leaves the file byte for byte, says why and exits 2', async () => {
      const utf8 = path.join(dir, 'ok.md');
      fs.writeFileSync(utf8, '---\ntitle: 甲 \ndate: 2021-11-26T07:21:47Z\ncategories:\n - news\n---\n<p>x</p>\n');
      const run = await runCli(['fix', dir, '--lang', 'en']);
      assert.equal(run.code, 2);
      assert.deepEqual(fs.readFileSync(file), gbPost());
      assert.ok(run.err.includes(`${file}: not UTF-8 at byte offset 11 (D0 C2 CE C5) (it looks like GBK/GB18030); not fixed, left byte for byte. Convert it to UTF-8 first.`), run.err);
      // The UTF-8 post beside it is still fixed.
      assert.equal(fs.readFileSync(utf8, 'utf8'), '---\ntitle: 甲\ndate: 2021-11-26T07:21:47Z\ncategories:\n - news\n---\n<p>x</p>\n');
    });

    it('clean --write leaves the file byte for byte, says why and exits 2', async () => {
      const run = await runCli(['clean', file, '--write', '--lang', 'en']);
      assert.equal(run.code, 2);
      assert.deepEqual(fs.readFileSync(file), gbPost());
      assert.ok(run.err.includes('not UTF-8 at byte offset 11'), run.err);
    });

    it('says it in Chinese too', async () => {
      const run = await runCli(['fix', file, '--lang', 'zh-cn']);
      assert.ok(run.err.includes('偏移量 11 处的字节（D0 C2 CE C5）不是 UTF-8（看起来是 GBK/GB18030 编码）；未修复'), run.err);
    });
  });
});

describe("encoding: the editor's archive work (Validate Archive, Fix All in Archive) in the workers", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-encoding-pass-'));
    file = path.join(dir, 'gb.md');
    fs.writeFileSync(file, gbPost());
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('Validate Archive reports the encoding error and Fix All in Archive proposes nothing for the file', async () => {
    const validated = await validateFile(nodeFileAccess, { path: file, config: 0 }, defaultArchiveConfig());
    assert.equal(validated.kind, 'article');
    const ids = validated.kind === 'article' ? validated.problems.map((p) => p.problem.ruleId) : [];
    assert.ok(ids.includes('encoding'), ids.join(', '));
    assert.equal(await fixFile(nodeFileAccess, { path: file, config: 0 }, defaultArchiveConfig()), 'clean');
    assert.deepEqual(fs.readFileSync(file), gbPost());
  });

  it('fixes the same post once it is UTF-8 (the trailing space), so the test above can fail', async () => {
    fs.writeFileSync(file, '---\ntitle: 新闻标题\ndate: 2021-11-26T07:21:47Z \ncategories:\n - news\n---\n<p>正文</p>\n');
    const fixed = await fixFile(nodeFileAccess, { path: file, config: 0 }, defaultArchiveConfig());
    assert.ok(fixed && fixed !== 'clean' && fixed.after.includes('date: 2021-11-26T07:21:47Z\n'), JSON.stringify(fixed));
  });
});
