/**
 * The benchmark archive generator (bench/generateArchive.ts): deterministic, in the corpus
 * README's format, with defects in the proportions it promises.
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Defect, generateArchive, generatePosts } from '../../bench/generateArchive';
import { recordFieldsFromText } from '../../src/core/index/records/recordFields';

function digest(count: number, seed: number): string {
  const h = createHash('sha256');
  for (const p of generatePosts(count, seed)) h.update(p.name).update(p.text);
  return h.digest('hex');
}

describe('generated archive', function () {
  this.timeout(30000);

  it('is the same for the same seed, and differs for another', () => {
    assert.equal(digest(300, 5), digest(300, 5));
    assert.notEqual(digest(300, 5), digest(300, 6));
  });

  it('writes the posts it generates, with unique file names', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-gen-test-'));
    try {
      const paths = generateArchive(dir, 200, 9);
      assert.equal(paths.length, 200);
      assert.equal(new Set(paths).size, 200);
      const posts = [...generatePosts(200, 9)];
      paths.forEach((p, i) => assert.equal(fs.readFileSync(p, 'utf8'), posts[i].text));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows the scraper format with realistic defect shares', () => {
    const n = 5000;
    const defects = new Map<Defect, number>();
    let blankFirst = 0;
    let endsInSpaces = 0;
    let withSource = 0;
    let articles = 0;
    const sizes: number[] = [];
    const sites = new Set<string>();
    for (const p of generatePosts(n, 3)) {
      for (const d of p.defects) defects.set(d, (defects.get(d) ?? 0) + 1);
      if (/^\uFEFF?\r?\n---/.test(p.text)) blankFirst++;
      if (/<\/div>\r?\n {12}$/.test(p.text)) endsInSpaces++;
      if (p.text.includes('来源：')) withSource++;
      sizes.push(Buffer.byteLength(p.text));
      sites.add(p.feed.site);
      const f = recordFieldsFromText(p.text);
      if (f) articles++;
    }
    const share = (d: Defect) => (defects.get(d) ?? 0) / n;
    assert.ok(blankFirst / n > 0.95 && blankFirst / n < 0.995, `blank first line in ${blankFirst}`);
    assert.equal(endsInSpaces, n, 'every post ends in `</div>` and 12 spaces');
    for (const d of ['crlf', 'raw-braces', 'comments-no', 'missing-title', 'future-date'] as Defect[]) {
      assert.ok(share(d) > 0.003 && share(d) < 0.04, `${d}: ${share(d)}`);
    }
    const yaml = (['yaml-colon-title', 'yaml-at-title', 'yaml-tab-indent', 'yaml-duplicate-key', 'yaml-quote-pile'] as Defect[]).reduce((s, d) => s + share(d), 0);
    assert.ok(yaml > 0.01 && yaml < 0.03, `broken YAML: ${yaml}`);
    assert.equal(articles, n, 'every post is an article for the index');
    assert.ok(withSource / n > 0.15 && withSource / n < 0.4, `来源 in ${withSource}`);
    sizes.sort((a, b) => a - b);
    const median = sizes[n / 2];
    assert.ok(median > 2000 && median < 8000, `median ${median} B`);
    assert.ok(sizes[n - 1] > 40_000 && sizes[n - 1] < 240_000, `largest ${sizes[n - 1]} B`);
    for (const site of ['新浪财经', '36kr', '知乎', '雪球', '3DMGame']) assert.ok(sites.has(site), site);
  });
});
