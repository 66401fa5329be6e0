/**
 * `check --cache FILE`: results keyed by content (git blob id, else a hash of the bytes), the
 * effective configuration and the tool version, never by modification time; a warm run over a
 * git checkout opens no article; messages come out in the run's language; a result that holds
 * only until a future date expires then.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nodeFs = require('node:fs');
import { bufferSource, CheckCacheReader, encodeCache } from '../../src/core/report/checkCache';
import { decodeEntryData, encodeEntryData } from '../../src/core/report/entryData';
import { TOOL_VERSION } from '../../src/cli/version';
import { REPO } from './ruleFixtures';
import { runCliIn } from './cliRun';

const SEEDS = ['yaml-at-title.md', 'comments-no.md', 'crlf.md', 'future-date.md', 'not-an-article.txt'];

function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cache-'));
  fs.mkdirSync(path.join(dir, 'posts'));
  for (const n of SEEDS) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, 'posts', n));
  return dir;
}


/** Counts the files under `dir` opened during `work` (readSnapshot opens each file it reads). */
async function opensUnder<T>(dir: string, work: () => Promise<T>): Promise<{ result: T; opened: string[] }> {
  const real = nodeFs.openSync;
  const opened: string[] = [];
  nodeFs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    const at = path.resolve(String(file));
    if (at.startsWith(path.join(dir, 'posts')) && path.basename(at) !== '.newsarchive.json') opened.push(path.basename(at));
    return (real as (...a: unknown[]) => number)(file, ...rest);
  }) as typeof nodeFs.openSync;
  try {
    return { result: await work(), opened };
  } finally {
    nodeFs.openSync = real;
  }
}

describe('news-archive check --cache', () => {
  it('gives the same report from the cache, in the run\'s language, and re-checks only what changed', async () => {
    const dir = archive();
    const cold = await runCliIn(dir, ['check', 'posts', '--format', 'json', '--cache', '.cache/check.json', '--lang', 'en']);
    const warm = await runCliIn(dir, ['check', 'posts', '--format', 'json', '--cache', '.cache/check.json', '--lang', 'en']);
    assert.equal(cold.code, 1);
    assert.equal(warm.code, 1);
    assert.deepEqual(JSON.parse(warm.out), JSON.parse(cold.out));
    const text = await runCliIn(dir, ['check', 'posts', '--cache', '.cache/check.json', '--lang', 'en']);
    assert.match(text.err, /\.cache\/check\.json: 5 of 5 files from the cache/);
    const zh = await runCliIn(dir, ['check', 'posts', '--cache', '.cache/check.json', '--lang', 'zh-cn']);
    assert.match(zh.err, /5 个文件中有 5 个取自缓存/);
    assert.match(zh.out, /posts\/yaml-at-title\.md:3:8 error yaml-syntax .*[\u4e00-\u9fff]/);

    // A new modification time alone is no change; new content is, even at the same size and time.
    const file = path.join(dir, 'posts', 'comments-no.md');
    fs.utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    assert.match((await runCliIn(dir, ['check', 'posts', '--cache', '.cache/check.json'])).err, /5 of 5 files from the cache/);
    const before = fs.statSync(file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('comments: no', 'comments: on'));
    fs.utimesSync(file, before.atime, before.mtime);
    const changed = await runCliIn(dir, ['check', 'posts', '--cache', '.cache/check.json', '--format', 'json']);
    assert.match(JSON.parse(changed.out).find((f: { path: string }) => f.path.endsWith('comments-no.md')).diagnostics.map((d: { message: string }) => d.message).join('\n'), /comments: on/);
    assert.match((await runCliIn(dir, ['check', 'posts', '--cache', '.cache/check.json'])).err, /5 of 5 files from the cache/);
  });

  it('keys by the effective configuration: a changed .newsarchive.json re-checks its files', async () => {
    const dir = archive();
    await runCliIn(dir, ['check', 'posts', '--cache', 'c.json']);
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), '{"rules": {"trailing-space": "off"}}\n');
    const r = await runCliIn(dir, ['check', 'posts', '--cache', 'c.json']);
    assert.match(r.err, /0 of 5 files from the cache/);
    assert.doesNotMatch(r.out, /trailing-space/);
    assert.match((await runCliIn(dir, ['check', 'posts', '--cache', 'c.json'])).err, /5 of 5 files from the cache/);
  });

  it('in a git checkout, a warm run opens no article: the blob ids say nothing changed', async function () {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
    } catch {
      this.skip();
    }
    const dir = archive();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'posts');
    git('commit', '-qm', 'posts');
    const cold = await opensUnder(dir, () => runCliIn(dir, ['check', 'posts', '--cache', 'c.json']));
    assert.equal(cold.opened.length, 5);
    const warm = await opensUnder(dir, () => runCliIn(dir, ['check', 'posts', '--cache', 'c.json']));
    assert.deepEqual(warm.opened, []);
    assert.equal(warm.result.out, cold.result.out);
    // The seeds are copies of one article: the archive-wide rules ran from the cached sketches, no file opened.
    assert.match(warm.result.out, /^posts\/crlf\.md:\d+:\d+ warning duplicate-article .*one of 4 copies/m);
    // An edit not yet committed is seen by git (diff-files) and the file is read again.
    fs.appendFileSync(path.join(dir, 'posts', 'crlf.md'), '\r\n');
    const edited = await opensUnder(dir, () => runCliIn(dir, ['check', 'posts', '--cache', 'c.json']));
    assert.deepEqual(edited.opened, ['crlf.md']);
    // An untracked file is hashed: read, but checked only once.
    fs.copyFileSync(path.join(REPO, 'seeds', 'bom.md'), path.join(dir, 'posts', 'bom.md'));
    await runCliIn(dir, ['check', 'posts', '--cache', 'c.json']);
    const untracked = await opensUnder(dir, () => runCliIn(dir, ['check', 'posts', '--cache', 'c.json']));
    assert.deepEqual(untracked.opened.sort(), ['bom.md', 'crlf.md']);
    assert.match(untracked.result.err, /6 of 6 files from the cache/);
  });

  it('stores until when a future date stays future, and drops the result then', async () => {
    const dir = archive();
    await runCliIn(dir, ['check', 'posts', '--cache', 'c.json']);
    const stored = CheckCacheReader.open(bufferSource(fs.readFileSync(path.join(dir, 'c.json'))), TOOL_VERSION);
    assert.ok(stored instanceof CheckCacheReader);
    const entry = (name: string) => stored.stored(stored.names().get(name)!);
    assert.equal(entry('posts/future-date.md').expires, Date.parse('2091-11-16T07:30:12Z'));
    assert.equal(entry('posts/crlf.md').expires, undefined);
    assert.equal(entry('posts/not-an-article.txt').counts, null);
    const problems = [{ rule: 'r', severity: 'error' as const, messageId: 'm', args: { n: 1 }, range: { start: { line: 0, character: 1 }, end: { line: 2, character: 3 } }, fingerprint: 'f' }];
    const chunks = encodeCache('1.0.0', [{ name: 'a.md', content: 'sha256:x', config: 'defaults', expires: 1000, counts: [1, 0, 0, 0], data: encodeEntryData(problems) }]);
    const again = CheckCacheReader.open(bufferSource(Buffer.concat(chunks)), '1.0.0');
    assert.ok(again instanceof CheckCacheReader);
    const hit = again.lookup('a.md', 'sha256:x', 'defaults', 999);
    assert.notEqual(hit, undefined);
    assert.deepEqual(decodeEntryData(again.data(hit!)).problems, problems);
    assert.equal(again.lookup('a.md', 'sha256:x', 'defaults', 1000), undefined);
    assert.equal(again.lookup('a.md', 'sha256:y', 'defaults', 0), undefined);
    assert.equal(again.lookup('a.md', 'sha256:x', 'other', 0), undefined);
    assert.equal(CheckCacheReader.open(bufferSource(Buffer.concat(chunks)), '1.0.1'), 'foreign', 'another tool version starts afresh');
    assert.equal(CheckCacheReader.open(bufferSource(Buffer.concat(chunks).subarray(0, 60)), '1.0.0'), 'foreign', 'a cache cut short is not read');
  });

  it('says so and starts afresh when the file is not a cache it wrote', async () => {
    const dir = archive();
    fs.writeFileSync(path.join(dir, 'c.json'), '{"format": "something else"}');
    const r = await runCliIn(dir, ['check', 'posts', '--cache', 'c.json', '--lang', 'en']);
    assert.match(r.err, /c\.json: not a cache this version of news-archive wrote; checking every file/);
    assert.match(r.err, /0 of 5 files from the cache/);
    assert.match((await runCliIn(dir, ['check', 'posts', '--cache', 'c.json'])).err, /5 of 5 files from the cache/);
  });
});
