/**
 * `news-archive baseline` and `check --baseline FILE`: old problems are still shown, marked as
 * known (SARIF `baselineState: unchanged`), and survive edits elsewhere in their file; only new
 * errors fail the run.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inShard } from '../../src/cli/fileFilters';
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
    // The three seeds are copies of one article: the archive-wide duplicate-article is recorded too.
    assert.deepEqual(Object.keys(b.problems['posts/yaml-at-title.md']), ['duplicate-article', 'front-matter-displaced', 'trailing-space', 'yaml-syntax']);
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

  it('keeps archive-wide problems known when other files change their message: a new copy, a copy gone, a spelling counted again', async () => {
    const dir = archive();
    const post = (name: string, tag: string, body: string) =>
      fs.writeFileSync(path.join(dir, 'posts', name), `---\ntitle: ${name}\ndate: 2021-11-26 07:21:47+08:00\ntags:\n  - ${tag}\n---\n<p>${body}</p>\n`);
    post('a.md', 'Foo Bar', '甲篇正文，独一无二。');
    post('b.md', 'foo bar', '乙篇正文，也是独一无二的。');
    post('c.md', 'foo bar', '丙篇正文，和别篇都不一样。');
    fs.writeFileSync(path.join(dir, 'b.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
    type Json = { path: string; diagnostics: { rule: string; message: string; baselineState: string }[] }[];
    const states = async () => {
      const r = await inFolder(dir, ['check', 'posts', '--baseline', 'b.json', '--format', 'json']);
      const found = new Map<string, { state: string; message: string }>();
      for (const f of JSON.parse(r.out) as Json) {
        for (const d of f.diagnostics) if (d.rule === 'duplicate-article' || d.rule === 'vocabulary-variant') found.set(`${path.basename(f.path)} ${d.rule}`, { state: d.baselineState, message: d.message });
      }
      return found;
    };
    const before = await states();
    assert.match(before.get('yaml-at-title.md duplicate-article')!.message, /one of 3 copies/);
    assert.match(before.get('a.md vocabulary-variant')!.message, /spelt "foo bar" in 2 other articles/);
    assert.ok([...before.values()].every((s) => s.state === 'unchanged'));

    // A fourth copy and a third "foo bar": the old problems' messages change, they stay known; the new copy's is new.
    fs.copyFileSync(path.join(REPO, 'seeds', 'comments-no.md'), path.join(dir, 'posts', 'copy.md'));
    post('d.md', 'foo bar', '丁篇正文，又是另外一篇。');
    const grown = await states();
    assert.match(grown.get('yaml-at-title.md duplicate-article')!.message, /one of 4 copies/);
    assert.equal(grown.get('yaml-at-title.md duplicate-article')!.state, 'unchanged');
    assert.match(grown.get('a.md vocabulary-variant')!.message, /spelt "foo bar" in 3 other articles/);
    assert.equal(grown.get('a.md vocabulary-variant')!.state, 'unchanged');
    assert.equal(grown.get('copy.md duplicate-article')!.state, 'new');

    // The copy each message names gone: still known. A changed title is a new problem.
    fs.rmSync(path.join(dir, 'posts', 'comments-no.md'));
    fs.rmSync(path.join(dir, 'posts', 'crlf.md'));
    const file = path.join(dir, 'posts', 'yaml-at-title.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\ncomments: false', '\ncomments: true'));
    const shrunk = await states();
    assert.match(shrunk.get('yaml-at-title.md duplicate-article')!.message, /one of 2 copies/);
    assert.equal(shrunk.get('yaml-at-title.md duplicate-article')!.state, 'unchanged');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 另一个标题'));
    assert.equal((await states()).get('yaml-at-title.md duplicate-article')!.state, 'new');
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

/** `count` post names (`prefix-N.md`) that fall in shard `k` of 2. */
function namesInShard(prefix: string, k: number, count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) if (inShard(`posts/${prefix}-${i}.md`, { index: k, count: 2 })) names.push(`${prefix}-${i}.md`);
  return names;
}

/**
 * A tag (or a category) spelt "Foo Bar" in three posts and "foo bar" in two, vocabulary-variant an
 * error: the archive keeps "Foo Bar" and flags the two. Shard 1 of 2 holds both "foo bar" posts
 * and one "Foo Bar": there "foo bar" is the spelling most use, and the variant lands on the
 * "Foo Bar" post.
 */
function variantArchive(field: 'tags' | 'categories' = 'tags'): { dir: string; minority: string[]; flipped: string; others: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-baseline-shards-'));
  fs.mkdirSync(path.join(dir, 'posts'));
  fs.writeFileSync(path.join(dir, '.newsarchive.json'), JSON.stringify({ rules: { 'vocabulary-variant': 'error' } }));
  const minority = namesInShard('lower', 1, 2);
  const [flipped] = namesInShard('upper', 1, 1);
  const others = namesInShard('upper', 2, 2);
  const bodies = ['甲篇正文，独一无二。', '乙篇正文，也是独一无二的。', '丙篇正文，和别篇都不一样。', '丁篇正文，又是另外一篇。', '戊篇正文，还是另外一篇。'];
  [...minority, flipped, ...others].forEach((name, i) => {
    const tag = i < 2 ? 'foo bar' : 'Foo Bar';
    fs.writeFileSync(path.join(dir, 'posts', name), `---\ntitle: 第${i}篇\ndate: 2021-11-26 07:21:47+08:00\n${field}:\n  - ${tag}\n---\n<p>${bodies[i]}</p>\n`);
  });
  return { dir, minority, flipped, others };
}

type JsonReport = { path: string; diagnostics: { rule: string; severity: string; baselineState?: string; range: { start: { line: number } } }[] }[];

/** `rule` problems by file name and their baseline state ('-' for none). */
function statesOf(out: string, rule: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const f of JSON.parse(out) as JsonReport) for (const d of f.diagnostics) if (d.rule === rule) found[path.basename(f.path)] = d.baselineState ?? '-';
  return found;
}

describe('check --baseline --shard K/N: each shard fails only on its new problems', () => {
  for (const cache of [false, true]) {
    it(`passes every shard of an unchanged archive, though a shard's variant lands on another article${cache ? ' (with --cache)' : ''}`, async () => {
      const { dir, minority, flipped } = variantArchive();
      fs.writeFileSync(path.join(dir, 'b.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
      const whole = await inFolder(dir, ['check', 'posts', '--baseline', 'b.json', '--format', 'json']);
      assert.equal(whole.code, 0, whole.err);
      assert.deepEqual(statesOf(whole.out, 'vocabulary-variant'), { [minority[0]]: 'unchanged', [minority[1]]: 'unchanged' });
      const withCache = (k: number) => (cache ? ['--cache', `cache-${k}.json`] : []);
      for (let round = 0; round < (cache ? 2 : 1); round++) {
        const one = await inFolder(dir, ['check', 'posts', '--shard', '1/2', '--baseline', 'b.json', '--format', 'json', ...withCache(1)]);
        // The shard cannot tell whether its variant is new: no state, and no failure.
        assert.deepEqual(statesOf(one.out, 'vocabulary-variant'), { [flipped]: '-' });
        assert.equal(one.code, 0, one.out);
        const text = await inFolder(dir, ['check', 'posts', '--shard', '1/2', '--baseline', 'b.json', ...withCache(1)]);
        assert.equal(text.code, 0);
        assert.match(text.out, new RegExp(`^posts/${flipped.replace('.', '\\.')}:5:5 error vocabulary-variant .*[^)]$`, 'm'));
        assert.match(text.err, /b\.json: 0 problems already known; new: 0 errors/);
        const two = await inFolder(dir, ['check', 'posts', '--shard', '2/2', '--baseline', 'b.json', '--format', 'json', ...withCache(2)]);
        assert.equal(two.code, 0, two.out);
        assert.deepEqual(statesOf(two.out, 'vocabulary-variant'), {});
      }
    });
  }

  it('fails the shard that holds a new error, and only that one; a duplicate found in a shard is judged as in one run', async () => {
    const { dir, minority, others } = variantArchive();
    // A copy of a shard-2 post in shard 2: a duplicate the baseline knows.
    const [copy] = namesInShard('copy', 2, 1);
    fs.copyFileSync(path.join(dir, 'posts', others[0]), path.join(dir, 'posts', copy));
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), JSON.stringify({ rules: { 'vocabulary-variant': 'error', 'duplicate-article': 'error' } }));
    fs.writeFileSync(path.join(dir, 'b.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
    assert.equal((await inFolder(dir, ['check', 'posts', '--shard', '2/2', '--baseline', 'b.json'])).code, 0);

    // A new error in a shard-1 post, and a new copy in shard 2.
    const file = path.join(dir, 'posts', minority[0]);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2021-13-45'));
    const [second] = namesInShard('again', 2, 1);
    fs.copyFileSync(path.join(dir, 'posts', others[0]), path.join(dir, 'posts', second));
    const one = await inFolder(dir, ['check', 'posts', '--shard', '1/2', '--baseline', 'b.json', '--format', 'json']);
    assert.equal(one.code, 1);
    assert.deepEqual(statesOf(one.out, 'date-invalid'), { [minority[0]]: 'new' });
    const two = await inFolder(dir, ['check', 'posts', '--shard', '2/2', '--baseline', 'b.json', '--format', 'json']);
    assert.equal(two.code, 1);
    assert.deepEqual(statesOf(two.out, 'duplicate-article'), { [others[0]]: 'unchanged', [copy]: 'unchanged', [second]: 'new' });
    // One run over the whole archive finds the same two new errors.
    const whole = await inFolder(dir, ['check', 'posts', '--baseline', 'b.json']);
    assert.equal(whole.code, 1);
    assert.match(whole.err, /new: 2 errors$/m);
  });

  it('gives one verdict in JUnit, SARIF and the exit code for a shard\'s variant the baseline does not know', async () => {
    const { dir, minority, flipped } = variantArchive('categories');
    fs.writeFileSync(path.join(dir, 'b.json'), (await inFolder(dir, ['baseline', 'posts'])).out);
    /** What each of the three says of shard `k`: SARIF's new errors, JUnit's failures, the exit code. */
    const verdicts = async (k: number) => {
      const args = ['check', 'posts', '--shard', `${k}/2`, '--baseline', 'b.json'];
      const sarif = await inFolder(dir, [...args, '--format', 'sarif']);
      const junit = await inFolder(dir, [...args, '--format', 'junit']);
      const text = await inFolder(dir, args);
      const results = (JSON.parse(sarif.out) as SarifLog).runs[0].results;
      return {
        sarifNewErrors: results.filter((r) => r.level === 'error' && r.baselineState === 'new').map((r) => r.ruleId),
        junitFailures: [...junit.out.matchAll(/<failure type="([^"]+)"/g)].map((m) => m[1]),
        junitTotal: /<testsuites [^>]* failures="(\d+)"/.exec(junit.out)?.[1],
        codes: [sarif.code, junit.code, text.code],
        variant: { sarif: results.filter((r) => r.ruleId === 'vocabulary-variant').map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, r.level, r.baselineState ?? '-']), junit: junit.out },
      };
    };
    // Shard 1 finds the category variant on a post the whole archive does not flag: an error, unmarked, and no failure anywhere.
    const one = await verdicts(1);
    assert.deepEqual(one.variant.sarif, [[`posts/${flipped}`, 'error', '-']]);
    assert.match(one.variant.junit, new RegExp(`<testcase classname="posts/${flipped.replace('.', '\\.')}" name="vocabulary-variant 5:5">\\n {6}<system-out>`));
    assert.deepEqual({ sarif: one.sarifNewErrors, junit: one.junitFailures, total: one.junitTotal, codes: one.codes }, { sarif: [], junit: [], total: '0', codes: [0, 0, 0] });
    const two = await verdicts(2);
    assert.deepEqual({ sarif: two.sarifNewErrors, junit: two.junitFailures, total: two.junitTotal, codes: two.codes }, { sarif: [], junit: [], total: '0', codes: [0, 0, 0] });

    // A new error beside the unmarked variant: all three fail shard 1, on that error alone.
    const file = path.join(dir, 'posts', minority[0]);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2021-13-45'));
    const failing = await verdicts(1);
    assert.deepEqual({ sarif: failing.sarifNewErrors, junit: failing.junitFailures, total: failing.junitTotal, codes: failing.codes }, { sarif: ['date-invalid'], junit: ['date-invalid'], total: '1', codes: [1, 1, 1] });
  });
});
