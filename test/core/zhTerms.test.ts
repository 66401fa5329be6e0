/**
 * The Chinese a user reads uses VS Code's own zh-cn words, one word for one thing. Each pair is
 * the word VS Code's Simplified Chinese language pack uses and the one it does not: in
 * `@codingame/monaco-vscode-language-pack-zh-hans` 25.1.2 (VS Code's zh-hans translations),
 * "validate/validation" is 验证 180 times and 校验 never; 工作区 538 times, 工作空间 never;
 * 命令面板 23, 命令选项板 never; 快速修复 25, 快速修正 never; "undo" 撤消 81, 撤销 6; it addresses
 * the user as 你 (198 times; 您 25).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/** [VS Code's word, the word that must not appear instead]. */
const VSCODE_TERMS: readonly (readonly [string, string])[] = [
  ['验证', '校验'],
  ['工作区', '工作空间'],
  ['命令面板', '命令选项板'],
  ['快速修复', '快速修正'],
  ['撤消', '撤销'],
  ['你', '您'],
];

/** Every file whose Chinese a user reads: the manifest's, the runtime bundle, the rule catalog, the CLI's, the README. */
function chineseSources(): string[] {
  const tsFiles = (dir: string): string[] => fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
  return [
    'README.zh-cn.md',
    'package.nls.zh-cn.json',
    ...fs.readdirSync(path.join(root, 'l10n')).filter((f) => f.endsWith('.zh-cn.json')).map((f) => `l10n/${f}`),
    'src/core/rules/messages.zh-cn.json',
    ...tsFiles('src'),
    ...fs.readdirSync(path.join(root, 'media')).filter((f) => f.endsWith('.js')).map((f) => `media/${f}`),
  ];
}

/** `file:line: word (use …)` for each line of `text` that holds a word of `terms` not to use. */
function offTerms(file: string, text: string, terms: readonly (readonly [string, string])[] = VSCODE_TERMS): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [use, avoid] of terms) if (line.includes(avoid)) found.push(`${file}:${i + 1}: ${avoid} (VS Code says ${use})`);
  });
  return found;
}

describe('zh-cn terms', () => {
  it('reads each file a user reads the Chinese of, the CLI and the rule catalog among them', () => {
    const files = chineseSources();
    for (const f of ['README.zh-cn.md', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'src/core/rules/messages.zh-cn.json', path.join('src', 'cli', 'l10n.ts')]) {
      assert.ok(files.includes(f), f);
    }
  });

  it('uses VS Code\'s words: 验证 for "validate", never 校验 (and 工作区, 命令面板, 快速修复, 撤消, 你)', () => {
    const found = chineseSources().flatMap((f) => offTerms(f, fs.readFileSync(path.join(root, f), 'utf8')));
    assert.deepEqual(found, []);
  });

  it('names the line and the word to use instead', () => {
    assert.deepEqual(offTerms('x.json', '{\n  "a": "校验归档",\n  "b": "在工作空间中"\n}'), [
      'x.json:2: 校验 (VS Code says 验证)',
      'x.json:3: 工作空间 (VS Code says 工作区)',
    ]);
    assert.deepEqual(offTerms('y.md', '验证归档'), []);
  });

  it('uses 验证 where the Chinese names validation', () => {
    const nlsZh = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.equal(nlsZh['command.validateArchive.title'], '验证归档');
    assert.match(fs.readFileSync(path.join(root, 'README.zh-cn.md'), 'utf8'), /\*\*验证归档\*\*/);
  });
});
