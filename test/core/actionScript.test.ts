/**
 * The GitHub Action: action.yml passes every input to scripts/action/run.mjs as an environment
 * variable (never spliced into a shell line), and the script prints annotations, writes the SARIF
 * file, applies the baseline and the shard, and exits with check's code. Runs the built CLI.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO } from './ruleFixtures';

const script = path.join(REPO, 'scripts/action/run.mjs');
const cli = path.join(REPO, 'dist/cli.js');

interface Action {
  inputs: Record<string, { description: string; default: string }>;
  runs: { using: string; steps: { name: string; run?: string; env?: Record<string, string>; uses?: string }[] };
}

function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-action-'));
  fs.mkdirSync(path.join(dir, 'posts'));
  for (const n of ['yaml-at-title.md', 'comments-no.md', 'crlf.md']) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, 'posts', n));
  return dir;
}

function action(dir: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NA_CLI: cli, NA_LANG: 'en', ...env } });
}

describe('the GitHub Action (action.yml, scripts/action/run.mjs)', function () {
  // Each case starts the CLI once or twice as a process, as the action does.
  this.timeout(30000);
  it('hands every input to the script through the environment', () => {
    const a = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;
    assert.equal(a.runs.using, 'composite');
    const check = a.runs.steps.find((s) => s.run?.includes('scripts/action/run.mjs'))!;
    assert.ok(check, 'a step runs the script');
    for (const name of Object.keys(a.inputs).filter((n) => n !== 'package')) {
      assert.equal(check.env?.[`NA_${name.toUpperCase().replace(/-/g, '_')}`], `\${{ inputs.${name} }}`, name);
    }
    for (const step of a.runs.steps) assert.doesNotMatch(step.run ?? '', /\$\{\{/, `${step.name}: inputs reach the shell only as variables`);
  });

  it('prints annotations, writes SARIF and exits 1 on an error', () => {
    const dir = archive();
    const r = action(dir, { NA_PATHS: 'posts', NA_SARIF: 'out/results.sarif' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=posts\/yaml-at-title\.md,line=3,endLine=3,col=8,/m);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out/results.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length > 0);
  });

  it('passes with a baseline of today\'s problems, and keeps the cache', () => {
    const dir = archive();
    const baseline = spawnSync(process.execPath, [cli, 'baseline', 'posts'], { cwd: dir, encoding: 'utf8' });
    fs.writeFileSync(path.join(dir, '.newsarchive-baseline.json'), baseline.stdout);
    const r = action(dir, { NA_PATHS: 'posts', NA_BASELINE: '.newsarchive-baseline.json', NA_CACHE: '.cache/na.json' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^::notice file=posts\/yaml-at-title\.md,.*title=news-archive yaml-syntax \(in the baseline\)::/m);
    assert.ok(fs.existsSync(path.join(dir, '.cache/na.json')));
    const shard = action(dir, { NA_PATHS: 'posts', NA_SHARD: '2/2', NA_BASELINE: '.newsarchive-baseline.json', NA_CACHE: '.cache/na.json' });
    assert.equal(shard.status, 0);
    assert.ok(shard.stdout.split('\n').filter(Boolean).length < r.stdout.split('\n').filter(Boolean).length);
  });

  it('exits 2 when the command cannot run', () => {
    const r = action(archive(), { NA_CLI: 'no-such-news-archive-command' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot run no-such-news-archive-command/);
  });
});
