/**
 * A parent for the archive processes' orphan test (archiveProcesses.test.ts): starts a pool of
 * two processes on the script given, gives each a long job (counting the seeds' problems
 * thousands of times over), prints their ids on one line while they work, and waits to be killed.
 *
 *   node dist/test/core/poolParent.js SCRIPT SEEDS
 */
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { ArchiveProcesses } from '../../src/index/archiveProcesses';

const [script, seeds] = process.argv.slice(2);
const pool = new ArchiveProcesses(script, 2);
const list = () => pool.run({ kind: 'list', roots: [seeds], files: '**/*.md', exclude: [] });
Promise.all([list(), list()]).then(
  ([files]) => {
    const many = Array.from({ length: 3000 }, () => files).flat().map((p) => ({ path: p, config: 0 }));
    for (let i = 0; i < 2; i++) void pool.run({ kind: 'count', files: many, configs: [defaultArchiveConfig()] }).catch(() => undefined);
    process.stdout.write(`${pool.pids.join(' ')}\n`);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
