/**
 * Nothing lost by a writer, tested on the real CLI process (dist/cli.js) and real file systems:
 * signals at random moments, another process appending while `fix` writes a 50 MB post, a full
 * disk and a read-only file system (a tmpfs mounted in a private mount namespace), and a folder
 * the user may not write to (permission bits; as root, run without the capabilities that bypass
 * them). After each, the file holds its original bytes or the whole fix, and no temporary file
 * is left beside it. Tests that need `unshare` or `setpriv` say why when they cannot run.
 */
import { strict as assert } from 'node:assert';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixAll } from '../../src/core/rules/fixAll';
import { REPO } from './ruleFixtures';

// NEWS_ARCHIVE_CLI runs these tests against another build (an older one, to see them fail).
const CLI = process.env.NEWS_ARCHIVE_CLI ?? path.join(REPO, 'dist/cli.js');
const SEED = fs.readFileSync(path.join(REPO, 'seeds/000_e84b391c27bbb68a.txt'), 'utf8');

/** The seed's front matter (four fixable problems) over its body repeated to about `mb` MB. */
function bigPost(mb: number): Buffer {
  const end = SEED.indexOf('\n---', 4) + 5;
  const head = SEED.slice(0, end);
  const body = SEED.slice(end);
  const repeat = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(body));
  return Buffer.from(head + body.repeat(repeat), 'utf8');
}

function fixedText(original: Buffer): Buffer {
  return Buffer.from(fixAll(original.toString('utf8')).text, 'utf8');
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function exited(child: ChildProcess): Promise<Exit> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

function runFix(file: string, wrap: string[] = []): Promise<Exit> {
  const argv = [...wrap, process.execPath, CLI, 'fix', file];
  return exited(spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] }));
}

/** A small deterministic generator, so a failing moment can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Calls `then` once the file starts being written: a temporary copy appears beside it, or (for
 * a writer in place) the file itself changes. Polled every millisecond.
 */
function whenWriteStarts(file: string, then: () => void): () => void {
  const dir = path.dirname(file);
  const temp = `.${path.basename(file)}.tmp-`;
  const before = fs.statSync(file);
  const timer = setInterval(() => {
    const now = fs.statSync(file, { throwIfNoEntry: false });
    if (fs.readdirSync(dir).some((n) => n.startsWith(temp)) || !now || now.size !== before.size || now.mtimeMs !== before.mtimeMs) {
      clearInterval(timer);
      then();
    }
  }, 1);
  return () => clearInterval(timer);
}

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'na-safety-'));
}

function canRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

describe('news-archive fix: nothing lost', function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => {
    dir = tempFolder();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a signal at any moment leaves the original or the whole fix, never a part, and no temporary file', async () => {
    const file = path.join(dir, 'post.md');
    const original = bigPost(4);
    const fixed = fixedText(original);
    fs.writeFileSync(file, original);
    const start = Date.now();
    assert.equal((await runFix(file)).code, 0);
    const span = Date.now() - start;
    assert.ok(fs.readFileSync(file).equals(fixed));

    const next = random(12);
    const seen = { beforeWriting: 0, whileWriting: 0, afterWriting: 0, finished: 0 };
    for (let i = 0; i < 6; i++) {
      fs.writeFileSync(file, original);
      const signal: NodeJS.Signals = i % 4 < 2 ? 'SIGINT' : 'SIGTERM';
      const child = spawn(process.execPath, [CLI, 'fix', file], { stdio: ['ignore', 'ignore', 'pipe'] });
      const done = exited(child);
      // Half the moments are anywhere in the run; half a little after the temporary copy
      // appears, because the write is a short part of the run and the one that matters.
      let when: string;
      let timer: NodeJS.Timeout | undefined;
      let stopWatching = () => undefined as void;
      if (i % 2 === 0) {
        const delay = Math.round(next() * span);
        when = `${delay} ms after the start`;
        timer = setTimeout(() => child.kill(signal), delay);
      } else {
        const jitter = Math.round(next() * 30);
        when = `${jitter} ms after the write started`;
        stopWatching = whenWriteStarts(file, () => {
          timer = setTimeout(() => child.kill(signal), jitter);
        });
      }
      const r = await done;
      clearTimeout(timer);
      stopWatching();
      const now = fs.readFileSync(file);
      const at = `${signal} ${when} (exit ${r.code}, ${r.signal}): ${r.stderr}`;
      assert.ok(now.equals(original) || now.equals(fixed), `the file is neither the original nor the fix: ${now.length} bytes; ${at}`);
      assert.deepEqual(fs.readdirSync(dir), ['post.md'], at);
      if (r.signal === null) {
        assert.equal(r.code, 0, at);
        seen.finished++;
      } else {
        // Ended by the signal it was sent, as a shell expects, whether or not it was writing.
        assert.equal(r.signal, signal, at);
        if (/interrupted by SIG/.test(r.stderr)) {
          assert.ok(now.equals(original), at);
          assert.match(r.stderr, new RegExp(`post\\.md: interrupted by ${signal} before the new text took its place; the file is as it was and no temporary file is left\\.`));
          seen.whileWriting++;
        } else if (/stopped by SIG/.test(r.stderr)) {
          assert.ok(now.equals(fixed), at);
          seen.afterWriting++;
        } else if (now.equals(original)) {
          // Ended at once, outside a write: nothing was half done.
          seen.beforeWriting++;
        } else {
          // Ended at once just after its write: the rename had made the fix whole.
          seen.afterWriting++;
        }
      }
    }
    assert.ok(seen.whileWriting > 0, `no signal arrived during a write: ${JSON.stringify(seen)}`);
    console.log(`      6 signals, in a ${span} ms run: ${JSON.stringify(seen)}`);
  });

  /**
   * Another process appends a marked line every 10 ms to `file` while `fix` runs on it: from
   * the start of the run, or from the moment its write starts (a temporary copy appears, or the
   * file itself changes), when a writer in place loses them. Resolves when both are done.
   */
  async function appendWhileFixing(file: string, from: 'start' | 'write'): Promise<{ made: number; whileFixRan: number; lost: number; fix: Exit }> {
    const appender = path.join(path.dirname(file), '..', 'appender.js');
    fs.writeFileSync(appender, `
      const fs = require('fs'), path = require('path');
      const [file, from, gap] = process.argv.slice(2);
      const temp = '.' + path.basename(file) + '.tmp-';
      const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      const before = fs.statSync(file);
      const writing = () => {
        const now = fs.statSync(file, { throwIfNoEntry: false });
        return fs.readdirSync(path.dirname(file)).some((n) => n.startsWith(temp)) || !now || now.size !== before.size || now.mtimeMs !== before.mtimeMs;
      };
      let stop = false;
      process.stdin.on('data', () => (stop = true));
      const times = [];
      const tick = () => {
        if (stop && times.length > 0) return process.stdout.write(JSON.stringify(times));
        if (from === 'write' && times.length === 0 && !writing()) return setTimeout(tick, 1);
        fs.appendFileSync(file, '\\n<!-- append ' + times.length + ' -->\\n');
        times.push(Date.now());
        setTimeout(tick, Number(gap));
      };
      tick();
    `);
    const appends = spawn(process.execPath, [appender, file, from, '10'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    appends.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const appended = new Promise((resolve) => appends.on('close', resolve));
    const fix = await runFix(file);
    const fixEnd = Date.now();
    appends.stdin.end('stop');
    await appended;
    fs.rmSync(appender);
    const times = JSON.parse(out) as number[];
    const text = fs.readFileSync(file, 'utf8');
    // One scan of the text: searching it once per append would take longer than the fix.
    const present = new Set([...text.matchAll(/<!-- append (\d+) -->/g)].map((m) => Number(m[1])));
    const lost = times.filter((_, i) => !present.has(i)).length;
    return { made: times.length, whileFixRan: times.filter((t) => t <= fixEnd).length, lost, fix };
  }

  const changedLine = /post\.md: changed on disk while fixing; left as it is\. Run fix again\.\nfixed 0 problems in 0 of 1 article; 0 errors left that need a person; 1 file not written\n$/;

  // The case, a 50 MB post (NEWS_ARCHIVE_RACE_MB sets another size).
  const raceMb = Number(process.env.NEWS_ARCHIVE_RACE_MB ?? 50);

  it(`loses none of the appends another process makes while fix runs on a ${raceMb} MB post`, async () => {
    const posts = path.join(dir, 'posts');
    fs.mkdirSync(posts);
    const file = path.join(posts, 'post.md');
    const original = bigPost(raceMb);
    fs.writeFileSync(file, original);
    const r = await appendWhileFixing(file, 'start');
    console.log(`      appends made while fix ran: ${r.whileFixRan} (of ${r.made}), lost: ${r.lost}; fix exit ${r.fix.code}`);
    assert.equal(r.lost, 0);
    assert.ok(r.whileFixRan > 0, 'no append landed while fix ran: the test proved nothing');
    assert.equal(r.fix.code, 2);
    assert.match(r.fix.stderr, changedLine);
    assert.ok(fs.readFileSync(file, 'utf8').startsWith(original.toString('utf8')));
    assert.deepEqual(fs.readdirSync(posts), ['post.md']);
  });

  it('loses none of the appends made while the new text is written and flushed', async () => {
    const posts = path.join(dir, 'posts');
    fs.mkdirSync(posts);
    const file = path.join(posts, 'post.md');
    const original = bigPost(8);
    const fixed = fixedText(original).toString('utf8');
    // On a busy machine the appender may wake only after the rename; then the fix was whole
    // and the appends follow it. Up to three tries for appends that land inside the write.
    let landedInside = false;
    for (let attempt = 0; attempt < 3 && !landedInside; attempt++) {
      fs.writeFileSync(file, original);
      const r = await appendWhileFixing(file, 'write');
      assert.equal(r.lost, 0);
      assert.deepEqual(fs.readdirSync(posts), ['post.md']);
      if (r.fix.code === 0) {
        assert.ok(fs.readFileSync(file, 'utf8').startsWith(fixed));
      } else {
        assert.equal(r.fix.code, 2);
        assert.match(r.fix.stderr, changedLine);
        assert.ok(fs.readFileSync(file, 'utf8').startsWith(original.toString('utf8')));
        landedInside = true;
      }
    }
    assert.ok(landedInside, 'in three tries no append landed while the new text was being written');
  });

  /**
   * Runs `script` (bash) in a private mount namespace, where it may mount a tmpfs that vanishes
   * with it; as a user, in a user namespace too. Undefined when this machine allows neither.
   */
  function inMountNamespace(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } | undefined {
    const unshare = process.getuid?.() === 0 ? ['-m'] : ['-r', '-m'];
    if (!canRun('unshare', [...unshare, 'mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', os.tmpdir()])) return undefined;
    const r = spawnSync('unshare', [...unshare, 'bash', '-c', script, 'bash', ...args], { encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  // The post fills whole pages, so the one byte the fix adds needs a page the disk lacks.
  const FULL_DISK = `
    set -u
    mnt=$1 src=$2 cli=$3 node=$4 err=$5
    mount -t tmpfs -o size=256k tmpfs "$mnt"
    cp "$src" "$mnt/post.md"
    head -c 1M /dev/zero > "$mnt/filler" 2>/dev/null
    "$node" "$cli" fix "$mnt/post.md" 2>"$err"
    echo "exit=$?"
    cmp -s "$src" "$mnt/post.md" && echo same=yes || echo same=no
    echo "files=$(ls -A "$mnt" | tr '\\n' ' ')"
  `;

  const READ_ONLY = `
    set -u
    mnt=$1 src=$2 cli=$3 node=$4 err=$5
    mount -t tmpfs -o size=1m tmpfs "$mnt"
    cp "$src" "$mnt/post.md"
    mount -o remount,ro "$mnt"
    "$node" "$cli" fix "$mnt/post.md" 2>"$err"
    echo "exit=$?"
    cmp -s "$src" "$mnt/post.md" && echo same=yes || echo same=no
    echo "files=$(ls -A "$mnt" | tr '\\n' ' ')"
  `;

  function smallPost(): Buffer {
    // `title: 2021` is a number to Hexo; the fix quotes it, adding two bytes.
    const head = '---\ntitle: 2021\ndate: 2021-11-15 23:46:59 +08:00\n---\n';
    const body = `<p>${'正文'.repeat(20_000)}</p>\n`;
    const text = head + body;
    const size = Math.ceil(Buffer.byteLength(text) / 4096) * 4096;
    return Buffer.from(text + 'x'.repeat(size - Buffer.byteLength(text)), 'utf8');
  }

  function runInTmpfs(script: string, test: Mocha.Context): { exit: string; same: string; files: string; err: string } {
    const src = path.join(dir, 'original.md');
    fs.writeFileSync(src, smallPost());
    const mnt = path.join(dir, 'mnt');
    fs.mkdirSync(mnt);
    const err = path.join(dir, 'stderr.txt');
    const r = inMountNamespace(script, [mnt, src, CLI, process.execPath, err]);
    if (!r) {
      console.log('      skipped: this machine allows no private mount namespace (unshare -m, or -r -m as a user)');
      test.skip();
    }
    const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(r?.stdout ?? '')?.[1]?.trim() ?? `(none: ${r?.stderr})`;
    return { exit: field('exit'), same: field('same'), files: field('files'), err: fs.readFileSync(err, 'utf8') };
  }

  it('on a full disk, leaves the file byte for byte and says so', function () {
    const r = runInTmpfs(FULL_DISK, this);
    assert.deepEqual({ exit: r.exit, same: r.same, files: r.files }, { exit: '2', same: 'yes', files: 'filler post.md' }, r.err);
    assert.match(r.err, /post\.md: not written: writing the new text failed \(ENOSPC: no space left on the device\)\. The file is as it was; the partial copy was removed\.\nfixed 0 problems in 0 of 1 article; 0 errors left that need a person; 1 file not written\n$/);
  });

  it('on a read-only file system, leaves the file and says why', function () {
    const r = runInTmpfs(READ_ONLY, this);
    assert.deepEqual({ exit: r.exit, same: r.same, files: r.files }, { exit: '2', same: 'yes', files: 'post.md' }, r.err);
    assert.match(r.err, /post\.md: not written: cannot create a temporary file beside it \(EROFS: the file system is read-only\)\. The file is as it was\.\n/);
  });

  it('in a folder it may not write to, leaves the file and says why', async function () {
    // Root ignores permission bits; without CAP_DAC_OVERRIDE it obeys them like anyone.
    const wrap = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search'] : [];
    if (wrap.length && !canRun('setpriv', [...wrap.slice(1), 'true'])) {
      console.log('      skipped: running as root, and setpriv cannot drop the capabilities that bypass permission bits');
      this.skip();
    }
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    const file = path.join(locked, 'post.md');
    const original = smallPost();
    fs.writeFileSync(file, original);
    fs.chmodSync(locked, 0o555);
    try {
      const r = await runFix(file, wrap);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /post\.md: not written: cannot create a temporary file beside it \(EACCES: permission denied\)\. The file is as it was\.\n/);
      assert.ok(fs.readFileSync(file).equals(original));
      assert.deepEqual(fs.readdirSync(locked), ['post.md']);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });
});
