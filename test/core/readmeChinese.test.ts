/**
 * README.zh-cn.md is the whole README in Chinese, kept in step with README.md: each links to the
 * other from its top, and both name the same rules (the ids of the rule table), the same
 * palette commands (each by its title in its language, read from package.nls*.json), the same
 * settings and the same `news-archive` commands.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_DOCS_FILE, ruleCatalog, ruleHelpUri } from '../../src/core/report/ruleCatalog';
import { LOCALES } from '../../src/core/locale';

const repo = path.resolve(__dirname, '../../..');
const read = (f: string) => fs.readFileSync(path.join(repo, f), 'utf8');
const en = read('README.md');
const zh = read('README.zh-cn.md');

interface Manifest {
  contributes: { commands: { command: string; title: string }[]; menus?: { commandPalette?: { command: string; when?: string }[] } };
}
const manifest = JSON.parse(read('package.json')) as Manifest;
const nlsEn = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsZh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;

/** The text from a heading to the next heading of the same level. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `no section ${heading}`);
  const level = heading.split(' ')[0];
  const next = text.indexOf(`\n${level} `, start + heading.length + 2);
  return text.slice(start, next < 0 ? undefined : next);
}

/** The rule ids of the rules table: its rows' anchors. */
const ruleIds = (rules: string) => [...rules.matchAll(/^\| <a id="([a-z-]+)"><\/a>`\1`/gm)].map((m) => m[1]).sort();

/** The palette commands whose title (in `nls`) the section names. */
function commandsNamed(text: string, nls: Record<string, string>): string[] {
  const hidden = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
  return manifest.contributes.commands
    .filter((c) => !hidden.has(c.command))
    .filter((c) => {
      const title = c.title.replace(/^%(.+)%$/, (_m, key: string) => nls[key] ?? c.title);
      if (text.includes(`**${title}**`)) return true;
      // "Group Articles by Category / Date / …" rows name several commands at once.
      const [head, last] = [title.replace(/ \S+$/, ''), title.split(' ').pop() ?? ''];
      return head !== title && text.includes(`**${head}`) && text.includes(last);
    })
    .map((c) => c.command)
    .sort();
}

const settingsOf = (text: string) => [...new Set([...text.matchAll(/^\| `(newsArchive\.[\w.]+)` \|/gm)].map((m) => m[1]))].sort();
const cliCommandsOf = (text: string) => [...new Set([...text.matchAll(/^news-archive ([a-z]+) /gm)].map((m) => m[1]))].sort();

describe('README.zh-cn.md', () => {
  it('and README.md link to each other from their top lines', () => {
    assert.match(en.split('\n').slice(0, 4).join('\n'), /\[简体中文\]\(README\.zh-cn\.md\)/);
    assert.match(zh.split('\n').slice(0, 4).join('\n'), /\[English\]\(README\.md\)/);
  });

  it('has the same rules in its rule table as README.md', () => {
    const ids = ruleIds(section(en, '## Rules'));
    assert.ok(ids.length >= 20, `found ${ids.length} rules`);
    assert.deepEqual(ruleIds(section(zh, '## 规则')), ids);
  });

  it('has the row every rule link opens, in each language: the anchor of each rule id, once', () => {
    // A diagnostic's code.target opens RULE_DOCS_FILE[display language] in the .vsix at the rule's
    // anchor; the CLI's and SARIF's help URLs open the same file on the project's site.
    for (const locale of LOCALES) {
      const file = RULE_DOCS_FILE[locale];
      const text = read(file);
      const table = section(text, locale === 'en' ? '## Rules' : '## 规则');
      const missing = ruleCatalog().filter((r) => table.split(`<a id="${r.id}"></a>`).length !== 2).map((r) => r.id);
      assert.deepEqual(missing, [], `${file}: rules without exactly one anchor in its rule table`);
      for (const r of ruleCatalog()) {
        const url = new URL(ruleHelpUri(r.id, locale));
        assert.equal(url.hash, `#${r.id}`);
        assert.equal(decodeURIComponent(url.pathname).endsWith(`/blob/HEAD/${file}`), locale !== 'en', url.href);
      }
    }
    assert.equal(RULE_DOCS_FILE['zh-cn'], 'README.zh-cn.md');
  });

  it('names the same palette commands, each by its Chinese title', () => {
    const named = commandsNamed(section(en, '## Commands'), nlsEn);
    assert.ok(named.length >= 20, `found ${named.length} commands`);
    assert.deepEqual(commandsNamed(section(zh, '## 命令'), nlsZh), named);
  });

  it('has the same settings and the same command-line commands', () => {
    assert.ok(settingsOf(en).length >= 9);
    assert.deepEqual(settingsOf(zh), settingsOf(en));
    assert.deepEqual(cliCommandsOf(en), ['baseline', 'check', 'clean', 'fix', 'index', 'init', 'merge', 'rules', 'stats']);
    assert.deepEqual(cliCommandsOf(zh), cliCommandsOf(en));
  });

  it('is written in Chinese: no English paragraph left untranslated', () => {
    // Prose lines outside code blocks and tables: each holds Chinese.
    let inCode = false;
    const english: string[] = [];
    for (const line of zh.split('\n')) {
      if (line.startsWith('```')) inCode = !inCode;
      if (inCode || line.startsWith('|') || line.startsWith('<!--') || line.trim() === '' || line.startsWith('![')) continue;
      const words = line.replace(/`[^`]*`/g, '').replace(/\([^)]*\)/g, '');
      if (/[a-z]{3,}(?: [a-z]{3,}){4}/i.test(words) && !/[\u4e00-\u9fff]/.test(words)) english.push(line);
    }
    assert.deepEqual(english, []);
  });
});
