/**
 * Every user-facing text exists in English and Simplified Chinese: package.json contributions
 * through package.nls*.json, runtime strings through l10n/bundle.l10n.zh-cn.json (VS Code's
 * `vscode.l10n.t` and the CLI's `t`). `node scripts/l10n.mjs` fixes most of what fails here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { countedMessages, l10nMessages, localizableStrings, sourceMessages } from '../../scripts/l10n.mjs';
import { COUNTED } from '../../src/core/countWords';

const root = path.resolve(__dirname, '../../..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const manifest = readJson('package.json');
const nls = readJson('package.nls.json');
const nlsZh = readJson('package.nls.zh-cn.json');
const bundleZh = readJson('l10n/bundle.l10n.zh-cn.json');

const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
const commandLinks = (text: string): string[] => text.match(/\]\(command:[^)]*\)/g) ?? [];

describe('localisation (en, zh-cn)', () => {
  const strings = localizableStrings(manifest);

  it('finds the user-facing strings of package.json', () => {
    const keys = strings.map((s) => s.key);
    for (const key of ['displayName', 'category', 'command.validateArchive.title', 'config.validate.scope.enum.openFiles', 'view.articles.name']) {
      assert.ok(keys.includes(key), key);
    }
  });

  it('leaves no user-facing package.json string unlocalised', () => {
    const plain = strings.filter((s) => !/^%[^%]+%$/.test(s.value)).map((s) => `${s.at.join('.')}: ${s.value}`);
    assert.deepEqual(plain, [], 'run `node scripts/l10n.mjs` to move them into package.nls.json');
  });

  it('has every %key% in package.nls.json and package.nls.zh-cn.json, with the same command links', () => {
    const keys = [...new Set(strings.map((s) => s.value.slice(1, -1)))];
    assert.deepEqual(keys.filter((k) => typeof nls[k] !== 'string'), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter((k) => typeof nlsZh[k] !== 'string' || nlsZh[k] === ''), [], 'missing in package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(nlsZh).filter((k) => !keys.includes(k)), [], 'unused in package.nls.zh-cn.json');
    const broken = keys.filter((k) => JSON.stringify(commandLinks(String(nls[k]))) !== JSON.stringify(commandLinks(String(nlsZh[k]))));
    assert.deepEqual(broken, [], 'a translation changed a command link');
  });

  it('translates every runtime message of src/ into zh-cn, keeping its {n} placeholders', () => {
    const messages = sourceMessages(path.join(root, 'src'));
    assert.ok(messages.length > 50, `found ${messages.length} messages`);
    assert.deepEqual(messages.filter((m) => typeof bundleZh[m] !== 'string'), [], 'missing in l10n/bundle.l10n.zh-cn.json');
    assert.deepEqual(
      messages.filter((m) => JSON.stringify(placeholders(m)) !== JSON.stringify(placeholders(String(bundleZh[m])))),
      [],
      'placeholders differ',
    );
    assert.deepEqual(Object.keys(bundleZh).filter((m) => !messages.includes(m)), [], 'unused in l10n/bundle.l10n.zh-cn.json');
  });

  it('reads messages from every form of call the sources use', () => {
    const source = [
      "vscode.l10n.t('Open')",
      'vscode.l10n.t(\n    "Say \\"{0}\\"",\n    x)',
      "l10n.t(`Rename {0}`, a)",
      "vscode.l10n.t('It\\'s {0}', b)",
      "const t = vscode.l10n.t;\nreturn { a: t('Authors'), b: t('Open') };",
      "vscode.l10n.t(message)",
      "format('not a message')",
    ].join('\n');
    assert.deepEqual(l10nMessages(source), ['Open', 'Say "{0}"', 'Rename {0}', "It's {0}", 'Authors']);
    assert.deepEqual(l10nMessages("import { t } from './l10n';\nio.err(t('usage: {0}', u));"), ['usage: {0}']);
    assert.deepEqual(l10nMessages("at('x'); split('y')"), []);
  });

  it('takes both plural forms of every counted thing as messages (they reach l10n.t as data)', () => {
    const table = "export const COUNTED = {\n  article: { one: '{0} article', other: '{0} articles' },\n} as const satisfies Record<string, PluralForms>;";
    assert.deepEqual(countedMessages(table), ['{0} article', '{0} articles']);
    assert.deepEqual(countedMessages("const x = { one: 'a', other: 'b' };"), [], 'only the table of counted things');
    const messages = sourceMessages(path.join(root, 'src'));
    const forms = Object.values(COUNTED).flatMap((f) => [f.one, f.other]);
    assert.deepEqual(forms.filter((f) => !messages.includes(f)), []);
  });
});
