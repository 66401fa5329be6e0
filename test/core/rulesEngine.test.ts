import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/article';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import { RULE_ERROR_ID, rules, runRules, validateArticle } from '../../src/core/rules/index';
import { formatMessage } from '../../src/core/rules/messages';
import type { Rule } from '../../src/core/rules/types';
import type { Problem } from '../../src/core/problem';
import { FIXTURE_NOW, REPO } from './ruleFixtures';

const article = parseArticle("---\ntitle: 'x'\ndate: 2021-11-26T07:21:47Z\n---\n<p>x</p>\n");
const english = (p: Problem) => formatMessage(p.ruleId, p, 'en');

describe('rule engine', () => {
  it('turns a throwing rule into one problem naming it, and keeps the other rules', () => {
    const throwing: Rule = { id: 'boom', severity: 'error', fixable: false, description: 'd', scope: 'file', messages: {}, check: () => { throw new Error('bad'); } };
    const ok: Rule = { id: 'fine', severity: 'hint', fixable: false, description: 'd', scope: 'file', messages: { m: 'm' }, check: (_a, report) => report({ start: 0, end: 3, messageId: 'm' }) };
    const problems = runRules([throwing, ok], article);
    assert.deepEqual(problems.map((p) => [p.ruleId, p.severity, p.start, p.end, p.data]), [
      [RULE_ERROR_ID, 'warning', 0, 0, { rule: 'boom' }],
      ['fine', 'hint', 0, 3, undefined],
    ]);
    assert.match(english(problems[0]), /"boom" failed \(bad\)/);
  });

  it('drops every finding of a rule that reports a range outside the text or an invalid fix', () => {
    const wild: Rule = {
      id: 'wild', severity: 'warning', fixable: true, description: 'd', scope: 'file', messages: { m: 'm' },
      check: (_a, report) => {
        report({ start: 0, end: 1, messageId: 'm' });
        report({ start: 5, end: 1_000_000, messageId: 'm' });
      },
    };
    const badFix: Rule = {
      id: 'bad-fix', severity: 'warning', fixable: true, description: 'd', scope: 'file', messages: { m: 'm', t: 't' },
      check: (_a, report) => report({ start: 0, end: 1, messageId: 'm', fix: { messageId: 't', edits: [{ start: 3, end: 2, newText: '' }] } }),
    };
    const problems = runRules([wild, badFix], article);
    assert.deepEqual(problems.map((p) => [p.ruleId, p.data?.rule]), [[RULE_ERROR_ID, 'wild'], [RULE_ERROR_ID, 'bad-fix']]);
  });

  it('applies configured severities and "off", and keeps default-off rules off', () => {
    const text = fs.readFileSync(path.join(REPO, 'seeds/zoneless-date.md'), 'utf8');
    const a = parseArticle(text);
    const ids = (cfg?: string) => validateArticle(a, cfg ? readArchiveConfig(cfg).config : undefined, { now: FIXTURE_NOW }).map((p) => `${p.ruleId}:${p.severity}`);
    assert.deepEqual(ids(), ['front-matter-displaced:info', 'trailing-space:hint', 'date-zoneless:info']);
    assert.deepEqual(ids('{"rules":{"trailing-space":"off","date-zoneless":"error","front-matter-displaced":{"severity":"warning"}}}'), [
      'front-matter-displaced:warning', 'date-zoneless:error',
    ]);
    assert.deepEqual(ids('{"rules":{"date-style":"warning"}}'), ['front-matter-displaced:info', 'trailing-space:hint', 'date-style:warning', 'date-zoneless:info']);
  });

  it('runs only the requested scopes (the editor reuses front-matter results)', () => {
    const a = parseArticle(fs.readFileSync(path.join(REPO, 'seeds/nunjucks-raw.md'), 'utf8'));
    assert.deepEqual([...new Set(validateArticle(a, undefined, { scopes: ['body'] }).map((p) => p.ruleId))], ['nunjucks-raw']);
    assert.ok(!validateArticle(a, undefined, { scopes: ['frontMatter'] }).some((p) => p.ruleId === 'nunjucks-raw'));
  });

  it('documents every rule in the README table, where diagnostics link to', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Rules'));
    for (const r of rules) assert.ok(section.includes(`<a id="${r.id}"></a>\`${r.id}\``), `README has no row for ${r.id}`);
  });

  it('has unique kebab-case ids and one-line descriptions', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of rules) {
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.description.length > 10 && !r.description.includes('\n'), r.id);
    }
  });

  it("reports the seed's problems with these exact ranges, messages and fixes", () => {
    const text = fs.readFileSync(path.join(REPO, 'seeds/000_e84b391c27bbb68a.txt'), 'utf8');
    const a = parseArticle(text);
    const problems = validateArticle(a, undefined, { now: FIXTURE_NOW });
    const shown = problems.map((p) => ({ rule: p.ruleId, severity: p.severity, range: a.lines.rangeOf(p.start, p.end), text: text.slice(p.start, p.end) }));
    assert.deepEqual(shown, [
      { rule: 'front-matter-displaced', severity: 'info', range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' },
      { rule: 'trailing-space', severity: 'hint', range: { start: { line: 3, character: 11 }, end: { line: 3, character: 12 } }, text: ' ' },
      { rule: 'headimg-boilerplate', severity: 'warning', range: { start: { line: 7, character: 9 }, end: { line: 7, character: 71 } }, text: "'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'" },
      { rule: 'headimg-boilerplate', severity: 'warning', range: { start: { line: 11, character: 11 }, end: { line: 11, character: 73 } }, text: "'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'" },
    ]);
    assert.equal(english(problems[0]), 'The front matter starts after 1 blank line. Hexo reads it, but gray-matter, markdownlint and most editors see no metadata in this file. Delete what comes before the opening "---" (Fix All in Archive does it for every post at once).');
    assert.deepEqual(problems[0].fix?.edits, [{ start: 0, end: 1, newText: '' }]);
    assert.equal(english(problems[2]), '"headimg" is the site\'s promo image (the one in the body\'s app/QR-code block), not a picture of this article. The article has no image of its own: remove the line.');
    // Removing headimg deletes exactly its line.
    const edit = problems[2].fix!.edits[0];
    assert.equal(text.slice(edit.start, edit.end), "headimg: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'\n");
  });
});

describe('incremental validation (the editor while typing)', () => {
  it('re-runs front-matter rules only when the text before the body or the configuration changes', async () => {
    const { IncrementalValidation } = await import('../../src/core/rules/incremental');
    const calls = { frontMatter: 0, body: 0 };
    const head: Rule = { id: 'head', severity: 'info', fixable: false, description: 'counts front-matter runs', scope: 'frontMatter', messages: { h: 'h' }, check: (_a, report) => { calls.frontMatter++; report({ start: 0, end: 3, messageId: 'h' }); } };
    const body: Rule = { id: 'body', severity: 'info', fixable: false, description: 'counts body runs', scope: 'body', messages: { b: 'b' }, check: (a, report) => { calls.body++; report({ start: a.bodyStart, end: a.bodyStart + 1, messageId: 'b' }); } };
    const v = new IncrementalValidation([head, body]);
    const text = "---\ntitle: 'x'\n---\n<p>body</p>\n";
    v.validate(parseArticle(text));
    const typed = v.validate(parseArticle(text.replace('body', 'body typed')));
    assert.deepEqual(calls, { frontMatter: 1, body: 2 });
    assert.deepEqual(typed.map((p) => [p.ruleId, p.start]), [['head', 0], ['body', 19]]);
    v.validate(parseArticle(text.replace("'x'", "'y'")));
    assert.deepEqual(calls, { frontMatter: 2, body: 3 });
    v.validate(parseArticle(text.replace("'x'", "'y'")), readArchiveConfig('{}').config);
    assert.deepEqual(calls, { frontMatter: 3, body: 4 });
  });

  it('gives the same problems as a full validation', async () => {
    const { IncrementalValidation } = await import('../../src/core/rules/incremental');
    const v = new IncrementalValidation();
    for (const name of fs.readdirSync(path.join(REPO, 'seeds'))) {
      const a = parseArticle(fs.readFileSync(path.join(REPO, 'seeds', name), 'utf8'));
      const strip = (ps: ReturnType<typeof validateArticle>) => ps.map((p) => `${p.ruleId}@${p.start}-${p.end}`).sort();
      assert.deepEqual(strip(v.validate(a, undefined, FIXTURE_NOW)), strip(validateArticle(a, undefined, { now: FIXTURE_NOW })), name);
    }
  });
});
