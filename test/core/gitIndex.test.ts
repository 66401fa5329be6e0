/**
 * The index reader (src/cli/gitIndex.ts) against git itself: repositories made with git, their
 * .git/index parsed and compared entry by entry with what `git ls-files --debug -s -t -v`
 * prints (modes, ids, stages and paths; the flags from the debug block's in-memory ce_flags,
 * cross-checked with the -t -v tag letters), in index versions 2, 3 and 4 and in a SHA-256
 * repository; the digest's promises (stat data never counts, any staged change does, nothing
 * outside the prefix does); and the indexes it must refuse rather than misread.
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitIndex, GitIndexEntry } from '../../src/cli/gitIndex';
import { hasGit } from './gitAvailable';


function git(dir: string, ...args: string[]): Buffer {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function gitMayFail(dir: string, ...args: string[]): void {
  try {
    git(dir, ...args);
  } catch {
    // a merge that stops on its conflict
  }
}

const SKIP_WORKTREE = 0x40000000;
const INTENT_TO_ADD = 0x20000000;
const CE_VALID = 0x8000;

/** What git says the index holds under `folder` ('' = all): `ls-files --debug -s -t -v -z --full-name`. */
function gitEntries(dir: string, folder = ''): GitIndexEntry[] {
  const out = git(dir, 'ls-files', '--debug', '-s', '-t', '-v', '-z', '--full-name', ...(folder ? ['--', `${folder}/`] : [])).toString('utf8');
  const record = /([A-Za-z?]) (\d{6}) ([0-9a-f]{40,64}) ([0-3])\t([^\0]+)\0[^\0]*?flags: ([0-9a-f]+)\n/y;
  const entries: GitIndexEntry[] = [];
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = record.exec(out)) !== null) {
    consumed = record.lastIndex;
    const flags = parseInt(m[6], 16);
    const entry: GitIndexEntry = {
      path: m[5],
      mode: parseInt(m[2], 8),
      blob: m[3],
      stage: Number(m[4]) as 0 | 1 | 2 | 3,
      assumeUnchanged: (flags & CE_VALID) !== 0,
      skipWorktree: (flags & SKIP_WORKTREE) !== 0,
      intentToAdd: (flags & INTENT_TO_ADD) !== 0,
    };
    // -v writes an assume-unchanged file's tag in lower case, -t tags skip-worktree `S`.
    assert.equal(m[1] === m[1].toLowerCase(), entry.assumeUnchanged, `tag of ${entry.path}`);
    assert.equal(m[1].toUpperCase() === 'S', entry.skipWorktree, `tag of ${entry.path}`);
    entries.push(entry);
  }
  assert.equal(consumed, out.length, 'every record of ls-files understood');
  return entries;
}

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

/** A blob stored with no file behind it (for paths the file system cannot hold). */
function blob(dir: string, text: string): string {
  return execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: text }).toString().trim();
}

/** 20 folders of 240 bytes and a file: a path of 4,830 bytes, beyond the 12-bit length field and Linux's PATH_MAX. */
const LONG_PATH = `sub/${Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}${'d'.repeat(238)}`).join('/')}/long.md`;

interface Fixture {
  dir: string;
  hashBytes: 20 | 32;
}

/**
 * A repository with nested folders, names beside `sub/` that sort around it (`sub-x/`, `sub.txt`,
 * `sub0/`), Chinese names, an executable, a symbolic link, a gitlink, a 4,830-byte path and a merge
 * conflict; with `flags`, also intent-to-add, skip-worktree and assume-unchanged entries (git then
 * writes version 3, else 2); then rewritten as `version` when given.
 */
function fixture(options: { sha256?: boolean; flags: boolean; version?: 4 }): Fixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-gitindex-'));
  git(dir, 'init', '-q', ...(options.sha256 ? ['--object-format=sha256'] : []));
  for (const f of ['a.txt', 'sub/one.md', 'sub/deep/er/two.md', 'sub-x/a.md', 'sub.txt', 'sub0/b.md', '中文/文章.md', 'sub/新闻.md']) write(dir, f, `${f}\n`);
  write(dir, 'run.sh', '#!/bin/sh\n');
  fs.chmodSync(path.join(dir, 'run.sh'), 0o755);
  fs.symlinkSync('a.txt', path.join(dir, 'link'));
  write(dir, 'conflict.md', 'base\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'branch', 'other');
  write(dir, 'conflict.md', 'ours\n');
  git(dir, 'commit', '-qam', 'ours');
  git(dir, 'checkout', '-q', 'other');
  write(dir, 'conflict.md', 'theirs\n');
  git(dir, 'commit', '-qam', 'theirs');
  git(dir, 'checkout', '-q', 'main');
  gitMayFail(dir, 'merge', '-q', 'other');
  const commit = git(dir, 'rev-parse', 'HEAD').toString().trim();
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${commit},sub/module`);
  git(dir, 'update-index', '--add', '--cacheinfo', `100644,${blob(dir, 'long\n')},${LONG_PATH}`);
  if (options.flags) {
    write(dir, 'sub/new.md', 'new\n');
    git(dir, 'add', '-N', 'sub/new.md');
    git(dir, 'update-index', '--skip-worktree', 'sub/one.md');
    git(dir, 'update-index', '--assume-unchanged', 'a.txt', '中文/文章.md');
  }
  if (options.version) git(dir, 'update-index', '--index-version', String(options.version));
  return { dir, hashBytes: options.sha256 ? 32 : 20 };
}

const indexBytes = (dir: string) => fs.readFileSync(path.join(dir, '.git', 'index'));

function parsed(f: Fixture): GitIndex {
  const index = GitIndex.parse(indexBytes(f.dir), f.hashBytes);
  assert.ok(index, 'the index parses');
  return index;
}

/** `body` with its checksum recomputed, as git would have written it. */
function withChecksum(body: Buffer, hashBytes: 20 | 32): Buffer {
  return Buffer.concat([body, createHash(hashBytes === 20 ? 'sha1' : 'sha256').update(body).digest()]);
}

(hasGit ? describe : describe.skip)('GitIndex', function () {
  this.timeout(60_000);
  const made: string[] = [];
  const keep = (f: Fixture) => {
    made.push(f.dir);
    return f;
  };
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases: { name: string; version: number; options: { sha256?: boolean; flags: boolean; version?: 4 } }[] = [
    { name: 'version 2', version: 2, options: { flags: false } },
    { name: 'version 3 (extended flags)', version: 3, options: { flags: true } },
    { name: 'version 4 (prefix-compressed names)', version: 4, options: { flags: true, version: 4 } },
    { name: 'a SHA-256 repository, version 3', version: 3, options: { sha256: true, flags: true } },
    { name: 'a SHA-256 repository, version 4', version: 4, options: { sha256: true, flags: true, version: 4 } },
  ];
  for (const c of cases) {
    it(`reads what git lists: ${c.name}`, () => {
      const f = keep(fixture(c.options));
      assert.equal(indexBytes(f.dir).readUInt32BE(4), c.version, 'the index is in the version the case is about');
      const index = parsed(f);
      const all = index.entriesUnder('');
      assert.deepEqual(all, gitEntries(f.dir));
      assert.deepEqual(index.entriesUnder('sub'), gitEntries(f.dir, 'sub'));
      assert.deepEqual(index.entriesUnder('中文'), gitEntries(f.dir, '中文'));
      assert.equal(index.countUnder(''), all.length);
      assert.equal(index.countUnder('sub'), gitEntries(f.dir, 'sub').length);
      assert.equal(index.countUnder('sub/deep'), 1);
      assert.equal(index.countUnder('nothing'), 0);

      // The fixture holds what the comparison is meant to cover.
      const at = (p: string) => all.filter((e) => e.path === p);
      assert.equal(at('run.sh')[0].mode, 0o100755);
      assert.equal(at('link')[0].mode, 0o120000);
      assert.equal(at('sub/module')[0].mode, 0o160000);
      assert.equal(at('sub/module')[0].blob.length, f.hashBytes * 2);
      assert.deepEqual(at('conflict.md').map((e) => e.stage), [1, 2, 3]);
      assert.equal(at(LONG_PATH).length, 1);
      assert.ok(Buffer.byteLength(LONG_PATH) > 4095);
      assert.equal(at('sub/新闻.md').length, 1);
      assert.deepEqual(
        all.filter((e) => e.intentToAdd || e.skipWorktree || e.assumeUnchanged).map((e) => [e.path, e.intentToAdd, e.skipWorktree, e.assumeUnchanged]),
        c.options.flags ? [['a.txt', false, false, true], ['sub/new.md', true, false, false], ['sub/one.md', false, true, false], ['中文/文章.md', false, false, true]] : [],
      );
      assert.deepEqual(index.entriesUnder('sub').map((e) => e.path).filter((p) => !p.startsWith('sub/')), []);
    });
  }

  it('takes a trailing slash on the prefix as its folder', () => {
    const index = parsed(keep(fixture({ flags: false })));
    assert.equal(index.countUnder('sub/'), index.countUnder('sub'));
    assert.equal(index.digestUnder('sub/'), index.digestUnder('sub'));
  });

  for (const version of [2, 4] as const) {
    describe(`digestUnder, index version ${version}`, () => {
      let dir: string;
      const digest = (prefix = 'posts') => {
        const bytes = indexBytes(dir);
        assert.equal(bytes.readUInt32BE(4), version);
        return parsed({ dir, hashBytes: 20 }).digestUnder(prefix);
      };
      beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-gitdigest-'));
        made.push(dir);
        git(dir, 'init', '-q');
        for (const f of ['posts/2021/a.md', 'posts/2021/b.md', 'posts/c.md', 'post/z.md', 'postsz.md', 'a/1.md', 'ab/x.md', 'other/y.md']) write(dir, f, `${f}\n`);
        git(dir, 'add', '-A');
        git(dir, 'commit', '-qm', 'posts');
        if (version === 4) git(dir, 'update-index', '--index-version', '4');
      });

      it('is the same after new stat data (touch, refresh) and in a fresh clone of the commit', () => {
        const before = digest();
        const index0 = indexBytes(dir);
        const later = new Date(Date.now() + 5000);
        fs.utimesSync(path.join(dir, 'posts/c.md'), later, later);
        git(dir, 'update-index', '--refresh');
        assert.notDeepEqual(indexBytes(dir), index0, 'the refresh rewrote the stat data');
        assert.equal(digest(), before);

        const clone = path.join(dir, 'clone');
        git(dir, 'clone', '-q', dir, clone);
        if (version === 4) git(clone, 'update-index', '--index-version', '4');
        const cloned = GitIndex.parse(indexBytes(clone), 20);
        assert.ok(cloned);
        assert.notDeepEqual(indexBytes(clone), indexBytes(dir));
        assert.equal(cloned.digestUnder('posts'), before);
      });

      it('changes with a staged change, a new file, a mode or a flag under the prefix', () => {
        const seen = new Set([digest()]);
        const changed = (what: string) => {
          const d = digest();
          assert.ok(!seen.has(d), what);
          seen.add(d);
        };
        write(dir, 'posts/2021/a.md', 'edited\n');
        git(dir, 'add', 'posts/2021/a.md');
        changed('a staged edit');
        write(dir, 'posts/2021/new.md', 'new\n');
        git(dir, 'add', 'posts/2021/new.md');
        changed('a new file');
        fs.chmodSync(path.join(dir, 'posts/c.md'), 0o755);
        git(dir, 'add', 'posts/c.md');
        changed('an executable bit');
        git(dir, 'update-index', '--assume-unchanged', 'posts/c.md');
        changed('assume-unchanged');
        git(dir, 'rm', '-q', '--cached', 'posts/2021/b.md');
        changed('a removal');
      });

      it('is unchanged by changes outside the prefix, next to it in the sort included', () => {
        const before = digest();
        const beforeA = digest('a');
        for (const f of ['other/y.md', 'postsz.md', 'post/z.md', 'ab/x.md']) {
          write(dir, f, 'edited\n');
          git(dir, 'add', f);
        }
        // Right before posts/ in the sort: in version 4 the first entry's name is stored against it.
        write(dir, 'post/zz-longer-name.md', 'new\n');
        git(dir, 'add', 'post/zz-longer-name.md');
        assert.equal(digest(), before);
        assert.equal(digest('a'), beforeA, "prefix 'a' leaves out 'ab/x.md'");
        assert.equal(parsed({ dir, hashBytes: 20 }).countUnder('a'), 1);
      });
    });
  }

  describe('refuses what it cannot vouch for', () => {
    let f: Fixture;
    before(() => {
      f = keep(fixture({ flags: true }));
    });

    it('a split index', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-gitsplit-'));
      made.push(dir);
      git(dir, 'init', '-q');
      write(dir, 'a.md', 'a\n');
      git(dir, 'add', 'a.md');
      assert.ok(GitIndex.parse(indexBytes(dir), 20));
      git(dir, 'update-index', '--split-index');
      assert.ok(indexBytes(dir).includes('link'));
      assert.equal(GitIndex.parse(indexBytes(dir), 20), undefined);
    });

    it('a sparse index: its "sdir" extension, or a sparse-directory entry without it', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-gitsparse-'));
      made.push(dir);
      git(dir, 'init', '-q');
      write(dir, 'in/a.md', 'a\n');
      write(dir, 'out/b.md', 'b\n');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'two folders');
      git(dir, 'sparse-checkout', 'set', '--cone', '--sparse-index', 'in');
      const bytes = indexBytes(dir);
      const sdir = bytes.indexOf('sdir');
      assert.ok(sdir > 0 && bytes.readUInt32BE(sdir + 4) === 0, 'git wrote an empty sdir extension');
      assert.equal(GitIndex.parse(bytes, 20), undefined);
      const body = Buffer.concat([bytes.subarray(0, sdir), bytes.subarray(sdir + 8, bytes.length - 20)]);
      assert.equal(GitIndex.parse(withChecksum(body, 20), 20), undefined);
    });

    it('a truncated index, a flipped byte, an unknown version', () => {
      const bytes = indexBytes(f.dir);
      assert.equal(GitIndex.parse(bytes.subarray(0, bytes.length - 1), 20), undefined);
      assert.equal(GitIndex.parse(bytes.subarray(0, bytes.length >> 1), 20), undefined);
      assert.equal(GitIndex.parse(bytes.subarray(0, 20), 20), undefined);
      // Cut inside the entries, with a checksum that holds: only the structure is wrong.
      assert.equal(GitIndex.parse(withChecksum(bytes.subarray(0, bytes.length >> 1), 20), 20), undefined);
      const flipped = Buffer.from(bytes);
      flipped[bytes.length >> 1] ^= 0xff;
      assert.equal(GitIndex.parse(flipped, 20), undefined);
      for (const version of [1, 5]) {
        const body = Buffer.from(bytes.subarray(0, bytes.length - 20));
        body.writeUInt32BE(version, 4);
        assert.equal(GitIndex.parse(withChecksum(body, 20), 20), undefined, `version ${version}`);
      }
      assert.equal(GitIndex.parse(bytes, 32), undefined, 'a SHA-1 index read as SHA-256');
    });

    it('an extension git would refuse, but not an optional one it ignores', () => {
      const bytes = indexBytes(f.dir);
      const body = bytes.subarray(0, bytes.length - 20);
      const extension = (signature: string) => Buffer.concat([Buffer.from(signature, 'latin1'), Buffer.from([0, 0, 0, 3]), Buffer.from('abc')]);
      const optional = GitIndex.parse(withChecksum(Buffer.concat([body, extension('ZZZZ')]), 20), 20);
      assert.ok(optional);
      assert.deepEqual(optional.entriesUnder(''), gitEntries(f.dir));
      assert.equal(GitIndex.parse(withChecksum(Buffer.concat([body, extension('zzzz')]), 20), 20), undefined);
      assert.equal(GitIndex.parse(withChecksum(Buffer.concat([body, Buffer.from('ZZZ')]), 20), 20), undefined, 'a partial extension header');
    });

    it('accepts a zero checksum (index.skipHash)', () => {
      const bytes = indexBytes(f.dir);
      const zeroed = Buffer.concat([bytes.subarray(0, bytes.length - 20), Buffer.alloc(20)]);
      assert.deepEqual(GitIndex.parse(zeroed, 20)?.entriesUnder(''), gitEntries(f.dir));
    });

    it('accepts the index git writes with index.skipHash (git 2.40 and later)', function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-gitskip-'));
      made.push(dir);
      git(dir, 'init', '-q');
      git(dir, 'config', 'index.skipHash', 'true');
      write(dir, 'a.md', 'a\n');
      git(dir, 'add', 'a.md');
      const written = indexBytes(dir);
      // An older git does not know the setting and writes the checksum.
      if (!written.subarray(written.length - 20).equals(Buffer.alloc(20))) this.skip();
      assert.deepEqual(GitIndex.parse(written, 20)?.entriesUnder(''), gitEntries(dir));
    });
  });
});
