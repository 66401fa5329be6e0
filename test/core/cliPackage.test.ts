/**
 * The installable command line (scripts/packCli.mjs): the tarball `npm pack` makes holds the
 * bundled CLI only, is at most 1 MiB, installs globally without a network and gives a working
 * `news-archive` on PATH; installed into a project, `npx news-archive` runs it. About 3 s: it
 * builds, packs and installs twice, which is what it tests.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const quiet = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

describe('the news-archive package (npm pack, npm install -g --offline)', function () {
  this.timeout(60000);
  let work: string;
  let tarball: string;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-package-'));
    tarball = execFileSync(process.execPath, [path.join(root, 'scripts/packCli.mjs'), '--out', work], { cwd: root, encoding: 'utf8' }).trim();
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('holds cli.js, cliMain.js, package.json, README.md and LICENSE only, in at most 1 MiB', () => {
    assert.ok(fs.statSync(tarball).size <= 1024 * 1024, `${fs.statSync(tarball).size} bytes`);
    const listed = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(listed, ['package/LICENSE', 'package/README.md', 'package/cli.js', 'package/cliMain.js', 'package/package.json']);
    const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    const extension = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(manifest.version, extension.version);
    assert.deepEqual(manifest.bin, { 'news-archive': 'cli.js' });
    assert.equal(manifest.dependencies, undefined);
  });

  it('installs globally offline and `news-archive check seeds` reports the seeds\' problems', () => {
    const prefix = path.join(work, 'prefix');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, tarball, '--offline'], { env: quiet, stdio: 'pipe' });
    const bin = path.join(prefix, 'bin');
    const r = spawnSync('news-archive', ['check', 'seeds', '--lang', 'en'], { cwd: root, encoding: 'utf8', env: { ...quiet, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^seeds\/yaml-at-title\.md:3:8 error yaml-syntax /m);
    assert.match(r.stderr, /\d+ problems \(\d+ errors, .* in \d+ articles/);
  });

  it('runs with npx from a project that installed it', () => {
    const project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{"name":"archive","private":true}\n');
    execFileSync('npm', ['install', tarball, '--offline'], { cwd: project, env: quiet, stdio: 'pipe' });
    const r = spawnSync('npx', ['--offline', 'news-archive', 'check', path.join(root, 'seeds/comments-no.md'), '--format', 'json'], { cwd: project, encoding: 'utf8', env: quiet });
    assert.equal(r.status, 0, r.stderr);
    const [file] = JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }[];
    assert.deepEqual(file.diagnostics.map((d) => d.rule), ['front-matter-displaced', 'trailing-space', 'field-type']);
  });
});
