/**
 * Bad configuration gets one clear answer: each mistake in `.newsarchive.json` is one problem at
 * the key or value at fault, with a message in English and Chinese, and the rest of the file
 * still counts. Keys are plain names (`toString`, `constructor`, `__proto__` look nothing up on a
 * prototype). The CLI says each in one line `file:line:col: message` and exits 2.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseTree, ParseError } from 'jsonc-parser/lib/esm/main.js';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import { parseArticle } from '../../src/core/article/article';
import { CONFIG_MESSAGES, configText } from '../../src/core/config/configMessages';
import type { Locale } from '../../src/core/locale';
import { rules, validateArticle } from '../../src/core/rules/index';
import { formatMessage } from '../../src/core/rules/messages';
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../../src/core/hygiene/hygieneConfig';
import { runCli } from './cliRun';
import { REPO } from './ruleFixtures';

/** Each problem as [the text it points at, its English message]. */
function problemsOf(text: string, locale: Locale = 'en'): [string, string][] {
  return readArchiveConfig(text).problems.map((p) => [text.slice(p.start, p.end), configText(p.messageId, p.args, locale)]);
}

const POST = '---\ntitle: A post\ndate: 2021-11-15 23:46:59 +08:00\n---\n<p>Body</p>\n';

describe('.newsarchive.json: one clear answer for each mistake', () => {
  it('takes toString, constructor and __proto__ as plain field names', () => {
    const { config, problems } = readArchiveConfig('{"fields":{"toString":{},"constructor":{"required":true},"__proto__":{"type":"number"},"valueOf":{"type":"string"}}}');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.fields.get('toString'), { required: false, types: [], allowed: undefined });
    assert.deepEqual(config.fields.get('__proto__'), { required: false, types: ['number'], allowed: undefined });
    assert.equal(config.fields.get('hasOwnProperty'), undefined);
    const found = validateArticle(parseArticle(POST), config, { now: new Date('2024-01-01T00:00:00Z') }).map((p) => `${p.ruleId}: ${formatMessage(p.ruleId, p, 'en')}`);
    assert.deepEqual(found, ['required-field: The front matter has no "constructor". The archive configuration requires it. Add a "constructor:" line.']);
  });

  it('names the rule it does not know, and the one that was meant', () => {
    assert.deepEqual(problemsOf('{"rules":{"date-futur":"off","__proto__":"off"}}'), [
      ['"date-futur"', 'Unknown rule "date-futur"; it is ignored. Did you mean "date-future"?'],
      ['"__proto__"', `Unknown rule "__proto__"; it is ignored. The rules are: ${[...rules.map((r) => r.id), DUPLICATE_ARTICLE, VOCABULARY_VARIANT].join(', ')}.`],
    ]);
  });

  it('checks every option against what the rule declares, and leaves out what fails', () => {
    const text = JSON.stringify({
      rules: {
        'date-style': { format: 7 },
        'front-matter-displaced': { allowBom: 'yes' },
        'date-zoneless': { zone: '+8', severity: 'loud' },
        'date-future': { zone: '+08:00' },
        'title-whitespace': 3,
        'vocabulary-variant': { maxDistance: 9, relativeDistanc: 0.1 },
      },
    });
    assert.deepEqual(problemsOf(text), [
      ['7', '"format" must be one of "rfc1123", "iso8601"; the default ("rfc1123") applies.'],
      ['"yes"', '"allowBom" must be true or false; the default (false) applies.'],
      ['"+8"', '"zone" must be written like "+08:00"; it is ignored.'],
      ['"loud"', '"severity" must be "error", "warning", "info", "hint" or "off". "date-zoneless" keeps its default severity.'],
      ['"zone"', 'The rule "date-future" takes no options besides "severity"; "zone" is ignored.'],
      ['3', 'Write a severity ("error", "warning", "info", "hint") or "off", or an object with "severity" and the rule\'s options. "title-whitespace" keeps its default.'],
      ['9', '"maxDistance" must be a whole number from 0 to 3; the default (2) applies.'],
      ['"relativeDistanc"', 'The rule "vocabulary-variant" has no option "relativeDistanc" (its options: "relativeDistance", "maxDistance"); it is ignored.'],
    ]);
    const { config } = readArchiveConfig(text);
    assert.deepEqual({ ...config.rules.get('date-zoneless')?.options }, {});
    assert.equal(config.rules.get('date-zoneless')?.severity, undefined);
  });

  it('refuses the selectors the cleaner cannot compile, one by one', () => {
    assert.deepEqual(problemsOf('{"clean":{"remove":["p[[[",".ok","a:foo",""],"unwrap":"span","keep":[]}}'), [
      ['"p[[["', '"p[[[" is not a CSS selector the cleaner can use (Expected name, found [[); it is ignored.'],
      ['"a:foo"', '"a:foo" is not a CSS selector the cleaner can use (Unknown pseudo-class :foo); it is ignored.'],
      ['""', '"" is not a CSS selector the cleaner can use (empty); it is ignored.'],
      ['"span"', '"clean.unwrap" must be a list of CSS selectors (strings); it is ignored.'],
      ['"keep"', 'Unknown cleaner setting "keep": use "remove" or "unwrap". It is ignored.'],
    ]);
    assert.deepEqual(readArchiveConfig('{"clean":{"remove":["p[[[",".ok"]}}').config.clean, { remove: ['.ok'], unwrap: [] });
  });

  it('checks the fields section and names the setting at fault', () => {
    assert.deepEqual(problemsOf('{"fields":{"a":1,"b":{"required":"yes","type":["string","list"],"enum":"x","colour":1}},"colour":1}'), [
      ['1', 'A field is an object such as { "required": true, "type": "string", "enum": [ … ] }; "a" keeps its defaults.'],
      ['"yes"', '"required" must be true or false; it is ignored.'],
      ['"list"', '"type" must be one of "string", "string[]", "boolean", "number", "date", "url", or a list of them; what is not is ignored.'],
      ['"x"', '"enum" must be a list of strings, numbers or booleans; it is ignored.'],
      ['"colour"', 'Unknown field setting "colour": use "required", "type" or "enum". It is ignored.'],
      ['"colour"', 'Unknown setting "colour": use "rules", "fields" or "clean". It is ignored.'],
    ]);
  });

  it('warns of a key given twice, and takes the last, as JSON.parse does', () => {
    const text = '{"rules":{"date-future":"off","date-future":"error"}}';
    assert.deepEqual(readArchiveConfig(text).problems.map((p) => [text.slice(p.start, p.end), p.severity]), [['"date-future"', 'warning']]);
    assert.equal(readArchiveConfig(text).problems[0].start, text.indexOf('"date-future"'));
    assert.equal(readArchiveConfig(text).config.rules.get('date-future')?.severity, 'error');
  });

  it('points at the first syntax error and keeps the defaults', () => {
    assert.deepEqual(problemsOf('{"rules": {"date-future": "off",}}'), [['}', 'Not valid JSON: a property name in double quotes was expected (a trailing comma?). The defaults apply until it is fixed.']]);
    assert.deepEqual(problemsOf('{"rules": {} // no comments\n}'), [['// no comments', 'Not valid JSON: JSON has no comments. The defaults apply until it is fixed.']]);
    assert.deepEqual(problemsOf('  \n'), [['', 'Not valid JSON: the file is empty. The defaults apply until it is fixed.']]);
    assert.deepEqual(problemsOf('[]'), [['[]', 'The file must hold one JSON object, such as { "rules": { "date-future": "off" } }. The defaults apply.']]);
    assert.equal(readArchiveConfig('{"rules": ').config.fields.get('title')?.required, true);
  });

  it('keeps offsets those of the text after a byte-order mark', () => {
    const text = '\uFEFF{"colour":1}';
    assert.deepEqual(problemsOf(text).map(([at]) => at), ['"colour"']);
  });

  it('says each problem in Chinese too', () => {
    assert.deepEqual(problemsOf('{"rules":{"date-futur":"off","date-style":{"format":7}}}', 'zh-cn').map(([, m]) => m), [
      '未知规则 "date-futur"，已忽略。是否想写 "date-future"？',
      '"format" 必须是 "rfc1123", "iso8601" 之一；现使用默认值（"rfc1123"）。',
    ]);
  });

  it('has every message in both languages, with the same placeholders', () => {
    const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
    for (const [id, entry] of Object.entries(CONFIG_MESSAGES)) {
      assert.ok(entry.en && entry['zh-cn'], id);
      assert.deepEqual(placeholders(entry['zh-cn']), placeholders(entry.en), id);
    }
  });

  it('reads JSON exactly as JSON.parse does (jsonc-parser held to strict JSON)', () => {
    const strictTree = (text: string) => {
      const errors: ParseError[] = [];
      const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      return errors.length === 0 && root !== undefined;
    };
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    // Valid documents, and near-JSON made of the characters that matter to a JSON parser.
    fc.assert(fc.property(fc.json(), (text) => strictTree(text) && parses(text)), { numRuns: 300 });
    const near = fc.string({ unit: fc.constantFrom(...'{}[]":,01.eE-+ \n\ttrufalsn\\u/*x'.split('')), maxLength: 14 });
    fc.assert(fc.property(near, (text) => strictTree(text) === parses(text)), { numRuns: 5000 });
  });
});

describe('news-archive and a bad .newsarchive.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-config-'));
    fs.copyFileSync(path.join(REPO, 'seeds/000_e84b391c27bbb68a.txt'), path.join(dir, 'post.md'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check says each problem in one line, file:line:col, and exits 2 (no more TypeError)', async () => {
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), '{\n  "fields": { "toString": {} },\n  "rules": { "date-futur": "off" }\n}\n');
    const r = await runCli(['check', dir]);
    assert.equal(r.code, 2);
    assert.equal(r.err.split('\n')[0], `${path.join(dir, '.newsarchive.json')}:3:14: Unknown rule "date-futur"; it is ignored. Did you mean "date-future"?`);
    // Two info: the blank line before the seed's front matter and its mixed-script category (vocabulary-variant).
    assert.match(r.err, /5 problems \(0 errors, 2 warnings, 2 info, 1 hint\) in 1 article$/);
    const zh = await runCli(['check', dir, '--lang', 'zh-cn']);
    assert.equal(zh.err.split('\n')[0], `${path.join(dir, '.newsarchive.json')}:3:14: 未知规则 "date-futur"，已忽略。是否想写 "date-future"？`);
  });

  it('says a folder stands where the file should, once, and exits 2', async () => {
    fs.mkdirSync(path.join(dir, '.newsarchive.json'));
    const r = await runCli(['check', dir, path.join(dir, 'post.md')]);
    assert.equal(r.code, 2);
    assert.deepEqual(r.err.split('\n').filter((l) => l.includes('.newsarchive.json')), [
      `${path.join(dir, '.newsarchive.json')}:1:1: .newsarchive.json is a folder: the configuration must be a file. The defaults apply.`,
    ]);
  });

  it('fix writes nothing a configuration with errors governs', async () => {
    // Meant to switch the rule off; misspelt, fix would delete every post's leading blank line.
    fs.writeFileSync(path.join(dir, '.newsarchive.json'), '{"rules":{"front-matter-displaced ":"off"}}');
    const before = fs.readFileSync(path.join(dir, 'post.md'));
    const r = await runCli(['fix', dir]);
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown rule "front-matter-displaced "; it is ignored\. Did you mean "front-matter-displaced"\?/);
    assert.match(r.err, /\.newsarchive\.json has errors \(above\): fix writes no file it configures until it is corrected\./);
    assert.ok(fs.readFileSync(path.join(dir, 'post.md')).equals(before));
    assert.equal((await runCli(['fix', dir, '--dry-run'])).code, 2);
  });
});
