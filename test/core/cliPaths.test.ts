/**
 * Bad paths get one clear answer from every command: a path that does not exist or cannot be
 * read exits 2 (so a CI gate fails), a named pipe or device is refused without being opened (a
 * real CLI process with a deadline: opening a FIFO would block forever), `clean` on a folder
 * says it takes one file, and `--changed-since` is a revision that never reaches git as an option.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cliRun';
import { REPO } from './ruleFixtures';

const CLI = path.join(REPO, 'dist/cli.js');
const SEED = path.join(REPO, 'seeds/000_e84b391c27bbb68a.txt');

/** The real CLI, killed after 10 s: a run that blocks on a FIFO fails the test instead of hanging it. */
function runProcess(args: string[], wrap: string[] = [], cwd?: string): { code: number | null; signal: NodeJS.Signals | null; out: string; err: string } {
  const argv = [...wrap, process.execPath, CLI, ...args];
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 10_000, cwd });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

describe('news-archive: bad paths', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-paths-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 2 on a path that does not exist, in every command', async () => {
    const missing = path.join(dir, 'no-such-file.md');
    for (const command of ['check', 'fix', 'index', 'stats']) {
      const r = await runCli([command, missing]);
      assert.equal(r.code, 2, command);
      assert.equal(r.err.split('\n')[0], `${missing}: cannot read: ENOENT`, command);
    }
    const clean = await runCli(['clean', missing]);
    assert.equal(clean.code, 2);
    assert.equal(clean.err, `${missing}: cannot read: ENOENT`);
  });

  it('exits 2 when a file inside a folder cannot be read, and still checks the others', function () {
    // Root reads everything; without CAP_DAC_READ_SEARCH it obeys permission bits like anyone.
    const wrap = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search'] : [];
    if (wrap.length && spawnSync('setpriv', [...wrap.slice(1), 'true']).status !== 0) this.skip();
    fs.copyFileSync(SEED, path.join(dir, 'a.md'));
    fs.copyFileSync(SEED, path.join(dir, 'b.md'));
    fs.chmodSync(path.join(dir, 'b.md'), 0o000);
    // index reads through the archive index's byte reader, check and the rest through one other.
    for (const command of ['check', 'index']) {
      const r = runProcess([command, dir], wrap);
      assert.equal(r.code, 2, `${command}: ${r.err}`);
      assert.match(r.err, new RegExp(`^${path.join(dir, 'b.md')}: cannot read: EACCES$`, 'm'), command);
      if (command === 'check') {
        assert.match(r.out, /a\.md:1:1 info front-matter-displaced/);
        assert.match(r.err, /in 1 article\n$/);
      }
    }
  });

  it('refuses a named pipe named on the command line, without opening it', function () {
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    for (const command of ['check', 'index', 'clean']) {
      const r = runProcess([command, fifo]);
      assert.equal(r.signal, null, `${command} blocked on the FIFO`);
      assert.equal(r.code, 2, command);
      assert.equal(r.err.split('\n')[0], `${fifo}: is a named pipe (FIFO), not a file; not opened`, command);
    }
  });

  it('refuses a device named on the command line', () => {
    const r = runProcess(['check', '/dev/zero']);
    assert.equal(r.signal, null, 'check read /dev/zero');
    assert.equal(r.code, 2);
    assert.equal(r.err.split('\n')[0], '/dev/zero: is a character device, not a file; not opened');
  });

  it('refuses a named pipe met in a folder and checks the rest', () => {
    fs.copyFileSync(SEED, path.join(dir, 'a.md'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const r = runProcess(['check', dir]);
    assert.equal(r.signal, null, 'check blocked on the FIFO');
    assert.equal(r.code, 2);
    assert.equal(r.err.split('\n')[0], `${path.join(dir, 'pipe.md')}: is a named pipe (FIFO), not a file; not opened`);
    assert.match(r.err, /in 1 article\n$/);
  });

  it('clean on a folder says it takes one file, and nothing else', async () => {
    const r = await runCli(['clean', dir]);
    assert.equal(r.code, 2);
    assert.equal(r.err, `news-archive clean: clean takes one file, and "${dir}" is a folder (check and fix take folders)\nusage: news-archive clean FILE [--format html|json] [--write]`);
    assert.equal(r.out, '');
  });

  describe('--changed-since', () => {
    function repository(): string {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'ignore' });
      git('init', '-q');
      fs.copyFileSync(SEED, path.join(dir, 'a.md'));
      git('add', 'a.md');
      git('commit', '-qm', 'one');
      return dir;
    }

    // In this process, whose working folder is this project's repository: git runs there.
    it('never passes an option to git: --output=FILE writes no file', async () => {
      const target = path.join(dir, 'written-by-git.txt');
      for (const args of [['--changed-since', `--output=${target}`], [`--changed-since=--output=${target}`]]) {
        const r = await runCli(['check', dir, ...args]);
        assert.equal(r.code, 2);
        assert.equal(r.err.split('\n')[0], `news-archive check: --changed-since takes a revision (a commit, branch or tag such as origin/main), not "--output=${target}"`);
        assert.equal(fs.existsSync(target), false);
      }
    });

    it('says when the revision names no commit', async () => {
      const r = await runCli(['check', dir, '--changed-since', 'no-such-branch-of-this-test']);
      assert.equal(r.code, 2);
      assert.equal(r.err.split('\n')[0], 'news-archive check: --changed-since: "no-such-branch-of-this-test" names no commit in this repository');
    });

    it('still takes the files changed since a real revision', () => {
      repository();
      fs.appendFileSync(path.join(dir, 'a.md'), '\n<p>more</p>\n');
      fs.copyFileSync(SEED, path.join(dir, 'untouched.md'));
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'two'], { cwd: dir });
      execFileSync('git', ['add', 'untouched.md'], { cwd: dir });
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'three'], { cwd: dir });
      const check = runProcess(['check', dir, '--changed-since', 'HEAD~1', '--format', 'json'], [], dir);
      assert.equal(check.code, 0, check.err);
      assert.deepEqual((JSON.parse(check.out) as { path: string }[]).map((f) => path.basename(f.path)), ['untouched.md']);
    });
  });
});
