/**
 * The web build (dist/web/extension.js, package.json `browser`): it loads in a bare JavaScript
 * context, as a web worker extension host has it (no `require` of Node built-ins, no `process`,
 * no `Buffer`); the build fails on a Node built-in; and what stands in for Node there (the POSIX
 * `path`, the UTF-8 `Buffer`) answers as Node does, down to the index entries read from seeds/.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { spawnSync } from 'node:child_process';
import { entryFromBytes } from '../../src/core/index/records/entryFromBytes';
import { StringPool } from '../../src/core/index/records/stringPool';
import { Buffer as WebBufferStatics, WebBuffer } from '../../src/web/bufferShim';
import * as posixPath from '../../src/web/posixPath';

const REPO = path.resolve(__dirname, '../../..');
const BUNDLE = path.join(REPO, 'dist/web/extension.js');

/** Anything, callable and constructable, any property of it again the same: a stand-in `vscode`. */
function anything(): unknown {
  const target = function () { /* stand-in */ };
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy as object,
    // esbuild's namespace import copies a module onto an object made from its prototype.
    getPrototypeOf: () => proxy as object,
  });
  return proxy;
}

describe('the web build', () => {
  it('loads in a context with no Node: only `vscode` is given to it, and it exports activate and deactivate', () => {
    const source = fs.readFileSync(BUNDLE, 'utf8');
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const sandbox = {
      module, exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id === 'vscode') return anything();
        throw new Error(`the web build required ${id}`);
      },
      // What a web worker has.
      console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL,
      URLSearchParams, crypto: globalThis.crypto, btoa, atob, performance, structuredClone,
    };
    vm.runInNewContext(source, sandbox, { filename: BUNDLE });
    // gray-matter is required on its first use (core/article/hexoReading.ts), not at load: the
    // probes of its js-yaml 3 for 'buffer' and 'esprima' (in a try/catch, doing without them when
    // the require throws, as it throws in the web worker host) come with the first front matter read.
    assert.deepEqual([...new Set(required)].sort(), ['vscode']);
    assert.equal(typeof module.exports.activate, 'function');
    assert.equal(typeof module.exports.deactivate, 'function');
  });

  it('fails to build when a Node built-in is pulled in, naming the importer; node:path becomes the POSIX stand-in', function () {
    this.timeout(15_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-build-'));
    try {
      fs.writeFileSync(path.join(dir, 'bad.ts'), "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
      fs.writeFileSync(path.join(dir, 'good.ts'), "import * as path from 'node:path';\nexport const x = path.join('/a', 'b');\n");
      // esbuild runs in its own process: its API cannot be bundled into this test.
      const script = `
        import { spawnSync } from 'node:child_process';
        import * as esbuild from 'esbuild';
        import { webBuild } from './scripts/bundles.mjs';
        const o = { ...webBuild(), write: false, logLevel: 'silent', sourcemap: false, outfile: ${JSON.stringify(path.join(dir, 'out.js'))} };
        const out = {};
        try { await esbuild.build({ ...o, entryPoints: [${JSON.stringify(path.join(dir, 'bad.ts'))}] }); out.bad = 'built'; } catch (e) { out.bad = e.message; }
        const r = await esbuild.build({ ...o, entryPoints: [${JSON.stringify(path.join(dir, 'good.ts'))}], metafile: true });
        out.inputs = Object.keys(r.metafile.inputs);
        console.log(JSON.stringify(out));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { bad: string; inputs: string[] };
      assert.match(out.bad, /"node:fs" is a Node built-in, imported by .*bad\.ts/);
      assert.ok(out.inputs.some((f) => f.endsWith('src/web/posixPath.ts')), out.inputs.join(', '));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("POSIX path answers as Node's path.posix", () => {
    const cases = ['/a/b/c.md', '/a/b/', '/', 'a', 'a/b', '/a//b/../c', '', '.', '/a/./b', '/文章/2024/新闻.md'];
    for (const p of cases) {
      assert.equal(posixPath.dirname(p), path.posix.dirname(p), `dirname ${p}`);
      assert.equal(posixPath.basename(p), path.posix.basename(p), `basename ${p}`);
      assert.equal(posixPath.extname(p), path.posix.extname(p), `extname ${p}`);
      if (p) assert.equal(posixPath.normalize(p), path.posix.normalize(p), `normalize ${p}`);
    }
    for (const [a, b] of [['/a/b', 'c.md'], ['/a/b/', '../c'], ['/', 'x'], ['a', ''], ['/a', '/b']]) {
      assert.equal(posixPath.join(a, b), path.posix.join(a, b), `join ${a} ${b}`);
    }
    for (const [a, b] of [['/a/b', '/a/b/c/d.md'], ['/a/b', '/a/x'], ['/a', '/a'], ['/', '/x/y']]) {
      assert.equal(posixPath.relative(a, b), path.posix.relative(a, b), `relative ${a} ${b}`);
    }
  });

  it("the UTF-8 Buffer answers as Node's Buffer for what the byte reader asks", () => {
    const text = '---\ntitle: 新闻\n---\n正文 来源：新华社 来源 end';
    const node = Buffer.from(text);
    const web = WebBufferStatics.from(text);
    assert.ok(web instanceof WebBuffer);
    assert.equal(WebBufferStatics.byteLength(text), Buffer.byteLength(text));
    const needle = Buffer.from('来源').subarray(1);
    for (let from = 0; from < node.length; from += 3) {
      assert.equal(web.indexOf(needle, from), node.indexOf(needle, from), `indexOf from ${from}`);
      assert.equal(web.indexOf(10, from), node.indexOf(10, from));
      assert.equal(web.toString('utf8', from), node.toString('utf8', from), `toString from ${from}`);
    }
    assert.equal(web.subarray(4).toString(), node.subarray(4).toString());
    assert.ok(web.subarray(4) instanceof WebBuffer);
    assert.throws(() => web.toString('latin1'), /UTF-8 only/);
  });

  it('gives the index the same entries from seeds/ through the web Buffer as through Node\'s', () => {
    const seeds = path.join(REPO, 'seeds');
    const files = fs.readdirSync(seeds).filter((f) => /\.(md|html|txt)$/.test(f)).sort();
    assert.ok(files.length > 5);
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(seeds, f));
      const a = entryFromBytes(`/seeds/${f}`, bytes, 1, bytes.length, new StringPool());
      const b = entryFromBytes(`/seeds/${f}`, WebBufferStatics.from(new Uint8Array(bytes)) as unknown as Buffer, 1, bytes.length, new StringPool());
      assert.deepEqual(JSON.parse(JSON.stringify(b)), JSON.parse(JSON.stringify(a)), f);
    }
  });
});
