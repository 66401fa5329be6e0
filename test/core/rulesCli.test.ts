/** `news-archive check` and `fix` end to end on copies of the seeds in a temporary folder. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { REPO } from './ruleFixtures';

interface Run { code: number; out: string; err: string }

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; } };
  const code = await main(argv, io);
  return { code, out, err };
}

function copySeeds(names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-'));
  for (const n of names) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, n));
  return dir;
}

describe('news-archive check', () => {
  it('prints the JSON the issue specifies: 0-based lines, UTF-16 characters, exit 0 without errors', async () => {
    const dir = copySeeds(['comments-no.md', 'not-an-article.txt']);
    const r = await run('check', dir, '--format', 'json');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out) as unknown;
    assert.deepEqual(json, [{
      path: path.join(dir, 'comments-no.md'),
      diagnostics: [
        { rule: 'front-matter-displaced', severity: 'info', messageId: 'blankLine', args: { count: 1 }, message: 'The front matter starts after 1 blank line. Hexo reads it, but gray-matter, markdownlint and most editors see no metadata in this file. Delete what comes before the opening "---" (Fix All in Archive does it for every post at once).', fixable: true, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } },
        { rule: 'trailing-space', severity: 'hint', messageId: 'space', args: {}, message: 'Trailing space at the end of the line.', fixable: true, range: { start: { line: 3, character: 11 }, end: { line: 3, character: 12 } } },
        { rule: 'field-type', severity: 'warning', messageId: 'yamlBoolean', args: { field: 'comments', value: 'no', boolean: 'false' }, message: '"comments: no" is the text "no" in YAML 1.2, not a boolean, and Hexo treats any text as true. Write false.', fixable: true, range: { start: { line: 9, character: 10 }, end: { line: 9, character: 12 } } },
      ],
    }]);
  });

  it('prints compiler-style text, 1-based, and exits 1 on an error', async () => {
    const dir = copySeeds(['yaml-at-title.md']);
    const r = await run('check', dir);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.equal(lines[1], `${path.join(dir, 'yaml-at-title.md')}:3:8 error yaml-syntax YAML reserves "@" at the start of a value. Quote the value: "@大道无形 关注了股票 中信证券". Hexo cannot read this front matter: the post loses its title, date and categories.`);
    assert.match(r.err, /3 problems \(1 error, 0 warnings, 1 info, 1 hint\) in 1 article/);
  });

  it('exits 2 on usage errors and unreadable paths', async () => {
    assert.equal((await run('check')).code, 2);
    assert.equal((await run('check', '.', '--format', 'xml')).code, 2);
    assert.equal((await run('check', '.', '--shard', '3/2')).code, 2);
    const missing = await run('check', path.join(os.tmpdir(), 'no-such-archive-here'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no-such-archive-here: cannot read: ENOENT/);
  });

  it('splits files stably with --shard K/N: every file in exactly one shard', async () => {
    const names = fs.readdirSync(path.join(REPO, 'seeds')).filter((n) => n.endsWith('.md'));
    const dir = copySeeds(names);
    const seen: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const r = await run('check', dir, '--format', 'json', '--shard', `${k}/3`);
      seen.push(...(JSON.parse(r.out) as { path: string }[]).map((f) => f.path));
    }
    assert.deepEqual(seen.sort(), names.map((n) => path.join(dir, n)).sort());
  });

  it('checks only files changed since a git revision with --changed-since', async function () {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
    } catch {
      this.skip();
    }
    const dir = copySeeds(['crlf.md', 'bom.md']);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    fs.appendFileSync(path.join(dir, 'bom.md'), '\n<p>edit</p>\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run('check', '.', '--format', 'json', '--changed-since', 'HEAD');
      assert.deepEqual((JSON.parse(r.out) as { path: string }[]).map((f) => f.path), ['bom.md']);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('news-archive fix', () => {
  it('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = copySeeds(['comments-no.md']);
    const file = path.join(dir, 'comments-no.md');
    const before = fs.readFileSync(file, 'utf8');
    const r = await run('fix', dir, '--dry-run');
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    assert.equal(r.code, 0);
    const shown = file.replace(/^\/+/, '');
    assert.ok(r.out.startsWith(`--- a/${shown}\n+++ b/${shown}\n@@ -1,13 +1,12 @@\n-\n ---\n`), r.out.slice(0, 300));
    assert.ok(r.out.includes('\n-categories: \n+categories:\n'));
    assert.ok(r.out.includes('\n-comments: no\n+comments: false\n'));
    assert.match(r.err, /would fix 3 problems in 1 of 1 article; 0 errors left/);
  });

  it('fixes in place, keeping CRLF and everything outside the edits', async () => {
    const dir = copySeeds(['crlf.md']);
    const file = path.join(dir, 'crlf.md');
    const before = fs.readFileSync(file, 'utf8');
    const r = await run('fix', file);
    assert.equal(r.code, 0);
    const after = fs.readFileSync(file, 'utf8');
    assert.equal(after, before.slice(2).replace('categories: \r\n', 'categories:\r\n'));
    assert.match(r.err, /fixed 2 problems in 1 of 1 article/);
  });

  it('exits 1 when errors that need a person remain', async () => {
    const dir = copySeeds(['duplicate-key.md']);
    const r = await run('fix', dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /1 error left that need a person/);
  });
});

describe('CLI positions', () => {
  it('gives the line index\'s positions (LF, CRLF, lone CR, emoji) without indexing the whole text', async () => {
    const { positionsOf } = await import('../../src/cli/positions');
    const { LineIndex } = await import('../../src/core/article/lineIndex');
    const text = 'a\r\nb\rc\n💪d\n\ne';
    const offsets = [...Array(text.length + 1).keys()];
    const at = positionsOf(text, offsets);
    const index = new LineIndex(text);
    for (const o of offsets) assert.deepEqual(at.get(o), index.positionAt(o), `offset ${o}`);
  });
});

describe('fix --dry-run diff', () => {
  it('is a unified diff that git applies', async function () {
    const { unifiedDiff } = await import('../../src/cli/unifiedDiff');
    const before = ['', '---', "title: 'x'", 'categories: ', ' - a', ...Array.from({ length: 12 }, (_, i) => `line ${i}`), 'comments: no', '---', 'body', ''].join('\n');
    const after = before.replace('\n---', '---').replace('categories: ', 'categories:').replace('comments: no', 'comments: false');
    const diff = unifiedDiff('post.md', before, after);
    assert.equal(diff.split('\n').slice(0, 3).join('\n'), '--- a/post.md\n+++ b/post.md\n@@ -1,7 +1,6 @@');
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
    } catch {
      this.skip();
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-diff-'));
    fs.writeFileSync(path.join(dir, 'post.md'), before);
    fs.writeFileSync(path.join(dir, 'fix.diff'), diff + '\n');
    execFileSync('git', ['apply', 'fix.diff'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'post.md'), 'utf8'), after);
  });
});
