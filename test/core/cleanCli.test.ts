import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli as run } from './cliRun';

const repo = path.resolve(__dirname, '../../..');
const seedPath = path.join(repo, 'seeds', '000_e84b391c27bbb68a.txt');
const seedText = fs.readFileSync(seedPath, 'utf8');
const expected = fs.readFileSync(path.join(repo, 'test/fixtures/clean/seed.cleaned.html'), 'utf8');

describe('news-archive clean', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-clean-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the cleaned body (the seed fixture) by default', async () => {
    const r = await run(['clean', seedPath]);
    assert.deepEqual([r.code, r.out, r.err], [0, expected, '']);
  });

  it('prints html, the profile, removed and meta as json', async () => {
    const r = await run(['clean', seedPath, '--format', 'json']);
    assert.equal(r.code, 0);
    const json: unknown = JSON.parse(r.out);
    assert.deepEqual(json, {
      html: expected,
      profile: 'sina',
      removed: [
        { rule: 'comments', count: 11, bytes: 322 },
        { rule: 'promo-blocks', count: 1, bytes: 315 },
        { rule: 'style-blocks', count: 1, bytes: 329 },
        { rule: 'stock-links', count: 2, bytes: 370 },
        { rule: 'quote-placeholders', count: 2, bytes: 66 },
        { rule: 'editor-line', count: 1, bytes: 57 },
        { rule: 'byline', count: 2, bytes: 83 },
      ],
      meta: { editor: '梁斌 SF055', source: '北京日报·识政', writer: '祁梦竹 范俊生' },
    });
  });

  it('--write replaces the body only, keeps 来源/撰文/责任编辑, and a second run finds it clean', async () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, seedText);
    const first = await run(['clean', file, '--write']);
    assert.deepEqual([first.code, first.out, first.err], [0, '', `${file}: Removed: 11 comments, 1 promo block, 1 style block, 2 stock links, 2 quote spans (1.4 KB)`]);
    const written = fs.readFileSync(file, 'utf8');
    const bodyStart = seedText.indexOf('---', 4) + 4;
    assert.equal(written.slice(0, bodyStart), seedText.slice(0, bodyStart));
    assert.equal(written.slice(bodyStart), expected.replace('</p>\n</div>', '</p>\n<p>　　来源：北京日报·识政</p>\n<p>　　撰文：祁梦竹 范俊生</p>\n<p>责任编辑：梁斌 SF055</p>\n</div>'));
    const second = await run(['clean', file, '--write']);
    assert.deepEqual([second.code, second.err], [0, `${file}: already clean`]);
  });

  it('applies clean.remove from the nearest .newsarchive.json', async () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, seedText);
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), JSON.stringify({ clean: { remove: ['p:contains("会上")'] } }));
    const r = await run(['clean', file, '--format', 'json']);
    const json = JSON.parse(r.out) as { html: string; removed: { rule: string; count: number }[] };
    assert.ok(!json.html.includes('会上'));
    assert.deepEqual(json.removed.find((x) => x.rule === 'config-remove')?.count, 1);
  });

  it('exits 2 on usage errors and on files that are not articles', async () => {
    assert.equal((await run(['clean'])).code, 2);
    assert.equal((await run(['clean', seedPath, '--format', 'xml'])).code, 2);
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'just notes\n');
    const r = await run(['clean', notes]);
    assert.deepEqual([r.code, r.err], [2, `${notes}: not an article (no front matter with a title); nothing to clean`]);
  });
});
