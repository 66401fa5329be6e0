/**
 * `check --format sarif|github|junit`: SARIF validated against the SARIF 2.1.0 JSON schema
 * (test/fixtures/sarif/, with ajv), regions in UTF-16 code units, rules with help URLs, fixes;
 * GitHub workflow commands escaped as the runner reads them; JUnit failing exactly on errors.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeData, escapeProperty } from '../../src/core/report/githubAnnotations';
import { ruleCatalog } from '../../src/core/report/ruleCatalog';
import type { SarifLog } from '../../src/core/report/sarif';
import { REPO } from './ruleFixtures';
import { runCliIn } from './cliRun';
import { sarifErrors } from './sarifSchema';

function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-formats-'));
  fs.mkdirSync(path.join(dir, 'posts'));
  for (const n of ['yaml-at-title.md', 'comments-no.md', 'crlf.md', 'bom.md']) fs.copyFileSync(path.join(REPO, 'seeds', n), path.join(dir, 'posts', n));
  // An astral emoji before a trailing space: its column in UTF-16 units is one more than in code points.
  fs.writeFileSync(path.join(dir, 'posts', 'emoji, a:b.md'), '---\ntitle: 标题\ndate: 2021-11-26 07:21:47+08:00\nauthor: 😀作者 \n---\n<p>正文</p>\n');
  return dir;
}

describe('news-archive check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema: one run, every rule with its help URL', async () => {
    const dir = archive();
    const r = await runCliIn(dir, ['check', 'posts', '--format', 'sarif', '--lang', 'en']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out) as SarifLog;
    assert.equal(sarifErrors(log), null);
    // The schema does reject what code scanning would: a level SARIF does not have, a 0th line.
    const broken = JSON.parse(r.out) as SarifLog;
    (broken.runs[0].results[0] as { level: string }).level = 'fatal';
    broken.runs[0].results[1].locations[0].physicalLocation.region!.startLine = 0;
    const errors = sarifErrors(broken);
    assert.equal(errors?.length, 2, JSON.stringify(errors));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.tool.driver.rules.map((x) => x.id), ruleCatalog().map((x) => x.id));
    for (const rule of run.tool.driver.rules) assert.equal(rule.helpUri, `https://github.com/news-archive-tools/news-archive-editor#${rule.id}`);
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex!].id, result.ruleId);
    assert.match(run.originalUriBaseIds!['%SRCROOT%'].uri, /^file:\/\/\/.*\/na-formats-[^/]+\/$/);
    assert.equal(run.language, 'en-US');
  });

  it('in Chinese: says so in run.language, describes the rules in Chinese and links each to its row in README.zh-cn.md', async () => {
    const r = await runCliIn(archive(), ['check', 'posts', '--format', 'sarif', '--lang', 'zh-cn']);
    const [run] = (JSON.parse(r.out) as SarifLog).runs;
    assert.equal(run.language, 'zh-CN');
    assert.equal(run.tool.driver.rules.find((x) => x.id === 'date-future')?.shortDescription.text, '日期在未来');
    assert.match(run.results.find((x) => x.ruleId === 'trailing-space')!.message.text, /[\u4e00-\u9fff]/);
    assert.deepEqual(
      run.tool.driver.rules.filter((x) => x.helpUri !== `https://github.com/news-archive-tools/news-archive-editor/blob/HEAD/README.zh-cn.md#${x.id}`).map((x) => x.helpUri),
      [],
    );
  });

  it('places results in 1-based lines and UTF-16 columns, relative to %SRCROOT%, with fixes', async () => {
    const dir = archive();
    const r = await runCliIn(dir, ['check', 'posts', '--format', 'sarif', '--lang', 'en']);
    const [run] = (JSON.parse(r.out) as SarifLog).runs;
    const at = (uri: string, ruleId: string) => run.results.filter((x) => x.ruleId === ruleId && x.locations[0].physicalLocation.artifactLocation.uri === uri);
    const [space] = at('posts/emoji%2C%20a%3Ab.md', 'trailing-space');
    assert.ok(space, JSON.stringify(run.results.map((x) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri])));
    assert.equal(space.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    // "author: " is 8 units, 😀 2, 作者 2: the space is the 13th UTF-16 unit (the 12th code point).
    assert.deepEqual(space.locations[0].physicalLocation.region, { startLine: 4, startColumn: 13, endLine: 4, endColumn: 14 });
    assert.equal(space.level, 'note');
    assert.deepEqual(space.fixes, [{
      description: { text: 'Delete the trailing whitespace' },
      artifactChanges: [{ artifactLocation: { uri: 'posts/emoji%2C%20a%3Ab.md', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 14 }, insertedContent: { text: '' } }] }],
    }]);
    const [yaml] = at('posts/yaml-at-title.md', 'yaml-syntax');
    assert.equal(yaml.level, 'error');
    assert.equal(yaml.locations[0].physicalLocation.region?.startLine, 3);
    assert.equal(yaml.locations[0].physicalLocation.region?.startColumn, 8);
    assert.match(yaml.partialFingerprints!['newsArchive/v1'], /^[0-9a-f]{16}:1$/);
    assert.equal(yaml.baselineState, undefined);
  });
});

describe('news-archive check --format github', () => {
  it('escapes data and properties as the workflow-command rules say', () => {
    assert.equal(escapeData('50% off\r\nnext: a,b'), '50%25 off%0D%0Anext: a,b');
    assert.equal(escapeProperty('posts/a,b:c%.md'), 'posts/a%2Cb%3Ac%25.md');
  });

  it('prints one annotation per problem: error, warning, notice, with 1-based lines and columns', async () => {
    const dir = archive();
    const r = await runCliIn(dir, ['check', 'posts', '--format', 'github', '--lang', 'en']);
    assert.equal(r.code, 1);
    const lines = r.out.split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=[^:]+::\S/.test(l)), r.out);
    assert.ok(lines.includes('::notice file=posts/emoji%2C a%3Ab.md,line=4,endLine=4,col=13,endColumn=13,title=news-archive trailing-space::Trailing space at the end of the line.'), r.out);
    assert.ok(lines.some((l) => l.startsWith('::error file=posts/yaml-at-title.md,line=3,endLine=3,col=8,')), r.out);
    assert.match(r.err, /problems \(1 error, /);
  });
});

describe('news-archive check --format junit', () => {
  it('makes one suite per file, one case per problem, a failure for each error, everything escaped', async () => {
    const dir = archive();
    // Its own body: the same body as another post would make it a duplicate-article (archive-wide).
    fs.writeFileSync(path.join(dir, 'posts', 'clean.md'), '---\ntitle: 干净\ndate: 2021-11-26 07:21:47+08:00\n---\n<p>另一篇干净的正文</p>\n');
    const r = await runCliIn(dir, ['check', 'posts', '--format', 'junit', '--lang', 'en']);
    assert.equal(r.code, 1);
    assert.match(r.out, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="news-archive check" tests="\d+" failures="1" errors="0">/);
    assert.equal((r.out.match(/<testsuite /g) ?? []).length, 6);
    assert.equal((r.out.match(/<failure /g) ?? []).length, 1);
    assert.match(r.out, /<failure type="yaml-syntax" message="YAML reserves &quot;@&quot; at the start of a value\./);
    assert.match(r.out, /<testsuite name="posts\/clean\.md" tests="1" failures="0" errors="0">\n {4}<testcase classname="posts\/clean\.md" name="news-archive check"\/>/);
    assert.doesNotMatch(r.out.replace(/<\/?[a-z?][^<>]*>/g, ''), /[<>]/);
  });
});
