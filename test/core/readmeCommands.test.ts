/**
 * The README's Commands section names every command a user can find in the Command Palette, so
 * the page cannot fall behind package.json.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../..');

interface Manifest {
  contributes: { commands: { command: string; title: string }[]; menus?: { commandPalette?: { command: string; when?: string }[] } };
}

describe('README commands', () => {
  it('lists every command shown in the palette, by its English title', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as Manifest;
    const nls = JSON.parse(fs.readFileSync(path.join(repo, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n## ', readme.indexOf('## Commands') + 1));
    const hidden = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
    const title = (t: string) => t.replace(/^%(.+)%$/, (_m, key: string) => nls[key] ?? t);
    const missing = manifest.contributes.commands
      .filter((c) => !hidden.has(c.command))
      .map((c) => title(c.title))
      .filter((t) => {
        // "Group Articles by Category / Date / …" rows name several commands at once.
        const [head, last] = [t.replace(/ \S+$/, ''), t.split(' ').pop() ?? ''];
        return !section.includes(t) && !(section.includes(head) && section.includes(last));
      });
    assert.deepEqual(missing, []);
  });
});
