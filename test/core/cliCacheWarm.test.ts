/**
 * The warm `check --cache`: every change re-validates exactly the files it touches, and the
 * output is byte for byte the output of a run without a cache, in every format: a file changed
 * and committed, modified but not staged, new, deleted; a changed configuration; a new tool
 * version; another format, language or baseline; a folder git does not know. The git listing
 * that replaces the walk names, selects and orders the files as the walk does.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { checkPaths } from '../../src/cli/checkCommand';
import { CHECK_FORMATS, CheckFormat, formatReport, textLines } from '../../src/cli/checkFormats';
import { GitListing } from '../../src/cli/gitListing';
import { CliIo } from '../../src/cli/io';
import { CliLocale, setLocale } from '../../src/cli/l10n';
import { TOOL_VERSION } from '../../src/cli/version';
import { walkArchive } from '../../src/core/index/archiveWalk';
import { fileSelection } from '../../src/core/index/fileSelection';
import { Baseline } from '../../src/core/report/baseline';
import { REPO } from './ruleFixtures';
import { runCliIn } from './cliRun';
import { hasGit } from './gitAvailable';

const SEEDS = ['yaml-at-title.md', 'comments-no.md', 'crlf.md', 'future-date.md', 'not-an-article.txt', 'duplicate-key.md', 'zoneless-date.md', 'bom.md'];


function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
}

function archive(withGit: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-warm-'));
  fs.mkdirSync(path.join(dir, 'posts', 'sub'), { recursive: true });
  for (const n of SEEDS) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, 'posts', n));
  fs.copyFileSync(path.join(REPO, 'seeds', 'missing-title.md'), path.join(dir, 'posts', 'sub', 'missing-title.md'));
  if (withGit) {
    git(dir, 'init', '-q');
    git(dir, 'add', 'posts');
    git(dir, 'commit', '-qm', 'posts');
  }
  return dir;
}

interface Checked {
  out: string;
  validated: number;
  repeated: boolean;
}

/** One `check --cache` in `dir`, through an io that takes bytes (as stdout does) or only texts. */
async function check(dir: string, format: CheckFormat, lang: CliLocale, extra: string[] = [], bytes = true): Promise<Checked> {
  const cwd = process.cwd();
  process.chdir(dir);
  setLocale(lang);
  const texts: string[] = [];
  const chunks: Buffer[] = [];
  const io: CliIo = { out: (t) => texts.push(t.endsWith('\n') ? t : `${t}\n`), err: () => undefined };
  if (bytes) io.write = (b) => chunks.push(Buffer.from(b));
  try {
    const args = parseArgs(['posts', '--cache', 'c.cache', ...extra], { values: { cache: [], baseline: [] } });
    const baselineAt = extra.indexOf('--baseline');
    const baselineText = baselineAt >= 0 ? fs.readFileSync(extra[baselineAt + 1], 'utf8') : undefined;
    const baseline = baselineText === undefined ? undefined : { baseline: Baseline.parse(baselineText)!, text: baselineText };
    const run = await checkPaths(args, io, format, baseline);
    // A format without pieces (JUnit) leaves the formatting to the caller, as runCheck does.
    if (run.files) texts.push(`${format === 'text' ? textLines(run.files).join('\n') : formatReport(format, run.files, baseline !== undefined)}\n`);
    return { out: Buffer.concat(chunks).toString('utf8') + texts.join(''), validated: run.cache!.validated, repeated: run.cache!.repeated };
  } finally {
    process.chdir(cwd);
  }
}

/** The output without a cache, in the same folder: the reference. */
async function reference(dir: string, format: CheckFormat, lang: CliLocale, extra: string[] = []): Promise<string> {
  const r = await runCliIn(dir, ['check', 'posts', '--format', format, '--lang', lang, ...extra]);
  return r.out === '' ? '' : `${r.out}\n`;
}

/**
 * A run with the cache gives the reference's output and validates `validated` files; `repeated`:
 * whether it is the last run's output again (git listing unchanged, same variant).
 */
async function expectRun(dir: string, format: CheckFormat, validated: number, why: string, extra: string[] = [], lang: CliLocale = 'en', repeated?: boolean): Promise<void> {
  const want = await reference(dir, format, lang, extra);
  const got = await check(dir, format, lang, extra);
  assert.equal(got.out, want, `${why}: the output is that of a run without a cache (${format})`);
  assert.equal(got.validated, validated, `${why}: files validated (${format})`);
  if (repeated !== undefined) assert.equal(got.repeated, repeated, `${why}: the last output repeated (${format})`);
}

/** A fixed modification time (whole seconds: what utimes can set back exactly). */
const STAMP = 1_600_000_000;

/**
 * Rewrites a file with other bytes of the same length and sets its modification time back to
 * what it was: only its content (and its ctime, which no program can set) says it changed.
 */
function rewriteSameSizeAndTime(file: string, from: string, to: string): void {
  const before = fs.statSync(file, { bigint: true });
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  assert.equal(Buffer.byteLength(to), Buffer.byteLength(from));
  fs.writeFileSync(file, text.replace(from, to));
  fs.utimesSync(file, STAMP, STAMP);
  const after = fs.statSync(file, { bigint: true });
  assert.equal(after.size, before.size, 'same size');
  assert.equal(after.mtimeNs, before.mtimeNs, 'same modification time');
  assert.equal(after.ino, before.ino, 'same file');
}

describe('news-archive check --cache, warm', function () {
  this.timeout(60000);
  afterEach(() => setLocale('en'));

  it('in a git checkout: same output as without a cache in every format, and exactly the changed files validated', async function () {
    if (!hasGit) this.skip();
    const dir = archive(true);
    const articles = 8; // not-an-article.txt is read, not validated
    for (const format of CHECK_FORMATS) {
      fs.rmSync(path.join(dir, 'c.cache'), { force: true });
      await expectRun(dir, format, articles, 'cold', [], 'en', false);
      // JUnit's output has no pieces: its warm run decodes every file's problems instead.
      await expectRun(dir, format, 0, 'warm', [], 'en', format !== 'junit');
    }
    // Another format, language or baseline with the same cache: nothing validated.
    await expectRun(dir, 'json', 0, 'after junit', [], 'en', false);
    await expectRun(dir, 'json', 0, 'after junit, warm', [], 'en', true);
    await expectRun(dir, 'text', 0, 'in Chinese', [], 'zh-cn');
    await expectRun(dir, 'sarif', 0, 'in Chinese', [], 'zh-cn');
    fs.writeFileSync(path.join(dir, 'base.json'), (await runCliIn(dir, ['baseline', 'posts/crlf.md', 'posts/bom.md'])).out);
    await expectRun(dir, 'sarif', 0, 'with a baseline', ['--baseline', 'base.json']);
    await expectRun(dir, 'sarif', 0, 'with a baseline, warm', ['--baseline', 'base.json']);

    // Modified but not staged.
    fs.appendFileSync(path.join(dir, 'posts', 'crlf.md'), 'tail \r\n');
    await expectRun(dir, 'json', 1, 'modified, not staged', [], 'en', false);
    await expectRun(dir, 'json', 0, 'modified, not staged, warm', [], 'en', true);
    // Committed: its key is now its blob id (a new key: validated once more), the others untouched.
    git(dir, 'commit', '-qam', 'crlf');
    await expectRun(dir, 'json', 1, 'committed');
    await expectRun(dir, 'json', 0, 'committed, warm');
    // A new file, untracked: validated once, then from the cache (hashed).
    fs.copyFileSync(path.join(REPO, 'seeds', 'invalid-date.md'), path.join(dir, 'posts', 'sub', 'new.md'));
    await expectRun(dir, 'text', 1, 'new file');
    await expectRun(dir, 'text', 0, 'new file, warm', [], 'en', true);
    // A new copy of an article: validated alone, yet the other copies' duplicate-article
    // problems change ("one of N copies"), so their parts are made again, from the cache's data.
    const before = await reference(dir, 'text', 'en');
    fs.copyFileSync(path.join(dir, 'posts', 'comments-no.md'), path.join(dir, 'posts', 'sub', 'copy.md'));
    const after = await reference(dir, 'text', 'en');
    const copies = (text: string) => text.split('\n').filter((l) => l.startsWith('posts/crlf.md') && l.includes('duplicate-article')).join('\n');
    assert.notEqual(copies(after), copies(before), 'an unchanged file\'s archive-wide problem changed');
    await expectRun(dir, 'text', 1, 'a new copy', [], 'en', false);
    await expectRun(dir, 'text', 0, 'a new copy, warm', [], 'en', true);
    // A new untracked folder.
    fs.mkdirSync(path.join(dir, 'posts', 'drafts'));
    fs.copyFileSync(path.join(REPO, 'seeds', 'empty-date.md'), path.join(dir, 'posts', 'drafts', 'a.md'));
    await expectRun(dir, 'github', 1, 'new folder');
    await expectRun(dir, 'github', 0, 'new folder, warm');
    // A deleted file, then a deletion committed.
    fs.rmSync(path.join(dir, 'posts', 'zoneless-date.md'));
    await expectRun(dir, 'json', 0, 'deleted', [], 'en', false);
    git(dir, 'commit', '-qam', 'delete');
    await expectRun(dir, 'json', 0, 'deletion committed');
    // A changed configuration: its files again, all of them.
    fs.writeFileSync(path.join(dir, 'posts', 'sub', '.newsarchive.json'), '{"rules": {"trailing-space": "off"}}\n');
    await expectRun(dir, 'json', 3, 'a configuration in posts/sub');
    await expectRun(dir, 'json', 0, 'a configuration in posts/sub, warm');
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), '{"rules": {"date-zoneless": "off"}}\n');
    await expectRun(dir, 'json', 7, 'a configuration above every file but posts/sub\'s');
    await expectRun(dir, 'json', 0, 'a configuration above, warm', [], 'en', true);
  });

  for (const withGit of [true, false]) {
    it(`${withGit ? 'in a git checkout' : 'keyed by hash'}: cold, warm and uncached output byte for byte the same in every format, and a file of the same size and time but other content validated again`, async function () {
      if (withGit && !hasGit) this.skip();
      const dir = archive(false);
      for (const f of fs.readdirSync(path.join(dir, 'posts'), { recursive: true })) fs.utimesSync(path.join(dir, 'posts', String(f)), STAMP, STAMP);
      if (withGit) {
        git(dir, 'init', '-q');
        git(dir, 'add', 'posts');
        git(dir, 'commit', '-qm', 'posts');
      }
      const staged = Math.floor(Date.now() / 1000);
      const articles = 8;
      const first = new Map<CheckFormat, string>();
      for (const format of CHECK_FORMATS) {
        fs.rmSync(path.join(dir, 'c.cache'), { force: true });
        const uncached = await reference(dir, format, 'en');
        const cold = await check(dir, format, 'en');
        const warm = await check(dir, format, 'en');
        assert.equal(cold.validated, articles, `cold validates every article (${format})`);
        assert.equal(warm.validated, 0, `warm validates none (${format})`);
        // JUnit's output has no pieces: its warm run formats the cached problems instead of repeating bytes.
        assert.equal(warm.repeated, withGit && format !== 'junit', `warm repeats the last output (${format})`);
        assert.equal(cold.out, uncached, `cold = without a cache (${format})`);
        assert.equal(warm.out, cold.out, `warm = cold (${format})`);
        first.set(format, warm.out);
      }
      // headimg: '' → headimg: [0, [1, …: a YAML error, in as many bytes, with the old
      // modification time; new content for each format, which the cache has not seen.
      // Git compares a file's ctime with the one it staged in whole seconds: a file rewritten
      // with its size and modification time kept, in the second git staged it, is one git
      // (`git status` too) takes for unchanged. Any later second, the change is seen.
      while (withGit && Math.floor(Date.now() / 1000) <= staged) await new Promise((resolve) => setTimeout(resolve, 50));
      let was = "headimg: ''";
      for (const [i, format] of CHECK_FORMATS.entries()) {
        rewriteSameSizeAndTime(path.join(dir, 'posts', 'bom.md'), was, (was = `headimg: [${i}`));
        const uncached = await reference(dir, format, 'en');
        assert.notEqual(uncached, first.get(format), `the change shows in the output (${format})`);
        const changed = await check(dir, format, 'en');
        assert.equal(changed.out, uncached, `reported as it is now (${format})`);
        assert.equal(changed.validated, 1, `the changed file is validated again (${format})`);
        const warm = await check(dir, format, 'en');
        assert.equal(warm.validated, 0, `then served from the cache (${format})`);
        assert.equal(warm.out, uncached, `as it is now (${format})`);
      }
    });
  }

  it('a new tool version starts afresh', async function () {
    if (!hasGit) this.skip();
    const dir = archive(true);
    await expectRun(dir, 'json', 8, 'cold');
    const file = path.join(dir, 'c.cache');
    const bytes = fs.readFileSync(file, 'latin1');
    const other = TOOL_VERSION.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    assert.ok(bytes.includes(`"tool":"${TOOL_VERSION}"`));
    fs.writeFileSync(file, bytes.replace(`"tool":"${TOOL_VERSION}"`, `"tool":"${other}"`), 'latin1');
    await expectRun(dir, 'json', 8, 'another version\'s cache');
    await expectRun(dir, 'json', 0, 'warm');
  });

  it('in a folder git does not know: keyed by a hash of each file, same output', async () => {
    const dir = archive(false);
    for (const format of ['text', 'sarif'] as const) {
      fs.rmSync(path.join(dir, 'c.cache'), { force: true });
      await expectRun(dir, format, 8, 'cold');
      await expectRun(dir, format, 0, 'warm');
    }
    fs.appendFileSync(path.join(dir, 'posts', 'bom.md'), 'more\n');
    fs.rmSync(path.join(dir, 'posts', 'crlf.md'));
    await expectRun(dir, 'sarif', 1, 'one changed, one deleted');
    // Through an io that takes texts only, the same output.
    const texts = await check(dir, 'sarif', 'en', [], false);
    assert.equal(texts.out, await reference(dir, 'sarif', 'en'));
  });

  it('lists a git folder as the walk does: names, selection, order, untracked and ignored files, excluded folders', async function () {
    if (!hasGit) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-list-'));
    const files = ['a.md', 'a-b.md', 'a/x.md', 'a/b/c.txt', 'b.html', 'public/p.md', 'deep/public/q.md', 'node_modules/m.md', 'z.png', 'Ä.md', 'é/1.md'];
    for (const f of files) {
      fs.mkdirSync(path.join(dir, 'posts', path.dirname(f)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'posts', f), `# ${f}\n`);
    }
    fs.writeFileSync(path.join(dir, '.gitignore'), 'ignored.md\n');
    git(dir, 'init', '-q');
    git(dir, 'add', '-f', '.');
    git(dir, 'commit', '-qm', 'all');
    // Untracked, ignored, an untracked folder, a symbolic link, a deleted tracked file.
    fs.writeFileSync(path.join(dir, 'posts', 'new.md'), 'x');
    fs.writeFileSync(path.join(dir, 'posts', 'ignored.md'), 'x');
    fs.mkdirSync(path.join(dir, 'posts', 'fresh'));
    fs.writeFileSync(path.join(dir, 'posts', 'fresh', 'f.md'), 'x');
    fs.symlinkSync('a.md', path.join(dir, 'posts', 'link.md'));
    fs.rmSync(path.join(dir, 'posts', 'b.html'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const input of ['posts', 'posts/a', '.']) {
        const walked = walkArchive([input], fileSelection()).files;
        const listing = await GitListing.of(input, fileSelection());
        assert.ok(listing, input);
        assert.deepEqual(listing.files().files.map((f) => f.path), walked, input);
        const vouched = listing.files().files.filter((f) => f.gitKey).map((f) => f.path);
        assert.ok(!vouched.some((f) => /new\.md|ignored\.md|fresh/.test(f)), 'git vouches only for tracked, unchanged files');
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('a PATH git does not track (an untracked folder, one inside it, an ignored folder): every file the walk finds', async function () {
    if (!hasGit) this.skip();
    const dir = archive(true);
    fs.mkdirSync(path.join(dir, 'fresh', 'deeper'), { recursive: true });
    fs.copyFileSync(path.join(REPO, 'seeds', 'bom.md'), path.join(dir, 'fresh', 'a.md'));
    fs.copyFileSync(path.join(REPO, 'seeds', 'crlf.md'), path.join(dir, 'fresh', 'deeper', 'b.md'));
    fs.writeFileSync(path.join(dir, '.gitignore'), 'ign/\n');
    fs.mkdirSync(path.join(dir, 'ign'));
    fs.copyFileSync(path.join(REPO, 'seeds', 'comments-no.md'), path.join(dir, 'ign', 'c.md'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const [input, count] of [['fresh', 2], ['fresh/deeper', 1], ['ign', 1]] as const) {
        // git names the folder itself as untracked: its files are the walk's.
        const listing = await GitListing.of(input, fileSelection());
        assert.ok(listing, input);
        assert.deepEqual(listing.files().files.map((f) => f.path), walkArchive([input], fileSelection()).files, input);
        assert.equal(listing.files().files.length, count, input);
      }
    } finally {
      process.chdir(cwd);
    }
    fs.renameSync(path.join(dir, 'posts'), path.join(dir, 'tracked'));
    fs.renameSync(path.join(dir, 'fresh'), path.join(dir, 'posts'));
    await expectRun(dir, 'text', 2, 'an untracked folder, cold', [], 'en', false);
    await expectRun(dir, 'text', 0, 'an untracked folder, warm', [], 'en', true);
  });

  it('reads the files the index tells git to look away from, and leaves an index it cannot read to the walk', async function () {
    if (!hasGit) this.skip();
    const dir = archive(true);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      // Edited behind git's back where git would not look: the index's blob id is not the content.
      git(dir, 'update-index', '--assume-unchanged', 'posts/crlf.md');
      git(dir, 'update-index', '--skip-worktree', 'posts/bom.md');
      fs.appendFileSync('posts/crlf.md', 'more\n');
      fs.appendFileSync('posts/bom.md', 'more\n');
      fs.writeFileSync('posts/added.md', fs.readFileSync(path.join(REPO, 'seeds', 'comments-no.md')));
      git(dir, 'add', '-N', 'posts/added.md');
      const listing = await GitListing.of('posts', fileSelection());
      assert.ok(listing);
      const vouched = listing.files().files.filter((f) => f.gitKey).map((f) => f.path);
      for (const f of ['crlf.md', 'bom.md', 'added.md']) assert.ok(!vouched.includes(path.join('posts', f)), `${f} is read, not vouched for`);
      assert.deepEqual(listing.unvouched().files.map((f) => f.path).sort(), ['posts/added.md', 'posts/bom.md', 'posts/crlf.md']);
      for (const format of ['json', 'text'] as const) await expectRun(dir, format, format === 'json' ? 9 : 0, 'flags in the index');
      // A split index ("link" extension) is one the reader does not vouch for: the folder is walked, the output the same.
      git(dir, 'update-index', '--split-index');
      assert.equal(await GitListing.of('posts', fileSelection()), undefined);
      fs.appendFileSync('posts/comments-no.md', 'x\n');
      // Keyed by hashes now, not blob ids: every file git vouched for is validated again, the three read before are not.
      await expectRun(dir, 'json', 6, 'split index');
    } finally {
      process.chdir(cwd);
    }
  });
});
