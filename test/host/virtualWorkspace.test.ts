/**
 * The archive over a FileSystemProvider of another scheme (test/host/folderFileSystem.ts), in
 * the real extension host: the FileAccess over `workspace.fs` that the web build uses lists,
 * reads and indexes the seeds as Node's `fs` does, Validate's job gives the same problems, the
 * in-thread jobs run them, and the index cache is written beside and renamed in storage of that
 * scheme. No `file:` path is taken: the provider's counters show every read went through it.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { nodeFileAccess } from '../../src/core/files/nodeFileAccess';
import { DEFAULT_EXCLUDE_GLOBS, DEFAULT_FILES_GLOB } from '../../src/core/index/fileSelection';
import { InThreadJobs } from '../../src/index/inThreadJobs';
import { workspaceCacheFile } from '../../src/index/indexCacheStore';
import { workspaceFileAccessOver } from '../../src/index/workspaceFileAccess';
import type { PassFile } from '../../src/workers/protocol';
import { runJob } from '../../src/workers/runJob';
import { FolderFileSystem, TEST_SCHEME } from './folderFileSystem';
import { workspaceUri } from './helpers';

describe('the archive over a FileSystemProvider of its own scheme (the web build\'s FileAccess)', () => {
  let scratch: string;
  let provider: FolderFileSystem;
  let registration: vscode.Disposable;
  const root = '/archive';

  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-vfs-'));
    fs.cpSync(workspaceUri().fsPath, path.join(scratch, 'archive'), { recursive: true });
    fs.mkdirSync(path.join(scratch, 'storage'));
    provider = new FolderFileSystem(scratch);
    registration = vscode.workspace.registerFileSystemProvider(TEST_SCHEME, provider, { isCaseSensitive: true });
  });

  after(() => {
    registration.dispose();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const access = () => workspaceFileAccessOver((p) => provider.uri(p));
  /** A path of the provider's archive as its local copy's path, and back. */
  const local = (p: string) => path.join(scratch, p);
  const list = { kind: 'list' as const, roots: [root], files: DEFAULT_FILES_GLOB, exclude: DEFAULT_EXCLUDE_GLOBS };

  it('lists the archive through the provider as Node\'s fs lists the same folder', async () => {
    const before = provider.calls.readDirectory;
    const viaProvider = (await runJob(access(), list)) as string[];
    const viaFs = (await runJob(nodeFileAccess, { ...list, roots: [local(root)] })) as string[];
    assert.ok(viaFs.length > 5, `${viaFs.length} files`);
    assert.deepEqual(viaProvider, viaFs.map((p) => p.slice(scratch.length)));
    assert.ok(provider.calls.readDirectory > before);
  });

  it('gives the same index entries and problems through the provider, in the in-thread jobs', async () => {
    const files = (await runJob(access(), list)) as string[];
    const config = defaultArchiveConfig();
    const pass = (paths: string[]): PassFile[] => paths.map((p) => ({ path: p, config: 0 }));
    const jobs = new InThreadJobs(access(), false);
    try {
      const reads = provider.calls.readFile;
      const viaProvider = await jobs.run({ kind: 'pass', files: pass(files), configs: [config], sketches: true });
      assert.ok(provider.calls.readFile - reads >= files.length, 'every file read through the provider');
      const viaFs = await runJob(nodeFileAccess, { kind: 'pass', files: pass(files.map(local)), configs: [config], sketches: true });
      // Same entries, but for the folder (the provider's path against the local copy's) and mtime's precision.
      const norm = (results: unknown, prefix: string) => JSON.parse(JSON.stringify(results, (k, v: unknown) =>
        (k === 'mtime' ? Math.floor(Number(v)) : typeof v === 'string' && v.startsWith(prefix) ? v.slice(prefix.length) : v)));
      assert.deepEqual(norm(viaProvider, ''), norm(viaFs, scratch));
      assert.ok((viaProvider as { kind: string }[]).filter((r) => r.kind === 'article').length > 5);

      const validated = await jobs.run({ kind: 'validate', files: pass(files), configs: [config] });
      const validatedFs = await runJob(nodeFileAccess, { kind: 'validate', files: pass(files.map(local)), configs: [config] });
      assert.deepEqual(norm(validated, ''), norm(validatedFs, scratch));
      assert.ok(validated.some((r) => r.kind === 'article' && r.problems.length > 0), 'the seeds have problems to find');
    } finally {
      jobs.dispose();
    }
  });

  it('says why a file cannot be read: a folder is not a file, a missing file is ENOENT', async () => {
    await assert.rejects(access().readFile(root), (e: { code?: string }) => e.code === 'special');
    await assert.rejects(access().readFile(`${root}/no-such-post.md`), (e: { code?: string }) => e.code === 'ENOENT');
    assert.equal(await access().stat(`${root}/no-such-post.md`), undefined);
    assert.equal((await access().stat(root))?.kind, 'directory');
  });

  it('writes the index cache beside and renames it over, in storage of that scheme', async () => {
    const cache = workspaceCacheFile(provider.uri('/storage/web'));
    assert.equal(await cache.read(), undefined);
    const renames = provider.calls.rename;
    await cache.write('{"v":1}');
    await cache.write('{"v":2}');
    assert.equal(await cache.read(), '{"v":2}');
    assert.equal(provider.calls.rename - renames, 2);
    const left = fs.readdirSync(path.join(scratch, 'storage/web'));
    assert.equal(left.length, 1, left.join(', '));
    assert.match(left[0], /^archive-index-[0-9a-f]{16}\.json$/);
  });
});
