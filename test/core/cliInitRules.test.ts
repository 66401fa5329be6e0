/**
 * `news-archive init` (a .newsarchive.json inferred from the archive, which reads back without a
 * problem) and `news-archive rules` (every rule id with its default severity and description).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import { valueType } from '../../src/core/init/inferConfig';
import { YamlTimestamp } from '../../src/core/article/hexoData';
import { RULE_DESCRIPTIONS, ruleCatalog } from '../../src/core/report/ruleCatalog';
import { rules } from '../../src/core/rules/index';
import { REPO } from './ruleFixtures';
import { runCli } from './cliRun';

function seedsCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-init-'));
  for (const n of fs.readdirSync(path.join(REPO, 'seeds'))) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, n));
  return dir;
}

describe('news-archive init', () => {
  it('writes a .newsarchive.json of the rules at their defaults and the fields with the types the archive uses', async () => {
    const dir = seedsCopy();
    const r = await runCli(['init', dir, '--lang', 'en']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /18 articles read; cleaner profiles found: sina 18/);
    const text = fs.readFileSync(path.join(dir, '.newsarchive.json'), 'utf8');
    assert.deepEqual(readArchiveConfig(text).problems, []);
    const written = JSON.parse(text) as { rules: Record<string, string>; fields: Record<string, { type: unknown; required?: boolean }>; clean: unknown };
    assert.deepEqual(written.rules, Object.fromEntries(ruleCatalog().filter((x) => x.id !== 'rule-error').map((x) => [x.id, x.severity])));
    assert.equal(written.rules['date-style'], 'off');
    // One `comments: no` among the seeds stays a field-type finding, not a type of the schema.
    assert.deepEqual(written.fields.comments, { type: 'boolean' });
    assert.deepEqual(written.fields.categories, { type: 'string[]' });
    assert.deepEqual(written.fields.date, { type: 'date' });
    assert.deepEqual(written.fields.headimg, { type: 'url' });
    assert.deepEqual(written.clean, { remove: [], unwrap: [] });
    // check reads it: the seeds still have their problems under it.
    assert.equal((await runCli(['check', dir])).code, 1);
  });

  it('never replaces an existing file; --print writes nothing', async () => {
    const dir = seedsCopy();
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), '{}\n');
    const r = await runCli(['init', dir, '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.newsarchive\.json exists and is left as it is/);
    assert.equal(fs.readFileSync(path.join(dir, '.newsarchive.json'), 'utf8'), '{}\n');
    const printed = await runCli(['init', dir, '--print']);
    assert.equal(printed.code, 0);
    assert.ok((JSON.parse(printed.out) as { rules: object }).rules);
  });

  it('reads types as Hexo reads values', () => {
    assert.equal(valueType(new YamlTimestamp('2021-11-26 07:21:47', new Date(0))), 'date');
    assert.equal(valueType('Tue, 16 Nov 2021 07:30:12 GMT'), 'date');
    assert.equal(valueType('https://n.sinaimg.cn/a.jpg'), 'url');
    assert.equal(valueType('2021年的新闻'), 'string');
    assert.equal(valueType(['a']), 'string[]');
    assert.equal(valueType(false), 'boolean');
    assert.equal(valueType(''), undefined);
  });
});

describe('news-archive rules', () => {
  it('describes every rule in Chinese in Chinese, with the marks in Chinese too', async () => {
    const missing = ruleCatalog().filter((r) => !Object.hasOwn(RULE_DESCRIPTIONS['zh-cn'], r.id)).map((r) => r.id);
    assert.deepEqual(missing, [], 'rules without a Chinese description in src/core/rules/descriptions.zh-cn.json');
    const ids = new Set(ruleCatalog().map((r) => r.id));
    assert.deepEqual(Object.keys(RULE_DESCRIPTIONS['zh-cn']).filter((id) => !ids.has(id)), [], 'descriptions of no rule');
    const r = await runCli(['rules', '--lang', 'zh-cn']);
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.equal(lines.length, ruleCatalog().length);
    assert.deepEqual(lines.filter((l) => !/[\u4e00-\u9fff]/.test(l)), [], 'a line without Chinese');
    assert.match(r.out, /^yaml-syntax +error +Front-matter 不是有效的 YAML（可修复）$/m);
    assert.match(r.out, /^duplicate-article +warning +.*（整个归档）$/m);
    const json = JSON.parse((await runCli(['rules', '--format', 'json', '--lang', 'zh-cn'])).out) as { id: string; description: string }[];
    assert.equal(json.find((x) => x.id === 'date-future')?.description, '日期在未来');
  });


  it('lists every rule id with its default severity and description', async () => {
    const r = await runCli(['rules', '--lang', 'en']);
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.equal(lines.length, ruleCatalog().length);
    for (const rule of rules) assert.ok(lines.some((l) => l.startsWith(rule.id + ' ') && l.includes(rule.description)), rule.id);
    assert.match(r.out, /^yaml-syntax +error +the front matter is not valid YAML \(fix\)$/m);
    assert.match(r.out, /^duplicate-article +warning +.* \(archive-wide\)$/m);
    const json = JSON.parse((await runCli(['rules', '--format', 'json', '--lang', 'en'])).out) as { id: string; helpUri: string }[];
    assert.equal(json.find((x) => x.id === 'date-style')?.helpUri, 'https://github.com/news-archive-tools/news-archive-editor#date-style');
    // In Chinese each rule opens its row in the Chinese README.
    const zh = JSON.parse((await runCli(['rules', '--format', 'json', '--lang', 'zh-cn'])).out) as { id: string; helpUri: string }[];
    assert.equal(zh.find((x) => x.id === 'date-style')?.helpUri, 'https://github.com/news-archive-tools/news-archive-editor/blob/HEAD/README.zh-cn.md#date-style');
  });
});
