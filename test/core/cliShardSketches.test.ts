/**
 * Issue 16 §5, the archive-wide rules across a job matrix: each shard writes its report
 * (`check --shard K/N`) and its sketches (`index --shard K/N --sketches`); `merge` of them all
 * gives exactly the report of one `check` over the whole archive, duplicate groups and variants
 * that no shard saw whole included. The archive is generated: copies, near copies, shared titles
 * and spelling variants among distinct posts, so that groups fall apart across shards.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCliIn } from './cliRun';

/** A body of `n` CJK characters, the same for the same seed, unlike any other seed's. */
function body(seed: number, n = 200): string {
  let x = seed * 7919 + 17;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String.fromCharCode(0x4e00 + (x % 6000));
  }
  return s;
}

function post(title: string, tags: string[], text: string): string {
  return `---\ntitle: ${title}\ndate: 2021-11-26 07:21:47+08:00\ntags:\n${tags.map((t) => `  - ${t}\n`).join('')}---\n<p>${text}</p>\n`;
}

function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-sketches-'));
  const posts = path.join(dir, 'posts');
  fs.mkdirSync(posts);
  const write = (name: string, text: string) => fs.writeFileSync(path.join(posts, name), text);
  // Five exact copies under their own names and titles.
  for (let i = 0; i < 5; i++) write(`copy-${i}.md`, post(`转载${i}`, ['财经'], body(1)));
  // Three near copies: one character apart.
  const near = body(2);
  for (let i = 0; i < 3; i++) write(`near-${i}.md`, post(`近似${i}`, ['财经'], near.slice(0, 100) + String.fromCharCode(0x9fa0 + i) + near.slice(101)));
  // Two posts sharing only a title.
  write('title-a.md', post('同一个标题', ['要闻'], body(3)));
  write('title-b.md', post('同一个标题', ['要闻'], body(4)));
  // A tag spelt three ways among distinct posts.
  write('tag-0.md', post('标签甲', ['Foo Bar'], body(5)));
  for (let i = 1; i <= 3; i++) write(`tag-${i}.md`, post(`标签${i}`, ['foo bar'], body(5 + i)));
  write('tag-4.md', post('标签戊', ['foo  bar'], body(9)));
  for (let i = 0; i < 8; i++) write(`other-${i}.md`, post(`其他${i}`, ['要闻'], body(20 + i)));
  return dir;
}

const ARCHIVE_WIDE = new Set(['duplicate-article', 'vocabulary-variant']);

function inFolder(dir: string, args: string[]) {
  return runCliIn(dir, [...args, '--lang', 'en']);
}

describe('news-archive merge with the shards\' sketches (archive-wide rules across shards)', () => {
  for (const [format, splits] of [['json', [1, 3, 5]], ['sarif', [4]]] as const) {
    it(`gives the one-run ${format} report, cross-shard duplicates and variants included, from ${splits.join(', ')} shards`, async () => {
      const dir = archive();
      const whole = await inFolder(dir, ['check', 'posts', '--format', format]);
      const wholeReport = JSON.parse(whole.out) as unknown;
      const archiveWide = (report: unknown): string[] => format === 'json'
        ? (report as { path: string; diagnostics: { rule: string; message: string }[] }[]).flatMap((f) => f.diagnostics.filter((d) => ARCHIVE_WIDE.has(d.rule)).map((d) => `${f.path} ${d.message}`))
        : (report as { runs: { results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0].results
          .filter((r) => ARCHIVE_WIDE.has(r.ruleId)).map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.message.text}`);
      const expected = archiveWide(wholeReport);
      assert.ok(expected.some((m) => /copy-0\.md .*one of 5 copies/.test(m)), expected.join('\n'));
      assert.ok(expected.some((m) => /near-0\.md .*nearly the same text/.test(m)), expected.join('\n'));
      assert.ok(expected.some((m) => /title-a\.md .*the same title as posts\/title-b\.md/.test(m)), expected.join('\n'));
      assert.ok(expected.some((m) => /tag-0\.md Tag "Foo Bar" is spelt "foo bar" in 3 other articles/.test(m)), expected.join('\n'));
      for (const n of splits) {
        const files: string[] = [];
        const shardWide: string[] = [];
        for (let k = 1; k <= n; k++) {
          const report = await inFolder(dir, ['check', 'posts', '--format', format, '--shard', `${k}/${n}`]);
          shardWide.push(...archiveWide(JSON.parse(report.out)));
          const sketches = await inFolder(dir, ['index', 'posts', '--sketches', '--shard', `${k}/${n}`]);
          assert.equal(sketches.code, 0, sketches.err);
          files.push(path.join(dir, `report-${k}.${format}`), path.join(dir, `sketches-${k}.json`));
          fs.writeFileSync(files[files.length - 2], report.out);
          fs.writeFileSync(files[files.length - 1], sketches.out);
        }
        // The shards alone see pieces of the groups: what they report is not the archive's.
        if (n > 1) assert.notDeepEqual(shardWide.sort(), [...expected].sort(), `${n} shards see the whole groups`);
        const merged = await inFolder(dir, ['merge', ...files]);
        assert.equal(merged.code, whole.code, merged.err);
        assert.deepEqual(JSON.parse(merged.out), wholeReport, `${n} shards`);
        assert.doesNotMatch(merged.err, /left out/);
      }
    });
  }

  it('refuses sketches it cannot read, and --sketches with a text format or a cache', async () => {
    const dir = archive();
    fs.writeFileSync(path.join(dir, 'r.json'), (await inFolder(dir, ['check', 'posts', '--format', 'json'])).out);
    fs.writeFileSync(path.join(dir, 's.json'), JSON.stringify({ format: 'news-archive-sketches', version: 99, files: [] }));
    const r = await inFolder(dir, ['merge', 'r.json', 's.json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /s\.json: not sketches this version of news-archive wrote/);
    assert.equal((await inFolder(dir, ['index', 'posts', '--sketches', '--format', 'text'])).code, 2);
    assert.equal((await inFolder(dir, ['index', 'posts', '--sketches', '--cache', 'c'])).code, 2);
  });
});
