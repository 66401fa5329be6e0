/**
 * What counting the archive-wide rules' problems for the index adds (issue 14, "counts that
 * agree"), over the generated 50,000-post archive plus 1,000 planted copies: in the background
 * pass, each file's vocabulary values as its front matter writes them (vocabularyValues, after
 * the validation that builds the same YAML document) beside the rest of the pass; in the
 * findings job, archiveProblemCounts beside archiveFindings. Both run in the archive workers,
 * never on the extension host's thread; the host only copies the flagged files' entries.
 *
 *   npm run bench -- archiveCounts   (or: node --expose-gc dist/bench/archiveCounts.bench.js [count])
 */
import * as fs from 'node:fs';
import { parseArticle } from '../src/core/article/article';
import { defaultArchiveConfig } from '../src/core/config/archiveConfig';
import { duplicateSketch } from '../src/core/hygiene/duplicateSketch';
import { hygieneSettings } from '../src/core/hygiene/hygieneConfig';
import { entryRecord } from '../src/core/index/articleRecord';
import { entryFromBytes } from '../src/core/index/records/entryFromBytes';
import { ArchiveIndex } from '../src/core/index/archiveIndex';
import { ArchiveWideCounts } from '../src/core/index/archiveWideCounts';
import { countProblems, ProblemCounts, ProblemTally } from '../src/core/problemCounts';
import { ArchiveTree, DEFAULT_TREE_OPTIONS } from '../src/core/tree/archiveTree';
import { StringPool } from '../src/core/index/records/stringPool';
import { validateArticle } from '../src/core/rules';
import { archiveProblemCounts, CountedFile, vocabularyValues } from '../src/core/rules/archiveCounts';
import { archiveFindings } from '../src/core/rules/archiveProblems';
import { benchArchive } from './generateArchive';
import { plantDuplicates } from './plantDuplicates';

const count = Number(process.argv[2] ?? 50_000);
const { paths: generated } = benchArchive(count);
const { planted } = plantDuplicates(generated, Math.round(count / 100), Math.round(count / 100));
const paths = [...generated, ...planted.map((p) => p.copy)];
const config = defaultArchiveConfig();
const settings = hygieneSettings(config);
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
const gc = (globalThis as { gc?: () => void }).gc;

const bytes = paths.map((p) => fs.readFileSync(p));
const pool = new StringPool();
let pass = 0;
let values = 0;
let differ = 0;
const files: CountedFile[] = [];
const index = new ArchiveIndex();
for (const [i, b] of bytes.entries()) {
  let t = performance.now();
  const made = entryFromBytes(paths[i], b, 0, b.length, pool);
  if (made.kind !== 'article') continue;
  const article = parseArticle(decoder.decode(b));
  made.entry.problems = countProblems(validateArticle(article, config));
  const sketch = duplicateSketch(made.entry.title, article.body);
  pass += performance.now() - t;
  t = performance.now();
  const v = vocabularyValues(article, made.entry);
  values += performance.now() - t;
  if (v) differ++;
  index.set(made.entry);
  files.push({ path: paths[i], record: entryRecord(paths[i], made.entry, { frontMatter: false }), sketch, ...(v ? { values: v } : {}) });
}

const ROUNDS = 3;
let finding = Infinity;
let counting = Infinity;
let counted = new Map<string, ProblemCounts>();
for (let round = 0; round < ROUNDS; round++) {
  gc?.();
  let t = performance.now();
  const findings = archiveFindings(files, settings);
  finding = Math.min(finding, performance.now() - t);
  t = performance.now();
  counted = archiveProblemCounts(findings, files);
  counting = Math.min(counting, performance.now() - t);
}

console.log(`${files.length.toLocaleString()} articles (${planted.length} planted copies); ${counted.size.toLocaleString()} with archive-wide problems; ${differ} whose values differ from the record's (kept)`);
console.log(`pass (parse, validate, sketch)    ${ms(pass)}`);
console.log(`+ vocabulary values               ${ms(values)}   ${((values / pass) * 100).toFixed(1)}% of the pass`);
console.log(`findings (archiveFindings, best)  ${ms(finding)}`);
console.log(`+ counts (archiveProblemCounts)   ${ms(counting)}   ${((counting / finding) * 100).toFixed(1)}% of the findings`);

// What the extension host does with the first counts (ArchiveIndexService.setArchiveCounts and
// its listeners' share that scales with them): pool each count into the archive-wide counts kept
// beside the index (no entry is copied, and the hygiene model has nothing to do), the running
// tally, and the Articles view's model rebuilt (articleTreeProvider.ts: more than 500 changes at
// once), or each entry moved in it when they are few.
const archive = new ArchiveWideCounts(new Map<string, ProblemCounts>());
const tree = new ArchiveTree(index, DEFAULT_TREE_OPTIONS, archive);
const tally = new ProblemTally();
for (const e of index.entries()) tally.add(e.problems, 1, archive.of(e));
gc?.();
let t = performance.now();
for (const { entry, before } of archive.replace(counted, (p) => index.get(p))) {
  tally.remove(entry.problems, before);
  tally.add(entry.problems, 1, archive.of(entry));
}
const copies = performance.now() - t;
t = performance.now();
tree.rebuild();
const rebuild = performance.now() - t;
console.log(`host: ${counted.size.toLocaleString()} entries counted ${ms(copies)}   ${((copies / counted.size) * 1000).toFixed(1)} µs each; the Articles view's model rebuilt ${ms(rebuild)}`);
