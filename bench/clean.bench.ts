/**
 * The cleaner and the preview's render (clean with offsets and image placeholders, the work the
 * extension host does per update) on the seed and on generated Sina-like articles of 1 MB and
 * 5 MB, against a baseline measured in the same process: cheerio parse + serialize of the same
 * body (the least any DOM-based cleaner does). Then the count per rule over ../shared/corpus.
 *
 *   npm run bench -- clean        (or: node --expose-gc dist/bench/clean.bench.js)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../src/core/article/article';
import { cleanBody, feedNames, removalSummary, removalSummaryText } from '../src/core/clean';
import { parseBody } from '../src/core/clean/cleanBody';
import { previewContent } from '../src/preview/previewContent';
import { findCorpus } from './cleanGold/gold';

const root = process.cwd();
const seed = parseArticle(fs.readFileSync(path.join(root, 'seeds/000_e84b391c27bbb68a.txt'), 'utf8'));

/** A Sina-like post of about `bytes`: paragraphs with stock links, comments, images, a promo. */
function generatedArticle(bytes: number): string {
  const parts = ['\n---\ntitle: generated\ndate: 2021-11-15 10:00:00\n---\n\n<div>   \n'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = i % 10 === 3
      ? `<div class="img_wrapper"><img id="${i}" src="https://n.sinaimg.cn/x/w640h480/${i}.jpg" alt="图${i}" referrerpolicy="no-referrer"><span class="img_descr"></span></div>\n`
      : i % 10 === 7
        ? `<p cms-style="font-L">　　<font cms-style="font-L strong-Bold">小标题${i}</font></p>\n<!-- 正文下iframe -->\n`
        : `<p cms-style="font-L">　　第${i}段：北京力争率先建成高水平人才高地，办好<span id="stock_sz${i}"><a href="https://finance.sina.com.cn/realstock/company/sz${i}/nc.shtml" class="keyword" target="_blank">中关村</a></span><span id="quote_sz${i}"></span>论坛&#123;x&#125;，提升影响力。</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  parts.push('<style>.appendQr_wrap&#123;border:1px&#125;</style><div class="clearfix appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>\n<p class="article-editor">责任编辑：某 SF001</p>\n  \n</div>\n');
  return parts.join('');
}

/**
 * Median over `runs` samples of the CPU time (user + system) one call takes; small inputs are
 * timed in batches. CPU time, not wall time: this machine is shared, and a busy neighbour
 * stretches wall time by several times while CPU time barely moves.
 */
function median(runs: number, fn: () => void, batch = 1): number {
  const times: number[] = [];
  fn();
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    for (let j = 0; j < batch; j++) fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000 / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (t: number) => `${t.toFixed(2).padStart(8)} ms`;

function row(name: string, bodyBytes: number, runs: number, body: string, render: () => void, batch = 1): void {
  const baseline = median(runs, () => parseBody(body).$.html(), batch);
  const clean = median(runs, () => cleanBody(body), batch);
  const rendered = median(runs, render, batch);
  console.log(
    `${name.padEnd(14)} ${(bodyBytes / 1024).toFixed(0).padStart(6)} KB  parse+serialize ${ms(baseline)}  clean ${ms(clean)} (${(clean / baseline).toFixed(1)}×)  clean+render ${ms(rendered)} (${(rendered / baseline).toFixed(1)}×)`,
  );
}

console.log('median CPU time per call; render = the preview content for the default view (images blocked)');
row('seed', Buffer.byteLength(seed.body), 51, seed.body, () => previewContent(seed, { view: 'cleaned', images: 'block' }), 20);
for (const mb of [1, 5]) {
  const article = parseArticle(generatedArticle(mb * 1024 * 1024));
  row(`generated ${mb} MB`, Buffer.byteLength(article.body), mb === 1 ? 21 : 5, article.body, () => previewContent(article, { view: 'cleaned', images: 'block' }));
  if (mb === 1) {
    const marked = median(5, () => previewContent(article, { view: 'marked', images: 'block' }));
    const original = median(5, () => previewContent(article, { view: 'original', images: 'block' }));
    console.log(`${''.padEnd(14)} show-removed view ${ms(marked)}  original view ${ms(original)}`);
  }
}

const corpus = findCorpus(root) ?? path.resolve(root, '../shared/corpus');
if (fs.existsSync(corpus)) {
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const totals = new Map<string, { count: number; bytes: number; posts: number }>();
  const profiles = new Map<string, number>();
  for (const f of files) {
    const a = parseArticle(fs.readFileSync(path.join(corpus, f), 'utf8'));
    const r = cleanBody(a.body, { feed: feedNames(a) });
    profiles.set(r.profile, (profiles.get(r.profile) ?? 0) + 1);
    for (const x of r.removed) {
      const t = totals.get(x.rule) ?? { count: 0, bytes: 0, posts: 0 };
      totals.set(x.rule, { count: t.count + x.count, bytes: t.bytes + x.bytes, posts: t.posts + 1 });
    }
  }
  console.log(`\ncorpus: ${files.length} posts (${[...profiles].map(([p, n]) => `${n} ${p}`).join(', ')}); per rule: count, bytes, posts`);
  for (const [rule, t] of totals) console.log(`  ${rule.padEnd(24)} ${String(t.count).padStart(5)} ${String(t.bytes).padStart(8)} B ${String(t.posts).padStart(4)}`);
  console.log(`  seed: ${removalSummaryText(removalSummary(cleanBody(seed.body).removed), 'en')}`);
} else {
  console.log(`\ncorpus: ${corpus} is not there; per-rule counts skipped`);
}
