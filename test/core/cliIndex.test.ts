import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { runCli as run } from './cliRun';

const repo = path.resolve(__dirname, '../../..');

describe('news-archive index', () => {
  it('prints the seed record exactly', async () => {
    const r = await run(['index', path.join(repo, 'seeds', '000_e84b391c27bbb68a.txt'), '--format', 'json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out), [
      {
        path: path.join(repo, 'seeds', '000_e84b391c27bbb68a.txt'),
        title: '北京力争率先建成高水平人才高地！蔡奇在市委人才工作会议上部署重点任务',
        date: '2021-11-15T23:46:59.000Z',
        dateRaw: 'Mon, 15 Nov 2021 23:46:59 GMT',
        categories: ['金融', '新浪财经', '新浪财经－国內'],
        tags: [],
        author: '新浪财经',
        source: '北京日报·识政',
        frontMatter: { startLine: 1, endLine: 12, displaced: true },
      },
    ]);
  });

  it('walks a folder, reports non-articles on stderr and keeps going', async () => {
    const r = await run(['index', path.join(repo, 'seeds'), '--format=json']);
    assert.equal(r.code, 0);
    const records = JSON.parse(r.out) as { path: string; title?: string; date: string | null }[];
    assert.equal(records.length, 18);
    assert.ok(!records.some((x) => x.path.endsWith('not-an-article.txt')));
    assert.equal(r.err, `${path.join(repo, 'seeds', 'not-an-article.txt')}: not an article (no front matter); skipped`);
    const byName = new Map(records.map((x) => [path.basename(x.path), x]));
    assert.equal(byName.get('zoneless-date.md')?.date, '2021-11-26T07:21:47.000Z');
    assert.equal(byName.get('invalid-date.md')?.date, null);
    assert.equal(byName.get('missing-title.md')?.title, undefined);
  });

  it('prints a readable table by default', async () => {
    const r = await run(['index', path.join(repo, 'seeds', '000_e84b391c27bbb68a.txt')]);
    const lines = r.out.split('\n');
    assert.match(lines[0], /^DATE \(UTC\)\s+TITLE\s+CATEGORIES\s+AUTHOR\s+SOURCE\s+PATH$/);
    assert.match(lines[1], /^2021-11-15 23:46\s+北京力争.*新浪财经\s+北京日报·识政\s+.*000_e84b391c27bbb68a\.txt$/);
    assert.equal(lines[2], '1 article');
  });

  it('reports an unreadable path without crashing, and exits 2', async () => {
    const r = await run(['index', path.join(repo, 'no-such-folder'), '--format', 'json']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '[]');
    assert.match(r.err, /no-such-folder: cannot read: ENOENT/);
  });

  it('exits 2 with what to type on usage errors', async () => {
    const none = await run(['index']);
    assert.equal(none.code, 2);
    assert.equal(none.err, 'news-archive index: index needs at least one file or folder\nusage: news-archive index PATH… [--format json|text] [--cache DIR] [--shard K/N] [--sketches]');
    const bad = await run(['index', 'seeds', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--format must be one of json, text \(got "xml"\)/);
    assert.equal((await run(['frobnicate'])).code, 2);
  });
});
