/**
 * Messages as data: every message id of every rule (and of the engine) has its English and its
 * Chinese with the same placeholders; formatMessage makes exact text in each language; the
 * engine refuses a finding whose message the rule does not declare or whose args leave a
 * placeholder empty; every problem of every fixture and seed reads as whole text in both.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { FIELD_TYPES } from '../../src/core/config/archiveConfig';
import { LOCALES } from '../../src/core/locale';
import { RULE_ERROR_ID, runRules } from '../../src/core/rules/index';
import { fillTemplate, formatInstant } from '../../src/core/rules/messageFormat';
import { catalogs, englishCatalog, formatMessage } from '../../src/core/rules/messages';
import { TERMS } from '../../src/core/rules/messageTerms';
import type { Finding, Rule } from '../../src/core/rules/types';
import type { Message, Problem } from '../../src/core/problem';
import { catalogGaps } from './catalogCheck';
import { problemsOf, REPO, ruleFixtures } from './ruleFixtures';

const article = parseArticle("---\ntitle: 'x'\n---\n<p>x</p>\n");
const CJK = /[\u3400-\u9fff]/;

/** A rule that reports one finding, to see what the engine makes of it. */
function lonely(id: string, messages: Record<string, string>, report: Finding): Rule {
  return { id, severity: 'warning', fixable: true, description: 'a rule made for this test', scope: 'file', messages, check: (_a, r) => r(report) };
}

describe('rule messages: catalogs', () => {
  it('has Chinese for every message id of every rule, with the same placeholders', () => {
    assert.deepEqual(catalogGaps(englishCatalog, catalogs['zh-cn'], 'zh-cn'), []);
    assert.ok(Object.keys(englishCatalog).length >= 21, 'every rule and the engine');
  });

  it('fails for a rule whose message lacks its Chinese, or whose Chinese drops a placeholder', () => {
    const english = { ...englishCatalog, 'new-rule': { found: 'Found {what} in "{field}".', fixIt: 'Fix {what}' } };
    const chinese = { ...catalogs['zh-cn'], 'new-rule': { found: '在{field:field}中发现了问题。' }, 'old-rule': { gone: '已删除' } };
    assert.deepEqual(catalogGaps(english, chinese, 'zh-cn'), [
      'new-rule/found: zh-cn has {field}, English {field}, {what}',
      'new-rule/fixIt: no zh-cn text',
      'old-rule/gone: zh-cn only (no rule declares it)',
    ]);
    assert.deepEqual(catalogGaps({ r: { m: 'bad {x:colour}' } }, { r: { m: '{x}' } }, 'zh-cn'), ['r/m: English: unknown placeholder format "{x:colour}"']);
  });

  it('has a word in each language for every schema type and every named invisible character', () => {
    for (const locale of LOCALES) {
      assert.deepEqual(FIELD_TYPES.filter((t) => !TERMS[locale].type[t]), [], locale);
      assert.deepEqual(Object.keys(TERMS[locale].char).sort(), Object.keys(TERMS.en.char).sort(), locale);
    }
  });
});

describe('rule messages: formatMessage', () => {
  const both = (ruleId: string, messageId: string, args?: Problem['args']) => LOCALES.map((l) => formatMessage(ruleId, { messageId, args }, l));

  it('writes dates as each language does', () => {
    assert.deepEqual(LOCALES.map((l) => formatInstant('2021-11-15T23:46:00.000Z', l)), ['2021-11-15T23:46:00Z', '2021年11月15日 23:46 UTC']);
    assert.deepEqual(both('date-future', 'future', { instant: '2031-01-05T07:21:47.000Z' }), [
      'The date 2031-01-05T07:21:47Z is in the future: Hexo sorts the post above every other (and hides it when "future: false"). A scraped article cannot be from the future; check the year.',
      '日期 2031年1月5日 07:21:47 UTC 在未来：Hexo 会把这篇文章排在所有文章之前（设置了“future: false”时则会隐藏它）。抓取的文章不可能来自未来，请检查年份。',
    ]);
  });

  it("names fields by the archive's words in Chinese, and unknown keys as written", () => {
    assert.deepEqual(both('headimg-boilerplate', 'remove', { field: 'thumbnail' }), ['Remove thumbnail', '删除缩略图']);
    assert.deepEqual(both('url-insecure', 'insecure', { field: 'cover' }).map((t) => t.slice(0, 12)), ['"cover" load', '“cover”通过不加密']);
  });

  it('says the schema types and the invisible characters in each language', () => {
    assert.deepEqual(both('field-type', 'wrongTypeMapping', { field: 'categories', expected: 'string | string[]' }), [
      '"categories" should be text or a list of texts, but it is a mapping.',
      '分类应为文本或文本列表，但现在是键值映射。',
    ]);
    assert.deepEqual(both('invisible-character', 'several', { chars: 'U+200B, U+200D, U+3164' }).map((t) => t.slice(0, t.indexOf(')') + 1 || t.indexOf('）') + 1)), [
      'Invisible characters (zero-width space, zero-width joiner, and U+3164)',
      '不可见字符（零宽空格、零宽连接符和U+3164）',
    ]);
  });

  it('fills a message given as an argument in the same language', () => {
    const args = { value: '@大道无形', char: '@', consequence: { messageId: 'hexoFails' } };
    assert.deepEqual(both('yaml-syntax', 'reservedStart', args), [
      'YAML reserves "@" at the start of a value. Quote the value: "@大道无形". Hexo cannot read this front matter: the post loses its title, date and categories.',
      'YAML 不允许值以“@”开头。请给这个值加上引号：“@大道无形”。Hexo 无法读取此 Front-matter：文章会丢失标题、日期和分类。',
    ]);
  });

  it('shows an id no catalog knows as itself rather than nothing', () => {
    assert.equal(formatMessage('no-such-rule', { messageId: 'gone' }, 'zh-cn'), 'no-such-rule/gone');
  });
});

describe('rule messages: the engine', () => {
  const rejection = (rule: Rule) => {
    const problems = runRules([rule], article);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].ruleId, RULE_ERROR_ID);
    return { messageId: problems[0].messageId, args: problems[0].args };
  };

  it('rejects a message id the rule does not declare', () => {
    assert.deepEqual(rejection(lonely('says-other', { found: 'Found.' }, { start: 0, end: 1, messageId: 'fuond' })), {
      messageId: 'undeclaredMessage', args: { rule: 'says-other', messageId: 'fuond' },
    });
    // A fix title is a message too.
    assert.deepEqual(rejection(lonely('bad-title', { found: 'Found.' }, { start: 0, end: 1, messageId: 'found', fix: { messageId: 'fixIt', edits: [{ start: 0, end: 1, newText: '' }] } })), {
      messageId: 'undeclaredMessage', args: { rule: 'bad-title', messageId: 'fixIt' },
    });
  });

  it('rejects args that leave a placeholder empty or give it the wrong kind of value', () => {
    const messages = { found: 'Found {what} at {instant:date}. {why}', why: 'Because {reason}.' };
    const at = { start: 0, end: 1, messageId: 'found' };
    assert.deepEqual(rejection(lonely('short', messages, { ...at, args: { instant: '2021-11-26T07:21:47Z', why: 'x' } })).args,
      { rule: 'short', messageId: 'found', reason: 'no value for {what}' });
    assert.deepEqual(rejection(lonely('not-a-date', messages, { ...at, args: { what: 'x', instant: 'soon', why: 'x' } })).args,
      { rule: 'not-a-date', messageId: 'found', reason: '{instant:date} is not an ISO instant' });
    assert.deepEqual(rejection(lonely('nested', messages, { ...at, args: { what: 'x', instant: '2021-11-26T07:21:47Z', why: { messageId: 'why' } } })).args,
      { rule: 'nested', messageId: 'found', reason: '{why}: no value for {reason}' });
    assert.deepEqual(rejection(lonely('nested-unknown', messages, { ...at, args: { what: 'x', instant: '2021-11-26T07:21:47Z', why: { messageId: 'who' } } })).args,
      { rule: 'nested-unknown', messageId: 'found', reason: '{why}: the undeclared message "who"' });
    const fine = runRules([lonely('fine', messages, { ...at, args: { what: 'x', instant: '2021-11-26T07:21:47Z', why: { messageId: 'why', args: { reason: 'y' } } } })], article);
    const say = (m: Message): string => fillTemplate(messages[m.messageId as keyof typeof messages], m.args, 'en', say);
    assert.deepEqual(fine.map((p) => [p.ruleId, say(p)]), [['fine', 'Found x at 2021-11-26T07:21:47Z. Because y.']]);
  });

  it("says its own rejection in Chinese too", () => {
    const p = runRules([lonely('says-other', { found: 'Found.' }, { start: 0, end: 1, messageId: 'fuond' })], article)[0];
    assert.equal(formatMessage(p.ruleId, p, 'zh-cn'), '规则“says-other”在此文件上报告了它没有声明的消息“fuond”，因此这里缺少它的检查结果。请附上此文件报告这个问题。');
  });
});

describe('rule messages: every problem of the fixtures and seeds', () => {
  it('reads as whole text in both languages, its fix title too (Chinese with Chinese words)', () => {
    const seeds = path.join(REPO, 'seeds');
    const texts = [
      ...ruleFixtures().map((f) => ({ name: path.relative(REPO, f.file), text: f.text, config: f.config })),
      ...fs.readdirSync(seeds).map((n) => ({ name: `seeds/${n}`, text: fs.readFileSync(path.join(seeds, n), 'utf8'), config: undefined })),
    ];
    const seen = new Set<string>();
    const bad: string[] = [];
    for (const { name, text, config } of texts) {
      for (const p of problemsOf(text, config).problems) {
        const said = [p, ...(p.fix ? [p.fix] : [])].flatMap((m) => LOCALES.map((l) => ({ l, id: `${p.ruleId}/${m.messageId}`, text: formatMessage(p.ruleId, m, l) })));
        for (const s of said) {
          seen.add(s.id);
          if (/\{[A-Za-z]\w*(:\w+)?\}/.test(s.text) || s.text === s.id || (s.l === 'zh-cn' && !CJK.test(s.text))) bad.push(`${name}: ${s.l} ${s.id}: ${s.text}`);
        }
      }
    }
    assert.deepEqual(bad, []);
    assert.ok(seen.size > 40, `${seen.size} message ids said`);
  });
});
