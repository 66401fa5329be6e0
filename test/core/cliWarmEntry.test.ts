/**
 * dist/cli.js answers a warm `check --cache` over an unchanged git folder alone, without loading
 * the command line proper (dist/cliMain.js, most of a run's start-up): tested with cli.js copied
 * into a folder that has no cliMain.js. Its answer is the full command line's, byte for byte
 * (stdout, stderr, exit code) in every format the cache can repeat, in both languages and with a
 * baseline. What it cannot answer (a changed file, a configuration with a problem) goes to
 * cliMain.js, which then says what the run has to say.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawn as spawn_, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './ruleFixtures';
import { hasGit } from './gitAvailable';

const CLI = path.join(REPO, 'dist/cli.js');
const SEEDS = ['yaml-at-title.md', 'comments-no.md', 'crlf.md', 'not-an-article.txt', 'duplicate-key.md', 'bom.md'];


interface Ran {
  status: number | null;
  out: string;
  err: string;
}

const MAIN = path.join(REPO, 'dist/cliMain.js');

function spawn(argv: string[], cwd: string): Ran {
  const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' }, timeout: 30_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function run(cli: string, cwd: string, args: string[]): Ran {
  return spawn([cli, ...args], cwd);
}

/** The command line proper, without the warm run in front of it: what it answers by itself. */
function runFull(cwd: string, args: string[]): Ran {
  return spawn(['-e', 'require(process.argv[1]).runCommandLine(process.argv.slice(2))', MAIN, ...args], cwd);
}

/** `node argv…` with its stdout closed before it writes (as `| head -c 10` closes it early): what it says on stderr and its exit code. */
function spawnClosedStdout(argv: string[], cwd: string): Promise<{ status: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn_(process.execPath, argv, { cwd, env: { ...process.env, LANG: 'C', LC_ALL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, err }));
  });
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
}

describe('dist/cli.js: the warm check --cache answered without the rest of the command line', function () {
  this.timeout(120_000);
  let dir: string;
  /** cli.js alone, in a folder without cliMain.js. */
  let lone: string;

  before(function () {
    if (!hasGit || !fs.existsSync(CLI)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-warm-entry-'));
    fs.mkdirSync(path.join(dir, 'posts', 'sub'), { recursive: true });
    for (const n of SEEDS) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, 'posts', n));
    fs.copyFileSync(path.join(REPO, 'seeds', 'missing-title.md'), path.join(dir, 'posts', 'sub', 'missing-title.md'));
    git(dir, 'init', '-q');
    git(dir, 'add', 'posts');
    git(dir, 'commit', '-qm', 'posts');
    const alone = path.join(dir, 'alone');
    fs.mkdirSync(alone);
    lone = path.join(alone, 'cli.js');
    fs.copyFileSync(CLI, lone);
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const cases: { format: string; lang: string }[] = [
    { format: 'json', lang: 'en' },
    { format: 'sarif', lang: 'en' },
    { format: 'text', lang: 'en' },
    { format: 'github', lang: 'en' },
    { format: 'text', lang: 'zh-cn' },
    { format: 'sarif', lang: 'zh-cn' },
  ];
  for (const { format, lang } of cases) {
    it(`--format ${format} --lang ${lang}: the full run's stdout, stderr and exit code, from cli.js alone`, () => {
      const args = ['check', 'posts', '--format', format, '--lang', lang, '--cache', `c-${format}-${lang}.cache`];
      const uncached = run(CLI, dir, args.slice(0, -2));
      const cold = run(CLI, dir, args);
      const full = runFull(dir, args);
      const alone = run(lone, dir, args);
      assert.equal(cold.status, 1, cold.err);
      assert.equal(cold.out, uncached.out, 'the cold run prints what a run without a cache prints');
      assert.deepEqual(alone, full, 'cli.js alone answers as the command line proper does');
      assert.equal(alone.out, uncached.out);
      if (format === 'text' || format === 'github') assert.match(alone.err, lang === 'en' ? /\.cache: 7 of 7 files from the cache/ : /\.cache：7 个文件中有 7 个取自缓存/);
    });
  }

  it('with a baseline: the known problems pass, the exit code and the counts are the full run\'s', () => {
    const baseline = run(CLI, dir, ['baseline', 'posts']);
    assert.equal(baseline.status, 0, baseline.err);
    fs.writeFileSync(path.join(dir, 'b.json'), baseline.out);
    const args = ['check', 'posts', '--format', 'github', '--baseline', 'b.json', '--cache', 'c-base.cache'];
    const cold = run(CLI, dir, args);
    const full = runFull(dir, args);
    const alone = run(lone, dir, args);
    assert.equal(cold.status, 0, cold.err);
    assert.deepEqual(alone, full);
    assert.equal(alone.out, cold.out);
    assert.match(alone.err, /b\.json: \d+ problems already known; new: 0 errors/);
  });

  it('a changed file is not answered alone: cliMain.js checks it, with the output of a run without a cache', () => {
    const args = ['check', 'posts', '--format', 'json', '--cache', 'c-change.cache'];
    run(CLI, dir, args);
    const file = path.join(dir, 'posts', 'comments-no.md');
    const before = fs.readFileSync(file);
    try {
      fs.writeFileSync(file, before.toString('utf8').replace('comments: no', 'comments: false'));
      const alone = run(lone, dir, args);
      assert.equal(alone.status, 2);
      assert.equal(alone.out, '');
      assert.match(alone.err, /cannot load .*cliMain\.js \(MODULE_NOT_FOUND\): it belongs beside cli\.js/);
      const full = run(CLI, dir, args);
      assert.equal(full.out, run(CLI, dir, args.slice(0, -2)).out);
    } finally {
      fs.writeFileSync(file, before);
    }
  });

  it('a configuration with a problem is said again on every run: never repeated alone', () => {
    fs.writeFileSync(path.join(dir, 'posts', '.newsarchive.json'), '{ "rules": { "no-such-rule": "error" } }\n');
    try {
      const args = ['check', 'posts', '--format', 'text', '--cache', 'c-config.cache'];
      const first = run(CLI, dir, args);
      const second = run(CLI, dir, args);
      assert.match(first.err, /\.newsarchive\.json:1:\d+: /);
      assert.deepEqual({ ...second, err: second.err.split('\n')[0] }, { ...first, err: first.err.split('\n')[0] });
      assert.match(second.err, /c-config\.cache: 7 of 7 files from the cache/);
      const alone = run(lone, dir, args);
      assert.match(alone.err, /cannot load .*cliMain\.js/);
    } finally {
      fs.rmSync(path.join(dir, 'posts', '.newsarchive.json'));
    }
  });

  it('stdout closed early: the summary and the exit code of a run whose reader read it all, warm or not, and no crash trace', async () => {
    const args = ['check', 'posts', '--format', 'text', '--cache', 'c-closed.cache'];
    run(CLI, dir, args);
    const whole = run(CLI, dir, args);
    assert.equal(whole.status, 1, whole.err);
    assert.match(whole.err, /c-closed\.cache: 7 of 7 files from the cache/);
    const warm = await spawnClosedStdout([CLI, ...args], dir);
    const alone = await spawnClosedStdout([lone, ...args], dir);
    const full = await spawnClosedStdout(['-e', 'require(process.argv[1]).runCommandLine(process.argv.slice(2))', MAIN, ...args], dir);
    const uncached = await spawnClosedStdout([CLI, ...args.slice(0, -2)], dir);
    for (const [name, r] of Object.entries({ warm, alone, full })) assert.deepEqual(r, { status: whole.status, err: whole.err }, name);
    assert.deepEqual(uncached, { status: whole.status, err: whole.err.split('\n').filter((l) => !l.includes('from the cache')).join('\n') }, 'without a cache');
  });

  it('a folder without articles: a configuration with a problem added above it is said, and the run exits 2', () => {
    fs.mkdirSync(path.join(dir, 'pics'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pics', 'x.png'), 'png');
    git(dir, 'add', 'pics');
    git(dir, 'commit', '-qm', 'pics');
    const args = ['check', 'pics', '--cache', 'c-pics.cache'];
    assert.equal(run(CLI, dir, args).status, 0);
    // The archive-wide rules' settings come from the PATH's configuration when it has no files.
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), '{ "rules": { "no-such-rule": "error" } }\n');
    try {
      const uncached = runFull(dir, args.slice(0, -2));
      assert.equal(uncached.status, 2, uncached.err);
      assert.match(uncached.err, /\.newsarchive\.json:1:\d+: /);
      for (const r of [run(CLI, dir, args), runFull(dir, args)]) assert.deepEqual({ ...r, err: r.err.replace(/\nc-pics\.cache: .*\n$/, '\n') }, uncached);
    } finally {
      fs.rmSync(path.join(dir, '.newsarchive.json'));
    }
  });

  it('a worktree with a version 4 index, a nested repository and a submodule inside PATH: warm as the full run, and an edit inside either seen', () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'na-warm-repos-'));
    try {
      const main = path.join(top, 'main');
      const other = path.join(top, 'other');
      for (const [repo, file] of [[main, 'crlf.md'], [other, 'bom.md']]) {
        fs.mkdirSync(path.join(repo, 'posts'), { recursive: true });
        fs.copyFileSync(path.join(REPO, 'seeds', file), path.join(repo, 'posts', file));
        git(repo, 'init', '-q');
        git(repo, 'add', '.');
        git(repo, 'commit', '-qm', file);
      }
      git(main, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', other, 'posts/module');
      git(main, 'commit', '-qm', 'module');
      const wt = path.join(top, 'wt');
      git(main, 'worktree', 'add', '-q', wt);
      git(wt, '-c', 'protocol.file.allow=always', 'submodule', 'update', '-q', '--init');
      git(wt, 'update-index', '--index-version', '4');
      const nested = path.join(wt, 'posts', 'nested');
      fs.mkdirSync(nested);
      fs.copyFileSync(path.join(REPO, 'seeds', 'duplicate-key.md'), path.join(nested, 'n.md'));
      git(nested, 'init', '-q');
      git(nested, 'add', '.');
      git(nested, 'commit', '-qm', 'nested');
      const args = ['check', 'posts', '--cache', 'c.cache'];
      const uncached = runFull(wt, args.slice(0, -2));
      assert.match(uncached.out, /posts\/module\/posts\/bom\.md:.*\nposts\/nested\/n\.md:/s);
      const cold = run(CLI, wt, args);
      assert.equal(cold.out, uncached.out);
      const alone = run(lone, wt, args);
      assert.deepEqual(alone, runFull(wt, args), 'cli.js alone answers');
      for (const file of [path.join(nested, 'n.md'), path.join(wt, 'posts', 'module', 'posts', 'bom.md')]) {
        fs.appendFileSync(file, 'more  \n');
        const changed = run(lone, wt, args);
        assert.match(changed.err, /cannot load .*cliMain\.js/, `${file} changed: not answered alone`);
        const warm = run(CLI, wt, args);
        assert.equal(warm.out, runFull(wt, args.slice(0, -2)).out);
      }
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });
});
