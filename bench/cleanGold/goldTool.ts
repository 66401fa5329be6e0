/**
 * Deciding the gold by hand, one post at a time, from the post's source:
 *
 *   node dist/bench/cleanGold/goldTool.js list              posts, their sources, decided or not
 *   node dist/bench/cleanGold/goldTool.js show 3            post 3's paragraphs, numbered, with the block each sits in
 *   node dist/bench/cleanGold/goldTool.js body 3            post 3's body, its HTML as the file has it
 *   node dist/bench/cleanGold/goldTool.js decide 3 2-14,16  the article is paragraphs 2 to 14 and 16 ("none": no article)
 *
 * Posts are numbered by file name. `decide` writes only hashes and lengths into
 * bench/cleanGold.json; the text is printed to the terminal and stays there.
 */
import { findCorpus, readCorpus, readGold, writeGold } from './gold';
import { splitParagraphs } from './paragraphs';

const root = process.cwd();
const [command, which, ranges] = process.argv.slice(2);
const corpus = findCorpus(root);
if (!corpus) {
  console.error('no corpus: set NEWS_ARCHIVE_CORPUS or put it at ../shared/corpus');
  process.exit(2);
}
const posts = readCorpus(corpus);
const gold = readGold(root);

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
  splitParagraphs(p.body).forEach((x, i) => {
    const where = x.where.split(' > ').slice(-2).join(' > ');
    console.log(`${g ? (chosen.has(x.hash) ? '+' : '-') : ' '}${String(i + 1).padStart(3)} [${where}] (${x.length}) ${x.text}`);
  });
} else if (command === 'body') {
  process.stdout.write(`${post(which).body}\n`);
} else if (command === 'decide' && ranges) {
  const p = post(which);
  const paragraphs = splitParagraphs(p.body);
  const keep = parseRanges(ranges, paragraphs.length);
  gold.posts[p.key] = { source: p.source, of: paragraphs.length, gold: paragraphs.filter((_, i) => keep.has(i + 1)).map((x) => [x.hash, x.length]) };
  writeGold(root, gold);
  // No cleaner's score here: the gold is decided from the source alone.
  console.log(`${p.key}: ${keep.size} of ${paragraphs.length} paragraphs are the article`);
} else {
  console.error('usage: goldTool.js list | show N | body N | decide N RANGES');
  process.exit(2);
}
