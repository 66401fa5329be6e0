/**
 * A deterministic, realistic archive of scraped news posts for benchmarks and tests: seeded
 * titles (Chinese, quotes, emoji, `@`), ten years of dates (RFC 1123, some zone-less), category
 * paths of several sites, authors, `来源：` sources, lengths with a long tail to 200 KB, Sina
 * boilerplate, and defects in the shares of bench/archive/defects.ts.
 *
 *   node dist/bench/generateArchive.js OUTDIR [count] [--seed N]
 *
 * From code: `generateArchive(dir, count)` writes the posts and returns their paths;
 * `benchArchive(count)` does so once into a temp folder and reuses it on later runs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GeneratedPost, PostGenerator } from './archive/post';
import { Random } from './archive/random';
import { paragraphPool } from './archive/text';

export type { GeneratedPost } from './archive/post';
export type { Defect } from './archive/defects';

export const DEFAULT_COUNT = 50_000;
export const DEFAULT_SEED = 20211115;
/** Bumped whenever the output changes, so that reused temp archives are regenerated. */
const GENERATOR_VERSION = 1;

/** The posts one by one, without touching the disk. Same seed and count, same posts. */
export function* generatePosts(count = DEFAULT_COUNT, seed = DEFAULT_SEED): Generator<GeneratedPost> {
  const rng = new Random(seed);
  const generator = new PostGenerator(rng, paragraphPool(rng, 3000));
  for (let i = 0; i < count; i++) yield generator.next();
}

/** Writes `count` posts into `dir` (created if needed) and returns their paths in order. */
export function generateArchive(dir: string, count = DEFAULT_COUNT, seed = DEFAULT_SEED): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const post of generatePosts(count, seed)) {
    const p = path.join(dir, post.name);
    fs.writeFileSync(p, post.text);
    paths.push(p);
  }
  return paths;
}

/**
 * The archive for benchmarks: generated once into the temp folder and reused while the
 * generator is unchanged. A half-written archive is never reused: it is written to a
 * per-process folder and renamed into place when complete.
 */
export function benchArchive(count = DEFAULT_COUNT, seed = DEFAULT_SEED): { dir: string; paths: string[] } {
  const root = path.join(os.tmpdir(), 'news-archive-bench');
  const dir = path.join(root, `v${GENERATOR_VERSION}-${seed}-${count}`);
  const manifest = path.join(dir, '.manifest.json');
  if (!fs.existsSync(manifest)) {
    const partial = `${dir}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    const paths = generateArchive(partial, count, seed);
    fs.writeFileSync(path.join(partial, '.manifest.json'), JSON.stringify(paths.map((p) => path.basename(p))));
    try {
      fs.renameSync(partial, dir);
    } catch {
      // Another process finished the same archive first: use theirs.
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  const names = JSON.parse(fs.readFileSync(manifest, 'utf8')) as string[];
  return { dir, paths: names.map((n) => path.join(dir, n)) };
}

function main(argv: readonly string[]): number {
  const args = [...argv];
  let seed = DEFAULT_SEED;
  const s = args.indexOf('--seed');
  if (s >= 0) {
    seed = Number(args[s + 1]);
    args.splice(s, 2);
  }
  const [out, countText] = args;
  const count = countText === undefined ? DEFAULT_COUNT : Number(countText);
  if (!out || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: node dist/bench/generateArchive.js OUTDIR [count] [--seed N]\n');
    return 2;
  }
  const started = performance.now();
  const paths = generateArchive(out, count, seed);
  const bytes = paths.reduce((n, p) => n + fs.statSync(p).size, 0);
  process.stdout.write(`${paths.length} posts, ${(bytes / 1048576).toFixed(1)} MiB in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return 0;
}

// Benchmarks that import this module are bundled with it, so `require.main === module` would be
// true there too: run the CLI only when this very file is the script.
if (/generateArchive\.js$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));
