/**
 * Duplicate detection over the generated 50,000-post archive plus 1,000 planted copies (500
 * exact, 500 near; bench/plantDuplicates.ts): precision and recall against the planted set, and
 * its time against the cold index in the same process (read + parseArticle + articleRecord over
 * the same files). Unplanted pairs are checked against the exact shingle Jaccard, since the
 * generator itself writes some posts from the same paragraphs.
 *
 *   npm run bench -- duplicates   (or: node --expose-gc dist/bench/duplicates.bench.js [count])
 */
import * as fs from 'node:fs';
import { parseArticle } from '../src/core/article/article';
import { ArticleRecord, articleRecord } from '../src/core/index/articleRecord';
import { duplicateSketch, normaliseBody, SHINGLE_LENGTH } from '../src/core/hygiene/duplicateSketch';
import { DuplicateEntry, DuplicatePair, DuplicateReport, findDuplicates } from '../src/core/hygiene/duplicates';
import { vocabularyReport } from '../src/core/hygiene/vocabulary';
import { benchArchive } from './generateArchive';
import { plantDuplicates } from './plantDuplicates';

const count = Number(process.argv[2] ?? 50_000);
const { paths: generated } = benchArchive(count);
const { planted } = plantDuplicates(generated, Math.round(count / 100), Math.round(count / 100));
const files = [...generated, ...planted.map((p) => p.copy)];
const gc = (globalThis as { gc?: () => void }).gc;
const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;

// Warm the page cache so that both timed passes read from memory alike.
for (const f of files) fs.readFileSync(f);

const ROUNDS = 3;
let coldIndex = Infinity;
let readParse = Infinity;
let sketching = Infinity;
let finding = Infinity;
let entries: DuplicateEntry[] = [];
let records: ArticleRecord[] = [];
let report: DuplicateReport = { groups: [], comparisons: 0 };
// Alternate the two passes and keep each one's best round: the machine is shared.
for (let round = 0; round < ROUNDS; round++) {
  gc?.();
  let t = performance.now();
  for (const f of files) articleRecord(f, parseArticle(fs.readFileSync(f, 'utf8')));
  coldIndex = Math.min(coldIndex, performance.now() - t);

  gc?.();
  let parse = 0;
  let sketch = 0;
  entries = [];
  records = [];
  for (const f of files) {
    t = performance.now();
    const article = parseArticle(fs.readFileSync(f, 'utf8'));
    const title = article.fields.title;
    const body = article.body;
    const t1 = performance.now();
    entries.push({ path: f, sketch: duplicateSketch(title, body) });
    sketch += performance.now() - t1;
    parse += t1 - t;
    records.push(articleRecord(f, article));
  }
  t = performance.now();
  report = findDuplicates(entries);
  finding = Math.min(finding, performance.now() - t);
  readParse = Math.min(readParse, parse);
  sketching = Math.min(sketching, sketch);
}
const t = performance.now();
const vocabulary = vocabularyReport(records);
const vocabularyTime = performance.now() - t;

// Quality against the planted set.
const groupOf = new Map<string, number>();
report.groups.forEach((g, i) => g.members.forEach((m) => groupOf.set(m, i)));
const key = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
const plantedPairs = new Map(planted.map((p) => [key(p.copy, p.original), p.kind]));
const recall = { exact: 0, near: 0 };
const total = { exact: 0, near: 0 };
for (const p of planted) {
  total[p.kind]++;
  const g = groupOf.get(p.copy);
  if (g !== undefined && g === groupOf.get(p.original)) recall[p.kind]++;
}

function normalised(path: string): string {
  return normaliseBody(parseArticle(fs.readFileSync(path, 'utf8')).body);
}

function shingles(path: string): Set<string> {
  const text = normalised(path);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_LENGTH <= text.length; i++) set.add(text.slice(i, i + SHINGLE_LENGTH));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both || 1);
}

const pairs: DuplicatePair[] = report.groups.flatMap((g) => g.pairs);
const byReason = { exact: { pairs: 0, planted: 0, trueUnplanted: 0 }, similar: { pairs: 0, planted: 0, trueUnplanted: 0 }, title: { pairs: 0, planted: 0, trueUnplanted: 0 } };
const plantedFiles = new Set(planted.map((p) => p.copy));
const plantedCopyOf = new Map(planted.map((p) => [p.copy, p.original]));
let estimateError = 0;
let estimated = 0;
for (const p of pairs) {
  const r = byReason[p.reason];
  r.pairs++;
  // Two copies of one original, or a copy linked to a duplicate of its original, are planted too.
  const origin = (x: string) => plantedCopyOf.get(x) ?? x;
  if (plantedPairs.has(key(p.a, p.b)) || (plantedFiles.has(p.a) || plantedFiles.has(p.b)) && origin(p.a) === origin(p.b)) {
    r.planted++;
    continue;
  }
  if (p.reason === 'exact' && normalised(p.a) === normalised(p.b)) {
    r.trueUnplanted++;
    continue;
  }
  const j = jaccard(shingles(p.a), shingles(p.b));
  if (p.reason !== 'title') {
    estimateError += Math.abs(j - p.similarity);
    estimated++;
  }
  if (j >= 0.8) r.trueUnplanted++;
}
// How near the planted near copies really are, and which were missed.
const nearJaccard = planted.filter((p) => p.kind === 'near').map((p) => ({ p, j: jaccard(shingles(p.copy), shingles(p.original)) })).sort((a, b) => a.j - b.j);
const missed = planted.filter((p) => groupOf.get(p.copy) === undefined || groupOf.get(p.copy) !== groupOf.get(p.original));
const bodyPairs = byReason.exact.pairs + byReason.similar.pairs;
const bodyPlanted = byReason.exact.planted + byReason.similar.planted;
const bodyTrue = bodyPlanted + byReason.exact.trueUnplanted + byReason.similar.trueUnplanted;

const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(1)}%`;
console.log(`${files.length} files (${generated.length} generated + ${planted.length} planted: ${total.exact} exact, ${total.near} near copies)`);
console.log(`best of ${ROUNDS} rounds each; cold index (read + parseArticle + articleRecord): ${ms(coldIndex)}`);
console.log(`duplicates: read + parse ${ms(readParse)}, sketch ${ms(sketching)}, find ${ms(finding)}`);
console.log(`  sketch + find:                ${ms(sketching + finding)} = ${((sketching + finding) / coldIndex).toFixed(2)}× the cold index`);
console.log(`  read + parse + sketch + find: ${ms(readParse + sketching + finding)} = ${((readParse + sketching + finding) / coldIndex).toFixed(2)}× the cold index (target ≤ 2×)`);
console.log(`vocabulary report (${vocabulary.categories.values.length} categories, ${vocabulary.author.values.length} authors, ${vocabulary.tags.values.length} tags, ${vocabulary.source.values.length} sources): ${ms(vocabularyTime)}`);
console.log(`recall: exact ${recall.exact}/${total.exact} (${pct(recall.exact, total.exact)}), near ${recall.near}/${total.near} (${pct(recall.near, total.near)})`);
console.log(`planted near copies: Jaccard min ${nearJaccard[0]?.j.toFixed(3)}, median ${nearJaccard[nearJaccard.length >> 1]?.j.toFixed(3)}; missed: ${missed.map((p) => `${p.kind} (Jaccard ${jaccard(shingles(p.copy), shingles(p.original)).toFixed(3)})`).join(', ') || 'none'}`);
console.log(`groups: ${report.groups.length}; pairs by reason:`);
for (const [reason, r] of Object.entries(byReason)) {
  console.log(`  ${reason.padEnd(7)} ${String(r.pairs).padStart(6)} pairs: ${r.planted} planted, ${r.trueUnplanted} unplanted true duplicates (same text, or Jaccard ≥ 0.8), ${r.pairs - r.planted - r.trueUnplanted} other`);
}
console.log(`precision (body pairs: exact + similar) against the planted set: ${pct(bodyPlanted, bodyPairs)}; against true duplicates (same text, or Jaccard ≥ 0.8): ${pct(bodyTrue, bodyPairs)}`);
console.log(`mean |estimate − Jaccard| over unplanted body pairs: ${(estimateError / (estimated || 1)).toFixed(3)} (${estimated} pairs)`);
