/**
 * `news-archive merge`: the reports of `check --shard K/N` over the same archive, split 1, 4 and
 * 7 ways, merge into exactly the report of one run over the whole archive, in JSON and in SARIF.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './ruleFixtures';
import { runCliIn } from './cliRun';

/** The CLI run from `dir`, in English. */
function inFolder(dir: string, args: string[]) {
  return runCliIn(dir, [...args, '--lang', 'en']);
}

function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-merge-'));
  fs.mkdirSync(path.join(dir, 'posts'));
  for (const n of fs.readdirSync(path.join(REPO, 'seeds'))) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, 'posts', n));
  return dir;
}

const ARCHIVE_WIDE = new Set(['duplicate-article', 'vocabulary-variant']);

/** A report without the archive-wide rules' problems. */
function withoutArchiveWide(format: string, report: unknown): unknown {
  if (format === 'sarif') {
    const log = report as { runs: { results: { ruleId: string }[] }[] };
    return { ...log, runs: [{ ...log.runs[0], results: log.runs[0].results.filter((r) => !ARCHIVE_WIDE.has(r.ruleId)) }] };
  }
  return (report as { path: string; diagnostics: { rule: string }[] }[]).map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => !ARCHIVE_WIDE.has(d.rule)) }));
}

describe('news-archive merge', () => {
  for (const format of ['json', 'sarif']) {
    it(`gives the one-run ${format} report from 1, 4 and 7 shards`, async () => {
      const dir = archive();
      const whole = await inFolder(dir, ['check', 'posts', '--format', format]);
      assert.equal(whole.code, 1);
      for (const n of [1, 4, 7]) {
        const reports: string[] = [];
        for (let k = 1; k <= n; k++) {
          const shard = await inFolder(dir, ['check', 'posts', '--format', format, '--shard', `${k}/${n}`]);
          const file = path.join(dir, `shard-${k}-of-${n}.${format}`);
          fs.writeFileSync(file, shard.out);
          reports.push(file);
        }
        const merged = await inFolder(dir, ['merge', ...reports]);
        assert.equal(merged.code, 1, merged.err);
        // A shard's duplicate groups and variants are of its own files only: merging leaves them out, and says so.
        assert.deepEqual(JSON.parse(merged.out), withoutArchiveWide(format, JSON.parse(whole.out)), `${n} shards`);
        assert.match(merged.err, /problems of the shards' archive-wide rules \(duplicate-article, vocabulary-variant\) left out/);
      }
    });
  }

  it('refuses a file that is no report, and reports of two formats', async () => {
    const dir = archive();
    fs.writeFileSync(path.join(dir, 'a.json'), (await inFolder(dir, ['check', 'posts', '--format', 'json'])).out);
    fs.writeFileSync(path.join(dir, 'b.sarif'), (await inFolder(dir, ['check', 'posts', '--format', 'sarif'])).out);
    fs.writeFileSync(path.join(dir, 'c.txt'), 'hello');
    const mixed = await inFolder(dir, ['merge', 'a.json', 'b.sarif']);
    assert.equal(mixed.code, 2);
    assert.match(mixed.err, /b\.sarif: a sarif report among json reports; merge reports of one format/);
    const junk = await inFolder(dir, ['merge', 'c.txt']);
    assert.equal(junk.code, 2);
    assert.match(junk.err, /c\.txt: not a report of news-archive check/);
  });
});
