/**
 * The one writer (src/core/files/replaceFile.ts) on a real file system: what it replaces, what it
 * keeps (mode, links), and what it refuses, each time checking the bytes on disk and that no
 * temporary file is left beside them.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSnapshot } from '../../src/core/files/fileSnapshot';
import { replaceFile } from '../../src/core/files/replaceFile';

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'na-write-'));
}

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('replaceFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = folder();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces a file that still holds the bytes read, keeping its mode', async () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    assert.deepEqual(await replaceFile(file, bytes('new text'), { expected: bytes('old') }), { kind: 'written' });
    assert.equal(fs.readFileSync(file, 'utf8'), 'new text');
    assert.equal(fs.statSync(file).mode & 0o7777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('keeps an executable bit and a symbolic link: the link still points at the rewritten file', async () => {
    const real = path.join(dir, 'real.md');
    const link = path.join(dir, 'link.md');
    fs.writeFileSync(real, 'old');
    fs.chmodSync(real, 0o755);
    fs.symlinkSync('real.md', link);
    assert.equal((await replaceFile(link, bytes('new'), { expected: bytes('old') })).kind, 'written');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(real, 'utf8'), 'new');
    assert.equal(fs.statSync(real).mode & 0o7777, 0o755);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['link.md', 'real.md']);
  });

  it('leaves a file changed since it was read, even at the same size and modification time', async () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'abc');
    const { mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'xyz');
    fs.utimesSync(file, mtime, mtime);
    assert.deepEqual(await replaceFile(file, bytes('fixed'), { expected: bytes('abc') }), { kind: 'changed' });
    assert.equal(fs.readFileSync(file, 'utf8'), 'xyz');
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('does not bring back a file deleted since it was read', async () => {
    const file = path.join(dir, 'gone.md');
    assert.deepEqual(await replaceFile(file, bytes('fixed'), { expected: bytes('abc') }), { kind: 'changed' });
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('creates a file when nothing was read (a cache)', async () => {
    const file = path.join(dir, 'cache.json');
    assert.deepEqual(await replaceFile(file, bytes('{}')), { kind: 'written' });
    assert.equal(fs.readFileSync(file, 'utf8'), '{}');
  });

  it('stops before the rename when its signal is aborted, removing the temporary file', async () => {
    const file = path.join(dir, 'a.md');
    const original = Buffer.alloc(3 * 1024 * 1024, 'a');
    fs.writeFileSync(file, original);
    const controller = new AbortController();
    const pending = replaceFile(file, Buffer.alloc(3 * 1024 * 1024, 'b'), { expected: original, signal: controller.signal });
    controller.abort();
    assert.deepEqual(await pending, { kind: 'interrupted' });
    assert.ok(fs.readFileSync(file).equals(original));
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('says which step failed and with what code', async () => {
    assert.deepEqual(await replaceFile(path.join(dir, 'no-such-folder', 'a.md'), bytes('x')), { kind: 'failed', step: 'create', code: 'ENOENT' });
  });

  it('never opens or replaces a named pipe', async function () {
    const fifo = path.join(dir, 'pipe.md');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      this.skip();
    }
    assert.deepEqual(await replaceFile(fifo, bytes('x')), { kind: 'failed', step: 'create', code: 'fifo' });
    assert.ok(fs.statSync(fifo).isFIFO());
    assert.deepEqual(readSnapshot(fifo), { kind: 'special', what: 'fifo' });
  });
});
