// The esbuild builds of this project, shared by scripts/build.mjs (which runs them) and
// scripts/auditBundle.mjs (which lists the packages inside what ships). `shipped` are the
// bundles the .vsix carries; the rest are the tests and benchmarks, built from the same code.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** Whether the package holding `importer` declares, in its `browser` field, that it needs no `name` there. */
const browserFields = new Map();
function browserDropped(importer, name) {
  for (let dir = path.dirname(importer); dir.includes('node_modules'); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!browserFields.has(file)) browserFields.set(file, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined);
    const pkg = browserFields.get(file);
    if (pkg) return typeof pkg.browser === 'object' && pkg.browser !== null && pkg.browser[name] === false;
  }
  return false;
}

/**
 * The web build's guard: a Node built-in (`node:fs`, `fs`, `worker_threads`, …) fails the build,
 * naming the file that imports it, because a web worker extension host has none. `node:path`
 * alone resolves to src/web/posixPath.ts: in the browser every archive path is a URI's path. A
 * package whose `browser` field maps the module to `false` (gray-matter's `fs`, postcss's) gets
 * esbuild's empty module, as its authors declare it safe there.
 */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_\/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!args.path.startsWith('node:') && !NODE_BUILTINS.has(name)) return undefined;
      if (!args.path.startsWith('node:') && browserDropped(args.importer, name)) return undefined;
      if (name === 'path' || name === 'path/posix') return { path: path.resolve('src/web/posixPath.ts') };
      return {
        errors: [{
          text: `"${args.path}" is a Node built-in, imported by ${path.relative(process.cwd(), args.importer) || args.importer}: ` +
            'the web build (dist/web/extension.js) runs in a web worker without Node. Reach files through FileAccess ' +
            '(src/core/files/fileAccess.ts) and keep Node-only code out of what src/web/extension.ts imports.',
        }],
      };
    });
  },
};

/** The web worker build's options: browser platform, CommonJS for the web extension host, no Node. */
export function webBuild(options = {}) {
  const c = common(options);
  return {
    ...c,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    // The core's byte-level reader names the global Buffer; a web worker has none.
    inject: [path.resolve('src/web/bufferShim.ts')],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noNodeBuiltins],
    entryPoints: ['src/web/extension.ts'],
    outfile: 'dist/web/extension.js',
  };
}

export function common({ release = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !release,
    minify: release,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  };
}

/** Node's `assert` in the web worker tests: the strict subset in test/web/assertShim.ts. */
const assertShim = {
  name: 'assert-shim',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: path.resolve('test/web/assertShim.ts') }));
  },
};

/**
 * The web host tests (scripts/host/runWebTests.mjs): their runner and tests, built as the web
 * extension is (mocha's browser build inside, no Node), and the provider extension that serves
 * their workspace from the Node extension host.
 */
function webTestBuilds(options) {
  const web = webBuild(options);
  return [
    { ...web, external: ['vscode'], plugins: [assertShim, ...web.plugins], entryPoints: ['test/web/index.ts'], outfile: 'dist/test/web/index.js' },
    { ...common(options), entryPoints: ['test/web/provider/extension.ts'], outfile: 'dist/test/web/provider/extension.js' },
    // The web index benchmark's side in the web worker (bench/webIndex.bench.ts).
    { ...web, entryPoints: ['bench/host/indexRun.ts'], outfile: 'dist/bench/web/indexRun.js' },
  ];
}

/** Every `*.test.ts` under a folder, as esbuild entry points. */
function testEntries(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/**
 * The command line: dist/cli.js, small, answers a warm `check --cache` alone (src/cli.ts), and
 * loads dist/cliMain.js beside it for everything else. Both are bundles of their own.
 */
export function cliBuilds(c, dir) {
  return [
    { ...c, entryPoints: ['src/cli.ts'], outfile: path.join(dir, 'cli.js'), banner: { js: '#!/usr/bin/env node' } },
    { ...c, entryPoints: ['src/cli/commandLine.ts'], outfile: path.join(dir, 'cliMain.js') },
  ];
}

/** What the .vsix ships: the extension (Node and web), the command line and the webviews' page scripts. */
export function shipped(options = {}) {
  const c = common(options);
  const page = { ...c, platform: 'browser', format: 'iife', target: 'es2022' };
  return [
    { ...c, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
    ...cliBuilds(c, 'dist'),
    // The archive workers' script: the scan, the counts, Validate and Fix All off the host's thread.
    { ...c, entryPoints: ['src/workers/archiveWorker.ts'], outfile: 'dist/archiveWorker.js' },
    // The web extension (package.json `browser`): github.dev, vscode.dev, the web worker extension host.
    webBuild(options),
    // The webviews' page scripts (src/webview/page.ts is the pattern they share).
    { ...page, entryPoints: ['src/preview/webview/main.ts'], outfile: 'media/preview.js' },
    { ...page, entryPoints: ['src/hygiene/webview/main.ts'], outfile: 'media/stats.js' },
  ].filter((b) => b.entryPoints.every((e) => fs.existsSync(e)));
}

/** Everything: what ships, then the tests and benchmarks (not in a release build). */
export function builds(options = {}) {
  const c = common(options);
  const all = [
    ...shipped(options),
    { ...c, entryPoints: testEntries('test/core'), outdir: 'dist/test/core' },
    { ...c, entryPoints: testEntries('test/host'), outdir: 'dist/test/host' },
    { ...c, entryPoints: testEntries('test/installed'), outdir: 'dist/test/installed' },
    { ...c, entryPoints: testEntries('test/restricted'), outdir: 'dist/test/restricted' },
    // jsdom (Readability's DOM in bench/cleanQuality.bench.ts) resolves files at run time: not bundled.
    { ...c, external: [...c.external, 'jsdom'], entryPoints: testEntries('bench'), outdir: 'dist/bench' },
    ...webTestBuilds(options),
  ];
  return all
    .filter((b) => (b.entryPoints.length ?? 0) > 0 && b.entryPoints.every((e) => fs.existsSync(e)))
    .filter((b) => !options.release || !b.outdir);
}
