/**
 * Commands as package.json contributes them: in the palette under "News Archive", an icon
 * wherever a menu shows one, and tree-item commands (which need the item) out of the palette.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Command { command: string; title: string; category?: string; icon?: string }
interface MenuItem { command?: string; when?: string; group?: string }
interface Manifest { contributes: { commands: Command[]; menus: Record<string, MenuItem[]> } }

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const english = (s: string | undefined): string | undefined => (s && /^%.+%$/.test(s) ? nls[s.slice(1, -1)] : s);
const { commands, menus } = manifest.contributes;

describe('package.json commands', () => {
  it('are all in the category "News Archive"', () => {
    assert.deepEqual(commands.filter((c) => english(c.category) !== 'News Archive').map((c) => c.command), []);
  });

  it('have an icon wherever a menu shows icons (title bars, inline item actions)', () => {
    const shown = Object.entries(menus).flatMap(([menu, items]) => items
      .filter((i) => i.command && (menu === 'editor/title' || (menu === 'view/title' && i.group?.startsWith('navigation')) || i.group === 'inline'))
      .map((i) => i.command as string));
    assert.ok(shown.length > 0);
    assert.deepEqual(shown.filter((id) => !commands.find((c) => c.command === id)?.icon), []);
  });

  it('keep tree-item commands out of the palette and give every palette entry a condition', () => {
    const palette = menus.commandPalette ?? [];
    const treeItems = commands.filter((c) => c.command.startsWith('newsArchive.tree.')).map((c) => c.command);
    assert.ok(treeItems.length > 0);
    assert.deepEqual(treeItems.filter((id) => palette.find((p) => p.command === id)?.when !== 'false'), []);
    assert.deepEqual(palette.filter((p) => !p.when).map((p) => p.command), []);
  });

  it("tick the current grouping and order in the Articles view's … menu, one entry for each choice", () => {
    // `when` clauses of the form `a == b && c != d`, as the view/title entries write them.
    const holds = (when: string | undefined, context: Record<string, string>): boolean => (when ?? '').split('&&').every((clause) => {
      const m = /^\s*([\w.]+)\s*(==|!=)\s*([\w.]+)\s*$/.exec(clause);
      assert.ok(m, `unexpected clause "${clause}"`);
      return (context[m[1]] === m[3]) === (m[2] === '==');
    });
    const choices = { 'newsArchive.tree.groupBy': ['Category', 'Date', 'Source', 'Author'], 'newsArchive.tree.sortBy': ['Date', 'Title'] };
    const verb = (key: string) => (key.endsWith('groupBy') ? 'groupBy' : 'sortBy');
    for (const [key, values] of Object.entries(choices)) {
      for (const current of values) {
        const context = { view: 'newsArchive.articles', [key]: current.toLowerCase() };
        const shown = menus['view/title'].filter((i) => i.command?.startsWith(`newsArchive.${verb(key)}`) || i.command?.startsWith(`newsArchive.tree.${verb(key)}`))
          .filter((i) => holds(i.when, context)).map((i) => i.command);
        assert.deepEqual(shown, values.map((v) => (v === current ? `newsArchive.tree.${verb(key)}${v}.current` : `newsArchive.${verb(key)}${v}`)));
        const ticked = commands.find((c) => c.command === `newsArchive.tree.${verb(key)}${current}.current`);
        const plain = commands.find((c) => c.command === `newsArchive.${verb(key)}${current}`);
        assert.equal(english(ticked?.title), `✓ ${english(plain?.title)}`);
      }
    }
  });
});
