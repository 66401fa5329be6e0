/**
 * The README's settings table is generated from package.json (scripts/settingsTable.mjs), and
 * every setting is complete: a description, a default, a scope, and a description per choice.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { END, READMES, settingsTable, START, withSettingsTable } from '../../scripts/settingsTable.mjs';

const root = path.resolve(__dirname, '../../..');
const read = (f: string): string => fs.readFileSync(path.join(root, f), 'utf8');
const manifest = JSON.parse(read('package.json')) as { contributes: { configuration: unknown } };

interface Setting {
  default?: unknown;
  scope?: string;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
}

function settings(): [string, Setting][] {
  const c = manifest.contributes.configuration;
  const sections = (Array.isArray(c) ? c : [c]) as { title?: string; properties?: Record<string, Setting> }[];
  return sections.flatMap((s) => Object.entries(s.properties ?? {}));
}

describe('settings and the README', () => {
  it('has the README tables (English and Chinese) exactly as package.json makes them', () => {
    for (const r of READMES) {
      const readme = read(r.file);
      const texts = JSON.parse(read(r.nls)) as Record<string, string>;
      assert.equal(withSettingsTable(readme, settingsTable(manifest, texts, r.header)), readme, `${r.file}: run \`node scripts/settingsTable.mjs\``);
    }
  });

  it('renders choices, defaults and setting links as table cells', () => {
    const table = settingsTable({
      contributes: {
        configuration: {
          properties: {
            'newsArchive.b': { type: 'string', default: 'x', scope: 'resource', markdownDescription: '%b%', enum: ['x', 'y'], markdownEnumDescriptions: ['%bx%', 'Why | not'], order: 2 },
            'newsArchive.a': { type: 'boolean', default: true, description: 'See #newsArchive.b#\nthen', order: 1 },
          },
        },
      },
    }, { b: 'Pick one.', bx: 'Ex.' });
    assert.equal(table, [
      '| Setting | Default | Scope | What it does |',
      '| --- | --- | --- | --- |',
      '| `newsArchive.a` | `true` | window | See newsArchive.b then |',
      '| `newsArchive.b` | `"x"` | resource | Pick one. `x`: Ex. `y`: Why \\| not |',
    ].join('\n'));
    assert.throws(() => withSettingsTable('no markers', table), new RegExp(START.slice(0, 20)));
    assert.ok(END.startsWith('<!--'));
  });

  it('gives every setting a description, a default, a resource or window scope, and described choices', () => {
    const incomplete = settings().flatMap(([name, s]) => {
      const missing: string[] = [];
      if (!s.description && !s.markdownDescription) missing.push('description');
      if (!('default' in s)) missing.push('default');
      if (s.scope !== 'resource' && s.scope !== 'window') missing.push('scope');
      const choices = s.markdownEnumDescriptions ?? s.enumDescriptions;
      if (s.enum && (!choices || choices.length !== s.enum.length)) missing.push('enum descriptions');
      return missing.length ? [`${name}: ${missing.join(', ')}`] : [];
    });
    assert.deepEqual(incomplete, []);
    assert.ok(settings().every(([name]) => name.startsWith('newsArchive.')));
  });
});
