/** The rules' cheap line scan of simple front matter agrees with the YAML parser wherever it is used. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/article';
import { parsedView, scannedEntries } from '../../src/core/rules/entries';
import { REPO, ruleFixtures } from './ruleFixtures';
import { CORPUS } from './corpusFolder';

function agree(text: string): boolean {
  const article = parseArticle(text);
  const scanned = scannedEntries(article);
  if (!scanned) return false;
  const parsed = parsedView(article);
  assert.deepEqual(parsed.issues.filter((i) => i.code !== 'DUPLICATE_KEY'), [], `the scan took front matter the parser rejects:\n${article.yaml}`);
  assert.deepEqual(scanned, parsed.entries, article.yaml);
  return true;
}

describe('front-matter line scan', function () {
  // Thousands of generated cases: generous on a busy machine (seconds when idle).
  this.timeout(180_000);
  it('gives the parser\'s entries for every seed, fixture and corpus post it reads', () => {
    const texts = [
      ...fs.readdirSync(path.join(REPO, 'seeds')).map((n) => fs.readFileSync(path.join(REPO, 'seeds', n), 'utf8')),
      ...ruleFixtures().map((f) => f.text),
    ];
    const corpus = CORPUS;
    if (fs.existsSync(corpus)) {
      for (const n of fs.readdirSync(corpus)) if (n.endsWith('.md') && n !== 'README.md') texts.push(fs.readFileSync(path.join(corpus, n), 'utf8'));
    } else {
      console.log('    (../shared/corpus absent: corpus posts skipped)');
    }
    const scanned = texts.filter(agree).length;
    // Most real posts take the cheap path: that is the point of it.
    assert.ok(scanned >= texts.length * 0.7, `${scanned} of ${texts.length}`);
  });

  it('agrees with the parser on random lines of the shapes it accepts or must refuse', () => {
    const scalar = fc.constantFrom("'a''b'", '"x y"', 'plain text', 'a:b', 'a #b', 'a # c', 'x: y', '@at', '`x`', '- dash', "'open", '"q\\"', '[a, b]', '{a: 1}', '|', '>-', 'true', '2021-11-26 07:21:47', '', '!tag', '&a', '*a', '%p', '? k', 'a\tb', '💪', 'ok:', 'x\ry', "'a\tb'");
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('title', 'categories', 'date', 'x-y', '_k'), fc.constantFrom(': ', ':', ':   '), scalar).map(([k, c, v]) => `${k}${c}${v}`),
      fc.tuple(fc.constantFrom(' ', '    ', '\t', ''), scalar).map(([i, v]) => `${i}- ${v}`),
      fc.constantFrom('', '   ', '# comment', '  continued', 'key:value'),
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, crlf) => {
        const text = `---\n${lines.join('\n')}\n---\nbody\n`;
        if (agree(crlf ? text.replace(/\n/g, '\r\n') : text)) taken++;
      }),
      { numRuns: 3000 },
    );
    // Both paths must really be exercised.
    assert.ok(taken > 300 && taken < 2700, `the scan took ${taken} of 3000`);
  });
});
