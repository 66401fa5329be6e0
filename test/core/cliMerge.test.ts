/**
 * `news-archive merge`: the reports of `check --shard K/N` over the same archive, split 1, 4 and
 * 7 ways, merge into exactly the report of one run over the whole archive, in JSON and in SARIF.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SarifLog, SarifResult } from '../../src/core/report/sarif';
import { REPO } from './ruleFixtures';
import { runCliIn } from './cliRun';
import { sarifErrors } from './sarifSchema';

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

const uriOf = (r: SarifResult) => r.locations[0].physicalLocation.artifactLocation.uri;

describe('news-archive merge --baseline', () => {
  /** The shards' SARIF reports (with the baseline, as the action runs them) and sketches, in `n` jobs. */
  async function shardFiles(dir: string, n: number): Promise<string[]> {
    const files: string[] = [];
    for (let k = 1; k <= n; k++) {
      const report = await inFolder(dir, ['check', 'posts', '--format', 'sarif', '--shard', `${k}/${n}`, '--baseline', 'b.json']);
      const sketches = await inFolder(dir, ['index', 'posts', '--sketches', '--shard', `${k}/${n}`]);
      files.push(path.join(dir, `shard-${k}.sarif`), path.join(dir, `sketches-${k}.json`));
      fs.writeFileSync(files[files.length - 2], report.out);
      fs.writeFileSync(files[files.length - 1], sketches.out);
    }
    return files;
  }

  it('marks every result of an unchanged archive unchanged, as one run with the baseline does, and exits 0', async () => {
    const dir = archive();
    fs.writeFileSync(path.join(dir, 'b.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
    const whole = await inFolder(dir, ['check', 'posts', '--format', 'sarif', '--baseline', 'b.json']);
    assert.equal(whole.code, 0, whole.err);
    for (const n of [1, 3]) {
      const merged = await inFolder(dir, ['merge', ...(await shardFiles(dir, n)), '--baseline', 'b.json']);
      assert.equal(merged.code, 0, merged.err);
      const log = JSON.parse(merged.out) as SarifLog;
      assert.deepEqual(log, JSON.parse(whole.out), `${n} shards`);
      assert.ok(log.runs[0].results.length > 50);
      assert.ok(log.runs[0].results.every((r) => r.baselineState === 'unchanged'));
      assert.match(merged.err, new RegExp(`^b\\.json: ${log.runs[0].results.length} problems already known, 0 no longer found; new: 0 errors$`, 'm'));
    }
  });

  it('marks new results new and the baseline\'s problems that are gone absent, valid SARIF 2.1.0, and fails on the new error only', async () => {
    const dir = archive();
    const baselineText = (await inFolder(dir, ['baseline', 'posts'])).out;
    fs.writeFileSync(path.join(dir, 'b.json'), baselineText);
    const gone = (JSON.parse(baselineText) as { problems: Record<string, Record<string, string[]>> }).problems['posts/invalid-date.md'];
    fs.rmSync(path.join(dir, 'posts', 'invalid-date.md'));
    fs.writeFileSync(path.join(dir, 'posts', 'new-post.md'), '---\ntitle: 新的一篇\ndate: 2021-13-45\n---\n<p>全新的正文，和别篇都不一样。</p>\n');
    const merged = await inFolder(dir, ['merge', ...(await shardFiles(dir, 3)), '--baseline', 'b.json']);
    assert.equal(merged.code, 1, merged.err);
    const log = JSON.parse(merged.out) as SarifLog;
    assert.equal(sarifErrors(log), null);
    const results = log.runs[0].results;
    const fresh = results.filter((r) => r.baselineState === 'new');
    assert.deepEqual(fresh.map((r) => [uriOf(r), r.ruleId, r.level]), [['posts/new-post.md', 'date-invalid', 'error']]);
    const absent = results.filter((r) => r.baselineState === 'absent');
    // One absent result for each of the removed file's problems, at that file, with the baseline's fingerprint and no region.
    assert.deepEqual(
      absent.map((r) => [uriOf(r), r.ruleId, r.partialFingerprints?.['newsArchive/v1'], r.kind, r.level, r.locations[0].physicalLocation.region, r.message.text]),
      Object.entries(gone).flatMap(([rule, prints]) => prints.map((p) => ['posts/invalid-date.md', rule, p, 'pass', 'none', undefined, `${rule}: in the baseline, no longer found`])),
    );
    assert.ok(absent.every((r) => log.runs[0].tool.driver.rules[r.ruleIndex!].id === r.ruleId));
    // The rest is what one run with the baseline says, in path order, the absent results in their file's place.
    const whole = JSON.parse((await inFolder(dir, ['check', 'posts', '--format', 'sarif', '--baseline', 'b.json'])).out) as SarifLog;
    assert.deepEqual(results.filter((r) => r.baselineState !== 'absent'), whole.runs[0].results);
    assert.deepEqual(results.map(uriOf), [...results.map(uriOf)].sort());
    assert.match(merged.err, new RegExp(`^b\\.json: ${results.length - 1 - absent.length} problems already known, ${absent.length} no longer found; new: 1 error$`, 'm'));
  });

  it('refuses JSON reports with --baseline: they carry no fingerprints', async () => {
    const dir = archive();
    fs.writeFileSync(path.join(dir, 'b.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
    fs.writeFileSync(path.join(dir, 'a.json'), (await inFolder(dir, ['check', 'posts', '--format', 'json'])).out);
    const r = await inFolder(dir, ['merge', 'a.json', '--baseline', 'b.json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /merge --baseline needs SARIF reports/);
    assert.equal((await inFolder(dir, ['merge', 'a.json', '--baseline', 'missing.json'])).code, 2);
  });
});
