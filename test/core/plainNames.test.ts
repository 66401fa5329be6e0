/**
 * Names that come from files (front-matter keys and values, configured field names, HTML
 * entity names, command-line words) are looked up as themselves, never on Object.prototype:
 * the audit of issue 12 §7 over every object used as a map, each case reproduced first.
 * And js-yaml's merge key no longer sets a prototype (GHSA-mh29-5h37-fv8m), so the index and
 * `check` read the same title.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import { parseArticle } from '../../src/core/article/article';
import { decodeEntities } from '../../src/core/clean/entities';
import { validateArticle } from '../../src/core/rules/index';
import { formatMessage } from '../../src/core/rules/messages';
import { runCli } from './cliRun';

const NOW = { now: new Date('2024-01-01T00:00:00Z') };
const post = (frontMatter: string) => `---\ntitle: A post\ndate: 2021-11-15 23:46:59 +08:00\n${frontMatter}---\n<p>Body</p>\n`;
const messages = (text: string, configText = '{}') =>
  validateArticle(parseArticle(text), readArchiveConfig(configText).config, NOW).map((p) => `${p.ruleId}: ${formatMessage(p.ruleId, p, 'en')}`);

describe('names from files are plain names', () => {
  it('field-type: "comments: constructor" is a text, not a YAML 1.1 boolean', () => {
    // It said 'Write function Object() { [native code] }.'
    assert.deepEqual(messages(post('comments: constructor\n')), ['field-type: "comments" should be true or false, but it is the text "constructor".']);
    assert.deepEqual(messages(post('comments: toString\n')), ['field-type: "comments" should be true or false, but it is the text "toString".']);
  });

  it('field-type: a configured field the post lacks is not found on the prototype', () => {
    // `valueOf` in every object: it was checked as present, a function of the wrong type.
    assert.deepEqual(messages(post(''), '{"fields":{"valueOf":{"type":"string"},"hasOwnProperty":{"type":"url"}}}'), []);
  });

  it('required-field: a required "toString" gets the generic consequence, not a function', () => {
    assert.deepEqual(messages(post(''), '{"fields":{"toString":{"required":true}}}'), [
      'required-field: The front matter has no "toString". The archive configuration requires it. Add a "toString:" line.',
    ]);
  });

  it('entity names: &constructor; stays as written, as a browser leaves an unknown name', () => {
    assert.equal(decodeEntities('A &constructor; B &toString; C &valueOf; &amp;'), 'A &constructor; B &toString; C &valueOf; &');
  });

  it('the command line: toString is no command, --constructor no option', async () => {
    const command = await runCli(['toString']);
    assert.equal(command.code, 2);
    assert.equal(command.err.split('\n')[0], 'news-archive: unknown command "toString"');
    const option = await runCli(['check', '--constructor', 'x', '.']);
    assert.equal(option.code, 2);
    assert.equal(option.err.split('\n')[0], 'news-archive check: unknown option --constructor');
  });

  it('a YAML merge of {"__proto__": …} gives no title to the index that check says is missing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-proto-'));
    try {
      const file = path.join(dir, 'merge.md');
      fs.writeFileSync(file, '---\n<<: {"__proto__": {"title": "Polluted"}}\ndate: 2021-11-15 23:46:59 +08:00\n---\n<p>Body</p>\n');
      const index = await runCli(['index', file, '--format', 'json']);
      assert.equal(index.code, 0);
      const [record] = JSON.parse(index.out) as { title?: string }[];
      assert.equal(record.title, undefined);
      const check = await runCli(['check', file]);
      assert.match(check.out, /merge\.md:1:1 error required-field The front matter has no "title"\./);
      assert.equal(({} as Record<string, unknown>).title, undefined, 'the prototype of every object was changed');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
