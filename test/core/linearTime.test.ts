/**
 * Linear time on every input (issue 12 §6): every rule, the reading of the article and fix-all
 * on long runs of spaces, tabs, quotes, colons, dashes, brackets, braces and line breaks, in
 * every place a reader looks. No timing is asserted: the sizes are such that the whole test takes
 * about a second when every reader is linear, and the time limit below is what a backtracking
 * one runs into (a line of 30,000 tabs took 8 s in yaml-syntax's fix alone, 300,000 spaces
 * minutes). bench/linearTime.bench.ts prints the time per MB.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../src/core/article/article';
import { fixAll } from '../../src/core/rules/fixAll';
import { RULE_ERROR_ID, validateArticle } from '../../src/core/rules/index';
import { adversarialInputs } from './adversarialInputs';

const NOW = { now: new Date('2026-01-01T00:00:00Z') };

const units = ['  ', '\t', '"', "'", ':', ': ', '-', '- ', ' - ', '[', ']', '{', '{{', '{%', '}', '#', ' #', '\n', '\r\n', '\r', '\u3000', '\u00a0', '\u200b', '\\', '\\ ', '&', '*', '|', '>', '<img '];
const places: ((run: string) => string)[] = [
  (r) => `---\ntitle: a${r}x\ndate: 2021-11-26T07:21:47Z\n---\n<p>x</p>\n`,
  (r) => `---\ntitle: ${r}\n---\n<p>x</p>\n`,
  (r) => `---\ntitle: "a${r}\n---\n`,
  (r) => `---\ntitle: 'a${r}'\n---\n`,
  (r) => `---\ntitle: a\n${r}\n---\n`,
  (r) => `---\nkey${r}: v\n---\n`,
  (r) => `---\ntags:\n - a${r}\n - b\n---\n`,
  (r) => `---\ntitle: a\n${r}`,
  (r) => `${r}---\ntitle: a\n---\n`,
  (r) => `---${r}\ntitle: a\n---\n`,
  (r) => `---\ntitle: a\nheadimg: https://x.cn/qr.png\n---\n<p>${r}</p>\n`,
  (r) => `title: a${r}\n---\n`,
];

describe('linear time on every input (fast-check)', function () {
  // The bound a quadratic reader runs into; linear, the test takes about a second.
  this.timeout(30_000);

  it('every rule and fix-all get through long runs of one character anywhere, without failing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.integer({ min: 1000, max: 30_000 }), fc.constantFrom(...places), (unit, length, place) => {
        const text = place(unit.repeat(Math.ceil(length / unit.length)));
        const problems = validateArticle(parseArticle(text), undefined, NOW);
        assert.deepEqual(problems.filter((p) => p.ruleId === RULE_ERROR_ID), []);
        fixAll(text, undefined, NOW);
      }),
      { numRuns: 30 },
    );
  });

  for (const input of adversarialInputs) {
    it(`the benchmark's input "${input.name}" at 20,000 characters`, () => {
      const text = input.make(20_000);
      const problems = validateArticle(parseArticle(text), undefined, NOW);
      assert.deepEqual(problems.filter((p) => p.ruleId === RULE_ERROR_ID), []);
      fixAll(text, undefined, NOW);
    });
  }
});
