/**
 * What ships is audited (scripts/auditBundle.mjs): every dependency is a devDependency, bundled;
 * the packages inside the shipped bundles are listed from esbuild's metafile; and exactly those
 * reach `npm audit`, which fails on an advisory. The registry here is a local one that answers
 * as the npm registry's bulk advisory endpoint does, replaying the published advisory
 * GHSA-mh29-5h37-fv8m for js-yaml, because this machine's proxy refuses that endpoint (405).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { REPO } from './ruleFixtures';

interface BundledPackage {
  path: string;
  name: string;
  version: string;
  bundles: string[];
}

interface AuditResult {
  status: 'clean' | 'advisories' | 'unaudited';
  advisories: { name: string; version: string; path: string; title: string; url: string; severity: string; range: string }[];
  reason?: string;
}

interface AuditScript {
  bundledPackages(cwd?: string): Promise<BundledPackage[]>;
  auditPackages(packages: BundledPackage[], options: { registry?: string }): Promise<AuditResult>;
}

// Loaded at run time, not bundled into this test: the script drives esbuild, which must stay
// the installed package.
const script = (): Promise<AuditScript> => import(pathToFileURL(path.join(REPO, 'scripts/auditBundle.mjs')).href) as Promise<AuditScript>;

/** GHSA-mh29-5h37-fv8m as the advisory database publishes it (the id is this test's own). */
const JS_YAML_ADVISORY = {
  id: 1,
  url: 'https://github.com/advisories/GHSA-mh29-5h37-fv8m',
  title: 'js-yaml has prototype pollution in merge (<<)',
  severity: 'moderate',
  vulnerable_versions: '<3.14.2 || >=4.0.0 <4.1.1',
  cwe: ['CWE-1321'],
  cvss: { score: 5.3, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N' },
};

/** A registry answering the bulk advisory request (and the packument npm then reads), or 405 to everything. */
function registry(mode: 'advisories' | 'refuse'): Promise<{ url: string; requests: Record<string, string[]>[]; close(): void }> {
  const requests: Record<string, string[]>[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (mode === 'refuse') {
        res.statusCode = 405;
        res.setHeader('allow', 'GET,HEAD');
        res.end();
      } else if (req.method === 'POST' && req.url === '/-/npm/v1/security/advisories/bulk') {
        const body = JSON.parse(zlib.gunzipSync(Buffer.concat(chunks)).toString('utf8')) as Record<string, string[]>;
        requests.push(body);
        res.end(JSON.stringify(body['js-yaml'] ? { 'js-yaml': [JS_YAML_ADVISORY] } : {}));
      } else if (req.url === '/js-yaml') {
        const versions = ['3.14.1', '3.14.2', '4.0.0', '4.1.0', '4.1.1'];
        res.end(JSON.stringify({
          name: 'js-yaml',
          'dist-tags': { latest: '4.1.1' },
          versions: Object.fromEntries(versions.map((v) => [v, { name: 'js-yaml', version: v, dist: { tarball: `http://127.0.0.1/js-yaml-${v}.tgz` } }])),
        }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, requests, close: () => server.close() });
    });
  });
}

describe('the shipped bundles, audited', function () {
  this.timeout(120_000);
  let packages: BundledPackage[];
  let advisoryRequests: Record<string, string[]>[];
  let now: AuditResult;
  let before41: AuditResult;
  let refused: AuditResult;
  const previous = [{ path: 'node_modules/js-yaml', name: 'js-yaml', version: '4.1.0', bundles: ['dist/cli.js'] }];

  before(async () => {
    const { auditPackages, bundledPackages } = await script();
    packages = await bundledPackages();
    const answering = await registry('advisories');
    const refusing = await registry('refuse');
    try {
      // Three npm processes at once: each mostly waits for npm to start.
      [now, before41, refused] = await Promise.all([
        auditPackages(packages, { registry: answering.url }),
        auditPackages(previous, { registry: answering.url }),
        auditPackages(packages.slice(0, 2), { registry: refusing.url }),
      ]);
      advisoryRequests = answering.requests;
    } finally {
      answering.close();
      refusing.close();
    }
  });

  it('ships no dependency outside the bundles: package.json declares devDependencies only', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
      assert.equal(manifest[field], undefined, field);
    }
  });

  it('lists the packages inside each shipped bundle, at their install paths', () => {
    const byPath = new Map(packages.map((p) => [p.path, p]));
    assert.deepEqual(byPath.get('node_modules/js-yaml'), { path: 'node_modules/js-yaml', name: 'js-yaml', version: '4.1.1', bundles: ['dist/extension.js', 'dist/cliMain.js', 'dist/archiveWorker.js', 'dist/web/extension.js'] });
    assert.deepEqual(byPath.get('node_modules/morphdom')?.bundles, ['media/preview.js']);
    // Two versions of one package, each where it is installed.
    assert.equal(byPath.get('node_modules/parse5/node_modules/entities')?.name, 'entities');
    // What only builds, tests or packages is not inside.
    for (const tool of ['esbuild', 'typescript', 'mocha', 'fast-check', 'playwright-core', '@vscode/vsce']) {
      assert.ok(!packages.some((p) => p.name === tool), tool);
    }
  });

  it('sends exactly those to the advisory service, and passes when none is affected', () => {
    const sorted = (r: Record<string, string[]>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [...v].sort()]).sort(([a], [b]) => (a < b ? -1 : 1)));
    const expected: Record<string, string[]> = {};
    for (const p of packages) if (!(expected[p.name] ??= []).includes(p.version)) expected[p.name].push(p.version);
    const ours = advisoryRequests.map(sorted).find((r) => Object.keys(r).length > 1);
    assert.deepEqual(ours, sorted(expected));
    assert.deepEqual(now, { status: 'clean', advisories: [] });
  });

  it('fails on a known advisory: the js-yaml 4.1.0 the bundles held before', () => {
    assert.deepEqual(before41, {
      status: 'advisories',
      advisories: [{
        name: 'js-yaml',
        version: '4.1.0',
        path: 'node_modules/js-yaml',
        title: 'js-yaml has prototype pollution in merge (<<)',
        url: 'https://github.com/advisories/GHSA-mh29-5h37-fv8m',
        severity: 'moderate',
        range: '<3.14.2 || >=4.0.0 <4.1.1',
      }],
    });
  });

  it('says it could not audit when the registry refuses, rather than passing', () => {
    assert.equal(refused.status, 'unaudited');
    assert.match(refused.reason ?? '', /405 Method Not Allowed - POST http:\/\/127\.0\.0\.1:\d+\/-\/npm\/v1\/security\/advisories\/bulk/);
  });
});
