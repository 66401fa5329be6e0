/**
 * `news-archive baseline` and `check --baseline FILE`: old problems are still shown, marked as
 * known (SARIF `baselineState: unchanged`), and survive edits elsewhere in their file; only new
 * errors fail the run.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SarifLog } from '../../src/core/report/sarif';
import { REPO } from './ruleFixtures';
import { runCliIn } from './cliRun';

function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-baseline-'));
  fs.mkdirSync(path.join(dir, 'posts'));
  for (const n of ['yaml-at-title.md', 'comments-no.md', 'crlf.md']) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, 'posts', n));
  return dir;
}

/** The CLI run from `dir`, in English. */
function inFolder(dir: string, args: string[]) {
  return runCliIn(dir, [...args, '--lang', 'en']);
}

describe('news-archive baseline, check --baseline', () => {
  it('records problems by file, rule and fingerprint', async () => {
    const dir = archive();
    const r = await inFolder(dir, ['baseline', 'posts']);
    assert.equal(r.code, 0);
    const b = JSON.parse(r.out) as { format: string; version: number; problems: Record<string, Record<string, string[]>> };
    assert.equal(b.format, 'news-archive-baseline');
    assert.deepEqual(Object.keys(b.problems), ['posts/comments-no.md', 'posts/crlf.md', 'posts/yaml-at-title.md']);
    assert.deepEqual(Object.keys(b.problems['posts/yaml-at-title.md']), ['front-matter-displaced', 'trailing-space', 'yaml-syntax']);
    assert.match(b.problems['posts/yaml-at-title.md']['yaml-syntax'][0], /^[0-9a-f]{16}:1$/);
    assert.match(r.err, /problems in 3 files recorded/);
  });

  it('passes on known errors, shows them as such, and keeps them known across edits elsewhere in the file', async () => {
    const dir = archive();
    assert.equal((await inFolder(dir, ['check', 'posts'])).code, 1);
    fs.writeFileSync(path.join(dir, '.newsarchive-baseline.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
    const r = await inFolder(dir, ['check', 'posts', '--baseline', '.newsarchive-baseline.json']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /^posts\/yaml-at-title\.md:3:8 error yaml-syntax .* \(in the baseline\)$/m);
    assert.match(r.err, /\.newsarchive-baseline\.json: \d+ problems already known; new: 0 errors/);

    // Lines added above the error and a changed body leave it known.
    const file = path.join(dir, 'posts', 'yaml-at-title.md');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^---\n/m, '---\ntags:\n  - 新增\n').replace(/<\/p>/, '（更新）</p>'));
    const edited = await inFolder(dir, ['check', 'posts', '--baseline', '.newsarchive-baseline.json', '--format', 'json']);
    assert.equal(edited.code, 0, edited.out);
    const yaml = (JSON.parse(edited.out) as { path: string; diagnostics: { rule: string; baselineState: string; range: { start: { line: number } } }[] }[])
      .find((f) => f.path.endsWith('yaml-at-title.md'))!.diagnostics.find((d) => d.rule === 'yaml-syntax')!;
    assert.equal(yaml.baselineState, 'unchanged');
    assert.equal(yaml.range.start.line, 4);
  });

  it('fails on a new error only, and says which are new in every format', async () => {
    const dir = archive();
    fs.writeFileSync(path.join(dir, 'b.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
    fs.copyFileSync(path.join(REPO, 'seeds', 'invalid-date.md'), path.join(dir, 'posts', 'invalid-date.md'));
    const r = await inFolder(dir, ['check', 'posts', '--baseline', 'b.json']);
    assert.equal(r.code, 1);
    assert.match(r.err, /b\.json: \d+ problems already known; new: 1 error$/m);
    assert.doesNotMatch(r.out.split('\n').filter((l) => l.includes('invalid-date.md')).join('\n'), /in the baseline/);

    const sarif = JSON.parse((await inFolder(dir, ['check', 'posts', '--baseline', 'b.json', '--format', 'sarif'])).out) as SarifLog;
    const states = new Map<string, Set<string>>();
    for (const x of sarif.runs[0].results) {
      const uri = x.locations[0].physicalLocation.artifactLocation.uri;
      states.set(uri, (states.get(uri) ?? new Set()).add(x.baselineState!));
    }
    assert.deepEqual([...states.get('posts/invalid-date.md')!], ['new']);
    assert.deepEqual([...states.get('posts/yaml-at-title.md')!], ['unchanged']);

    const github = (await inFolder(dir, ['check', 'posts', '--baseline', 'b.json', '--format', 'github'])).out.split('\n');
    assert.ok(github.some((l) => l.startsWith('::notice file=posts/yaml-at-title.md,line=3,') && l.includes('title=news-archive yaml-syntax (in the baseline)::')), github.join('\n'));
    assert.ok(github.some((l) => l.startsWith('::error file=posts/invalid-date.md,')), github.join('\n'));

    const junit = (await inFolder(dir, ['check', 'posts', '--baseline', 'b.json', '--format', 'junit'])).out;
    assert.equal((junit.match(/<failure /g) ?? []).length, 1);
    assert.match(junit, /<failure type="date-invalid"/);
  });

  it('exits 2 on a baseline it cannot read', async () => {
    const dir = archive();
    fs.writeFileSync(path.join(dir, 'b.json'), '{"problems": []}');
    const r = await inFolder(dir, ['check', 'posts', '--baseline', 'b.json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--baseline: b\.json is not a baseline written by `news-archive baseline`/);
    assert.equal((await inFolder(dir, ['check', 'posts', '--baseline', 'missing.json'])).code, 2);
  });
});
