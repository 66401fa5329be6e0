/**
 * What `vsce package` would put in the .vsix, as `npx @vscode/vsce ls --no-dependencies` lists
 * it: only what runs and what the marketplace page shows, and everything package.json points
 * at. Needs the build (`npm test` builds first): dist/extension.js must exist to be listed.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/** Shapes of the files that may ship; anything else in the list is a mistake. */
const SHIPPED = [
  /^package\.json$/,
  /^package\.nls(\.[a-z-]+)?\.json$/,
  /^(README(\.zh-cn)?|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^dist\/(extension|archiveWorker)\.js$/,
  /^dist\/web\/extension\.js$/,
  /^media\/[\w.-]+\.(js|css|svg|png)$/,
  /^l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/,
  /^schemas\/[\w.-]+\.json$/,
  /^docs\/images\/walkthrough\/(zh-cn\/)?[\w.-]+\.png$/,
];

function vsceList(): string[] {
  // vsce walks the whole work tree (the test host in .vscode-test/ included): it takes a while.
  const out = execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.split('\n').map((l) => l.trim()).filter((l) => l !== '').sort();
}

const nlsFiles = ['package.nls.json', 'package.nls.zh-cn.json'].map((f) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as Record<string, string>);

/**
 * Every file path package.json refers to: main, icon, l10n, schemas, view and walkthrough media;
 * a `%key%` (the walkthrough's pictures, one set per language) as each package.nls file has it.
 */
function referencedFiles(manifest: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    const keyed = typeof value === 'string' ? /^%(.+)%$/.exec(value) : null;
    if (keyed) {
      for (const nls of nlsFiles) visit(nls[keyed[1]], key);
    } else if (typeof value === 'string') {
      if (/^(\.\/)?(dist|media|schemas|docs)\/[^*]+\.\w+$/.test(value) && ['main', 'browser', 'icon', 'url', 'image', 'markdown', 'light', 'dark', 'path'].includes(key)) {
        found.add(path.posix.normalize(value));
      }
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(manifest, '');
  return [...found].sort();
}

describe('the .vsix contents (vsce ls)', function () {
  this.timeout(180_000);
  let files: string[] = [];
  before(() => {
    files = vsceList();
  });

  it('lists only shipped kinds of files: no source, test, seed, bench, script or map', () => {
    assert.deepEqual(files.filter((f) => !SHIPPED.some((re) => re.test(f))), []);
    assert.deepEqual(files.filter((f) => /^(src|test|seeds|bench|scripts|node_modules|\.vscode-test)\/|\.(map|ts)$/.test(f)), []);
  });

  it('holds the extension, its manifest texts in both languages, the icon and the notices', () => {
    const required = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'README.md', 'README.zh-cn.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/archiveWorker.js', 'dist/web/extension.js', 'media/icon.png'];
    assert.deepEqual(required.filter((f) => !files.includes(f)), []);
  });

  it('holds every file package.json points at', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    const referenced = referencedFiles(manifest);
    assert.ok(referenced.includes('dist/extension.js') && referenced.includes('media/icon.png'), referenced.join(', '));
    assert.ok(referenced.includes('docs/images/walkthrough/preview.png') && referenced.includes('docs/images/walkthrough/zh-cn/preview.png'), referenced.join(', '));
    assert.deepEqual(referenced.filter((f) => !files.includes(f)), []);
  });
});
