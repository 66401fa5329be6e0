#!/usr/bin/env node
// What the GitHub Action (action.yml) runs after installing news-archive: `check` with
// workflow-command annotations on stdout (the runner turns them into annotations on the pull
// request), then, when asked, the same check as SARIF into a file for code scanning (a second,
// warm run when a cache is given). Inputs come as environment variables, never spliced into a
// shell line:
//   NA_CLI            the command: `news-archive` (default) or a path to cli.js
//   NA_PATHS          files and folders to check, one per line or separated by spaces (default .)
//   NA_SHARD          K/N, for a job matrix
//   NA_CHANGED_SINCE  a revision: check only what changed since
//   NA_BASELINE       a baseline file (news-archive baseline): only new errors fail
//   NA_CACHE          the cache file (kept between runs by actions/cache)
//   NA_SARIF          where to write the SARIF report ('' for none)
//   NA_LANG           en or zh-cn (default: the runner's locale)
// Exits with check's exit code: 0 clean, 1 a (new) error, 2 could not run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function checkArguments(env) {
  const paths = (env.NA_PATHS ?? '').split(/\s+/).filter(Boolean);
  const args = ['check', ...(paths.length ? paths : ['.'])];
  const option = (name, value) => {
    if (value) args.push(`--${name}`, value);
  };
  option('shard', env.NA_SHARD);
  option('changed-since', env.NA_CHANGED_SINCE);
  option('baseline', env.NA_BASELINE);
  option('cache', env.NA_CACHE);
  option('lang', env.NA_LANG);
  return args;
}

function command(env) {
  const cli = env.NA_CLI || 'news-archive';
  return cli.endsWith('.js') ? [process.execPath, [cli]] : [cli, []];
}

export function run(env = process.env) {
  const [bin, pre] = command(env);
  const args = checkArguments(env);
  const annotated = spawnSync(bin, [...pre, ...args, '--format', 'github'], { stdio: 'inherit', env });
  if (annotated.error) {
    process.stderr.write(`news-archive action: cannot run ${bin}: ${annotated.error.message}\n`);
    return 2;
  }
  const code = annotated.status ?? 2;
  if (env.NA_SARIF) {
    fs.mkdirSync(path.dirname(path.resolve(env.NA_SARIF)), { recursive: true });
    const sarif = spawnSync(bin, [...pre, ...args, '--format', 'sarif'], { stdio: ['ignore', 'pipe', 'inherit'], env, maxBuffer: 1024 * 1024 * 1024 });
    if (sarif.status === 2 || sarif.stdout === null) return 2;
    fs.writeFileSync(env.NA_SARIF, sarif.stdout);
  }
  return code;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(run());
