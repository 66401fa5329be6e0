/**
 * Deciding the gold by hand, one post at a time, from the post's source:
 *
 *   node dist/bench/cleanGold/goldTool.js list              posts, their sources, decided or not
 *   node dist/bench/cleanGold/goldTool.js show 3            post 3's paragraphs, numbered, with the block each sits in
 *   node dist/bench/cleanGold/goldTool.js body 3            post 3's body, its HTML as the file has it
 *   node dist/bench/cleanGold/goldTool.js decide 3 2-14,16  the article is paragraphs 2 to 14 and 16 ("none": no article)
 *   node dist/bench/cleanGold/goldTool.js elements 3 form   post 3's elements (all, or of one tag), numbered, with their start tags
 *   … show 3 --as-written 40,57 / decide 3 2-14 --as-written 40,57
 *                                  elements 40 and 57 are markup the author meant as text (a listing):
 *                                  the paragraphs are split with them as written (bench/cleanGold/paragraphs.ts);
 *                                  without the option, show and decide keep the post's recorded ones,
 *                                  `--as-written none` clears them
 *
 * Posts are numbered by file name. `decide` writes only hashes and lengths into
 * bench/cleanGold.json; the text is printed to the terminal and stays there.
 */
import { findCorpus, GOLD_VERSION, readCorpus, readGold, writeGold } from './gold';
import { elementNumbers, splitParagraphs } from './paragraphs';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = args.indexOf('--as-written');
const asWrittenSpec = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
const [command, which, ranges] = args;
const corpus = findCorpus(root);
if (!corpus) {
  console.error('no corpus: set NEWS_ARCHIVE_CORPUS or put it at ../shared/corpus');
  process.exit(2);
}
const posts = readCorpus(corpus);
const gold = readGold(root);
gold.version = GOLD_VERSION;

/** The elements to take as written: the option's, else the post's recorded ones. */
function asWrittenOf(key: string): number[] {
  if (asWrittenSpec === undefined) return gold.posts[key]?.asWritten ?? [];
  if (asWrittenSpec === 'none') return [];
  return asWrittenSpec.split(',').map((x) => {
    if (!/^\d+$/.test(x.trim())) throw new Error(`not an element number: ${x}`);
    return Number(x);
  });
}

function post(n: string | undefined) {
  const p = posts.find((x, i) => String(i + 1) === n || x.key === n);
  if (!p) {
    console.error(`no post ${n}: give its number from \`list\` or its key`);
    process.exit(2);
  }
  return p;
}

/** "2-14,16" → the set {2..14, 16}; "none" → {}. */
function parseRanges(spec: string, max: number): Set<number> {
  const keep = new Set<number>();
  if (spec === 'none') return keep;
  for (const part of spec.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`not a range: ${part}`);
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (a < 1 || b > max || a > b) throw new Error(`out of 1-${max}: ${part}`);
    for (let i = a; i <= b; i++) keep.add(i);
  }
  return keep;
}

if (command === 'list') {
  posts.forEach((p, i) => {
    const g = gold.posts[p.key];
    const paragraphs = splitParagraphs(p.body).length;
    const state = g ? `${g.gold.length} gold of ${g.of}${g.of !== paragraphs ? ` (now ${paragraphs}: the normaliser moved)` : ''}` : `undecided, ${paragraphs} paragraphs`;
    console.log(`${String(i + 1).padStart(2)} ${p.key} ${p.source.padEnd(12)} ${state}`);
  });
} else if (command === 'show') {
  const p = post(which);
  const g = gold.posts[p.key];
  const chosen = new Set(g?.gold.map(([h]) => h));
  splitParagraphs(p.body, asWrittenOf(p.key)).forEach((x, i) => {
    const where = x.where.split(' > ').slice(-2).join(' > ');
    console.log(`${g ? (chosen.has(x.hash) ? '+' : '-') : ' '}${String(i + 1).padStart(3)} [${where}]${x.raw !== undefined ? ' (as written)' : ''} (${x.length}) ${x.text}`);
  });
} else if (command === 'elements') {
  const p = post(which);
  for (const e of elementNumbers(p.body)) if (!ranges || e.tag === ranges) console.log(`${String(e.n).padStart(5)} ${e.tag.padEnd(10)} ${e.startTag}`);
} else if (command === 'body') {
  process.stdout.write(`${post(which).body}\n`);
} else if (command === 'decide' && ranges) {
  const p = post(which);
  const asWritten = asWrittenOf(p.key);
  const paragraphs = splitParagraphs(p.body, asWritten);
  const keep = parseRanges(ranges, paragraphs.length);
  gold.posts[p.key] = {
    source: p.source,
    of: splitParagraphs(p.body).length,
    ...(asWritten.length ? { asWritten } : {}),
    gold: paragraphs.filter((_, i) => keep.has(i + 1)).map((x) => [x.hash, x.length]),
  };
  writeGold(root, gold);
  // No cleaner's score here: the gold is decided from the source alone.
  console.log(`${p.key}: ${keep.size} of ${paragraphs.length} paragraphs are the article`);
} else {
  console.error('usage: goldTool.js list | show N | body N | elements N [TAG] | decide N RANGES   (show, decide: [--as-written E,E… | none])');
  process.exit(2);
}
