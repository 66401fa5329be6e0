/**
 * How well the cleaner keeps the article and drops the rest, against a gold decided by hand from
 * each post's source (bench/cleanGold.json, made with bench/cleanGold/goldTool.ts), and against
 * Mozilla's Readability on the same posts in the same run (issue 14).
 *
 *   npm run bench -- cleanQuality        (or: node dist/bench/cleanQuality.bench.js)
 *
 * For each post of ../shared/corpus (or NEWS_ARCHIVE_CORPUS): our cleaner as the preview cleans
 * (`cleanBody`, bylines moved to the card, without the preview's image placeholders) and
 * Readability (on a jsdom document of the same body, jsdom parsing with parse5, the parser the
 * cleaner uses) each give HTML; bench/cleanGold/paragraphs.ts splits it into normalised
 * paragraphs, and bench/cleanGold/score.ts credits those that are gold paragraphs. Printed per
 * source and overall: character-weighted precision, recall and F1, and the CPU time of each
 * extractor over the corpus with their ratio. Without the corpus it says so and exits 0.
 * CLEAN_QUALITY_POSTS=1 adds the figures per post; CLEAN_QUALITY_DIFF=1 lists, per post, what
 * each kept that is not gold and the gold it lost.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseArticle } from '../src/core/article/article';
import { cleanBody } from '../src/core/clean';
import { CorpusPost, findCorpus, GOLD_PATH, goldParagraphs, readCorpus, readGold, sourceParagraphs } from './cleanGold/gold';
import { Paragraph, splitParagraphs } from './cleanGold/paragraphs';
import { addScores, GoldParagraph, matchParagraphs, prf, Score } from './cleanGold/score';

const root = process.cwd();
const corpus = findCorpus(root);
if (!corpus) {
  console.log('cleanQuality: no corpus (../shared/corpus or NEWS_ARCHIVE_CORPUS is not there); nothing measured');
  process.exit(0);
}

// Loaded only now: jsdom is not bundled (scripts/bundles.mjs), and a run without the corpus needs none of it.
const { JSDOM } = require('jsdom') as typeof import('jsdom');

const version = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function ours(post: CorpusPost): string {
  return cleanBody(post.body, { eol: post.eol }).html;
}

/** Readability as a reader view runs it: the page's title and the body, in a document of their own (it changes the DOM). */
function readability(post: CorpusPost, title: string): string {
  const dom = new JSDOM(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeText(title)}</title></head><body>${post.body}</body></html>`);
  return new Readability(dom.window.document).parse()?.content ?? '';
}

/** CPU time (user + system) in ms of one pass of `fn` over every post; the median of `runs` passes. */
function cpuTime(runs: number, fn: () => void): number {
  const times: number[] = [];
  fn();
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const posts = readCorpus(corpus);
const gold = readGold(root);
const titles = new Map(posts.map((p) => [p.key, parseArticle(fs.readFileSync(path.join(corpus, p.name), 'utf8')).fields.title ?? '']));
const decided = posts.filter((p) => gold.posts[p.key]);
const missing = posts.length - decided.length;
const stale = Object.keys(gold.posts).filter((k) => !posts.some((p) => p.key === k));

type Totals = { posts: number; ours: Score; readability: Score };
const zero = (): Score => ({ hit: 0, kept: 0, gold: 0 });
const bySource = new Map<string, Totals>();
const overall: Totals = { posts: 0, ours: zero(), readability: zero() };
const perPost: string[] = [];
const diffs: string[] = [];
const moved: string[] = [];

/** Pads to a width in terminal columns: CJK characters take two. */
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0)));
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const figures = (s: Score) => {
  const { precision, recall, f1 } = prf(s);
  return `${pct(precision)} ${pct(recall)} ${pct(f1)}`;
};

for (const post of decided) {
  const entry = gold.posts[post.key];
  if (splitParagraphs(post.body).length !== entry.of) moved.push(post.key);
  // Gold paragraphs as written (a listing's markup as its author wrote it) are recovered the same way they were decided.
  const texts = new Map(sourceParagraphs(post.body, entry).map((p) => [p.hash, p.text]));
  const g: GoldParagraph[] = goldParagraphs(entry).map((x) => ({ ...x, text: texts.get(x.hash) }));
  const score = (name: string, paragraphs: Paragraph[]) => {
    const m = matchParagraphs(g, paragraphs);
    // The text goes to the terminal only, never into a file of the repository.
    if (process.env.CLEAN_QUALITY_DIFF) {
      for (const i of m.extra) diffs.push(`  ${post.key} ${name} + kept, not gold: ${paragraphs[i].text.slice(0, 80)}`);
      for (const i of m.lost) diffs.push(`  ${post.key} ${name} - gold, lost: ${(g[i].text ?? g[i].hash).slice(0, 80)}`);
    }
    return m.score;
  };
  const a = score('ours', splitParagraphs(ours(post)));
  const b = score('Readability', splitParagraphs(readability(post, titles.get(post.key) ?? '')));
  const t = bySource.get(entry.source) ?? { posts: 0, ours: zero(), readability: zero() };
  bySource.set(entry.source, { posts: t.posts + 1, ours: addScores(t.ours, a), readability: addScores(t.readability, b) });
  overall.posts++;
  overall.ours = addScores(overall.ours, a);
  overall.readability = addScores(overall.readability, b);
  perPost.push(`  ${post.key} ${pad(entry.source, 14)} ${String(a.gold).padStart(6)}   ${figures(a)}   ${figures(b)}`);
}

console.log(`corpus: ${corpus}, ${posts.length} posts; gold: ${GOLD_PATH}, ${decided.length} posts decided${missing ? `, ${missing} without gold (skipped)` : ''}`);
if (stale.length) console.log(`  ${stale.length} gold posts are not in the corpus (their files changed?): ${stale.join(' ')}`);
if (moved.length) console.log(`  the normaliser splits ${moved.length} posts differently from when their gold was decided: ${moved.join(' ')}`);
console.log(`ours: cleanBody (src/core/clean, the preview's cleaning); Readability: @mozilla/readability ${version('@mozilla/readability')} on jsdom ${version('jsdom')} (parse5 ${version('parse5')})`);
console.log('character-weighted, in code points of normalised paragraphs (bench/cleanGold/paragraphs.ts); P R F1 in %\n');
const header = `${'source'.padEnd(14)} ${'posts'.padStart(5)} ${'gold'.padStart(7)}   ${'ours P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'Rdb P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`;
console.log(header);
const rows = [...bySource].sort((x, y) => y[1].ours.gold - x[1].ours.gold || x[0].localeCompare(y[0]));
for (const [source, t] of rows) {
  console.log(`${pad(source, 14)} ${String(t.posts).padStart(5)} ${String(t.ours.gold).padStart(7)}   ${figures(t.ours)}   ${figures(t.readability)}`);
}
console.log(`${'all'.padEnd(14)} ${String(overall.posts).padStart(5)} ${String(overall.ours.gold).padStart(7)}   ${figures(overall.ours)}   ${figures(overall.readability)}`);
const macro = (pick: (t: Totals) => Score) => (rows.reduce((n, [, t]) => n + prf(pick(t)).f1, 0) / Math.max(1, rows.length) * 100).toFixed(1);
console.log(`mean F1 over ${rows.length} sources: ours ${macro((t) => t.ours)}, Readability ${macro((t) => t.readability)}`);
const f1 = (t: Totals, pick: 'ours' | 'readability') => Math.round(prf(t[pick]).f1 * 1000);
const ahead = rows.filter(([, t]) => f1(t, 'ours') > f1(t, 'readability')).map(([s]) => s);
const behind = rows.filter(([, t]) => f1(t, 'ours') < f1(t, 'readability')).map(([s]) => s);
console.log(`F1 (to 0.1): ours ahead on ${ahead.length} of ${rows.length} sources${ahead.length ? ` (${ahead.join(', ')})` : ''}, ` +
  `behind on ${behind.length}${behind.length ? ` (${behind.join(', ')})` : ''}, level on ${rows.length - ahead.length - behind.length}`);

if (process.env.CLEAN_QUALITY_POSTS) {
  console.log(`\nper post (key, source, gold code points, ours P R F1, Readability P R F1):`);
  for (const line of perPost) console.log(line);
}

if (process.env.CLEAN_QUALITY_DIFF) {
  console.log('\nparagraphs without credit (CLEAN_QUALITY_DIFF; the corpus\'s text, for this terminal only):');
  for (const line of diffs) console.log(line);
}

const runs = Number(process.env.CLEAN_QUALITY_RUNS ?? 5);
const oursMs = cpuTime(runs, () => decided.forEach((p) => ours(p)));
const readabilityMs = cpuTime(runs, () => decided.forEach((p) => readability(p, titles.get(p.key) ?? '')));
console.log(
  `\ntime over the ${decided.length} posts (median CPU time of ${runs} passes): ours ${oursMs.toFixed(1)} ms, Readability ${readabilityMs.toFixed(1)} ms` +
  ` (jsdom parse included; ours includes its parse): Readability / ours = ${(readabilityMs / oursMs).toFixed(2)}×`,
);
