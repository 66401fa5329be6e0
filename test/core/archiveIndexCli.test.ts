/**
 * `news-archive index --cache DIR`: the second run reads only changed files and prints exactly
 * what a run without the cache prints; the records equal the full parser's on seeds/.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { articleRecord } from '../../src/core/index/articleRecord';
import { ArchiveIndex } from '../../src/core/index/archiveIndex';
import { IndexCache } from '../../src/core/index/indexCache';
import { runCli as run } from './cliRun';

const repo = path.resolve(__dirname, '../../..');

describe('news-archive index --cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-cli-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives every seed the record the full parser gives', async () => {
    const r = await run(['index', path.join(repo, 'seeds'), '--format', 'json']);
    const records = JSON.parse(r.out) as { path: string }[];
    assert.ok(records.length >= 17);
    for (const rec of records) assert.deepEqual(rec, JSON.parse(JSON.stringify(articleRecord(rec.path, parseArticle(fs.readFileSync(rec.path, 'utf8'))))), rec.path);
  });

  it('writes a cache, reuses it for unchanged files and rereads a changed one', async () => {
    const archive = path.join(dir, 'archive');
    fs.cpSync(path.join(repo, 'seeds'), archive, { recursive: true });
    const cacheDir = path.join(dir, 'cache');
    const first = await run(['index', archive, '--format', 'json', '--cache', cacheDir]);
    assert.equal(first.code, 0);
    const cacheFile = path.join(cacheDir, 'archive-index.json');
    const cached = IndexCache.decode(fs.readFileSync(cacheFile, 'utf8'), new ArchiveIndex(), 'cli-index');
    assert.ok(cached);
    assert.equal(cached.size, (JSON.parse(first.out) as unknown[]).length);

    // Same output from the cache.
    const second = await run(['index', archive, '--format', 'json', '--cache', cacheDir]);
    assert.equal(second.out, first.out);
    assert.equal(second.err, first.err, 'the non-article is still reported');

    // A changed file is read again: a new title, and a new size and mtime.
    const crlf = path.join(archive, 'crlf.md');
    fs.writeFileSync(crlf, fs.readFileSync(crlf, 'utf8').replace('沪指收涨0.8%', '沪指大涨'));
    const third = JSON.parse((await run(['index', archive, '--format', 'json', '--cache', cacheDir])).out) as { path: string; title: string }[];
    assert.equal(third.find((r) => r.path === crlf)?.title, '沪指大涨 券商板块午后走强');
  });

  it('ignores a cache it cannot read, saying so', async () => {
    fs.writeFileSync(path.join(dir, 'archive-index.json'), '{"format":"something else"}');
    const r = await run(['index', path.join(repo, 'seeds', '000_e84b391c27bbb68a.txt'), '--format', 'json', '--cache', dir]);
    assert.equal(r.code, 0);
    assert.match(r.err, /not a cache this version can read; reading every file/);
    assert.equal((JSON.parse(r.out) as unknown[]).length, 1);
  });
});
