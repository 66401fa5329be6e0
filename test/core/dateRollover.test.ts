/**
 * Dates and empty values read as Hexo reads them (issue 12 §5): a date naming a month, day or
 * time that does not exist is an error naming it and the instant Hexo uses instead (checked
 * against hexo-front-matter itself); `title: ~` and `title: null` are no title.
 */
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article/article';
import { validateArticle } from '../../src/core/rules/index';
import { formatMessage } from '../../src/core/rules/messages';
import type { Problem } from '../../src/core/problem';
import { hexoDate, hexoRead } from './hexoOracle';

const NOW = new Date('2026-01-01T00:00:00Z');

const post = (lines: string) => `---\n${lines}\ncategories:\n - 新闻\n---\n<p>正文</p>\n`;

function problems(text: string): Problem[] {
  return validateArticle(parseArticle(text), undefined, { now: NOW });
}

function only(text: string, ruleId: string): Problem {
  const found = problems(text).filter((p) => p.ruleId === ruleId);
  assert.equal(found.length, 1, `${ruleId} on ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0];
}

describe('date-invalid: dates that do not exist', () => {
  it('names month 13, day 45, hour 25 and minute 61, and the instant js-yaml rolls them into', () => {
    const text = post('title: 甲\ndate: 2021-13-45 25:61:00');
    const p = only(text, 'date-invalid');
    assert.equal(p.severity, 'error');
    assert.equal(text.slice(p.start, p.end), '2021-13-45 25:61:00');
    assert.equal(
      formatMessage(p.ruleId, p, 'en'),
      '"2021-13-45 25:61:00" is not a real date: There is no month 13. Month 13 of 2021 has no day 45. There is no hour 25. There is no minute 61. js-yaml rolls it over, so Hexo dates the post 2022-02-15T02:01:00Z. Write the date that was meant.',
    );
    assert.equal(
      formatMessage(p.ruleId, p, 'zh-cn'),
      '“2021-13-45 25:61:00”不是真实存在的日期：没有 13 月。2021 年 13 月没有 45 日。没有 25 时。没有 61 分。js-yaml 会把多出的部分进位，Hexo 因此把文章日期定为 2022年2月15日 02:01 UTC。请写上原本的日期。',
    );
    // The instant named is the one Hexo itself gets.
    assert.equal(hexoDate(hexoRead(text).data?.date)?.toISOString(), '2022-02-15T02:01:00.000Z');
    assert.equal(p.args?.instant, '2022-02-15T02:01:00.000Z');
  });

  it('is not reported as a zone-less date, a future date or a style question', () => {
    const kinds = problems(post('title: 甲\ndate: 2021-13-45 25:61:00')).map((p) => p.ruleId);
    assert.ok(!kinds.includes('date-zoneless') && !kinds.includes('date-future'), kinds.join());
  });

  const cases: [string, string, string][] = [
    ['2021-02-29 10:00:00', 'Month 2 of 2021 has no day 29.', '2021-03-01T10:00:00.000Z'],
    ['2021-04-31T08:00:00+08:00', 'Month 4 of 2021 has no day 31.', '2021-05-01T00:00:00.000Z'],
    ['2021-01-01T24:00:00Z', 'There is no hour 24.', '2021-01-02T00:00:00.000Z'],
    ['2021-11-26 07:21:60', 'There is no second 60.', '2021-11-26T07:22:00.000Z'],
    ['Tue, 31 Feb 2021 10:00:00 GMT', 'Month 2 of 2021 has no day 31.', '2021-03-03T10:00:00.000Z'],
    ['2021-00-10', 'There is no month 0.', '2020-12-10T00:00:00.000Z'],
  ];
  for (const [written, sentence, instant] of cases) {
    it(`"${written}": ${sentence}`, () => {
      const text = post(`title: 甲\ndate: ${written}`);
      const p = only(text, 'date-invalid');
      assert.ok(formatMessage(p.ruleId, p, 'en').includes(sentence), formatMessage(p.ruleId, p, 'en'));
      assert.equal(p.args?.instant, instant);
      assert.equal(hexoDate(hexoRead(text).data?.date)?.toISOString(), instant);
    });
  }

  for (const real of ['2020-02-29 10:00:00', '2021-12-31T23:59:59Z', 'Mon, 15 Nov 2021 23:46:59 GMT', '2021-1-5 9:05:00']) {
    it(`leaves the real date "${real}" alone`, () => {
      assert.deepEqual(problems(post(`title: 甲\ndate: ${real}`)).filter((p) => p.ruleId === 'date-invalid'), []);
    });
  }
});

describe('required-field: ~ and null are no value', () => {
  for (const value of ['~', 'null', 'Null', 'NULL']) {
    it(`"title: ${value}" is a missing title, at the value`, () => {
      const text = post(`title: ${value}\ndate: 2021-11-26T07:21:47Z`);
      // Hexo's own reading: no title.
      assert.equal(hexoRead(text).data?.title, null);
      const p = only(text, 'required-field');
      assert.equal(p.messageId, 'nullTitle');
      assert.equal(text.slice(p.start, p.end), value);
      assert.equal(
        formatMessage(p.ruleId, p, 'en'),
        `The title is "${value}", which YAML reads as no value: Hexo lists the post with an empty title. Write the title, or quote it if "${value}" is the title.`,
      );
      assert.ok(formatMessage(p.ruleId, p, 'zh-cn').startsWith(`标题写的是“${value}”`));
    });
  }

  it('"date: ~" is a missing date', () => {
    const p = only(post('title: 甲\ndate: ~'), 'required-field');
    assert.equal(p.messageId, 'nullDate');
  });

  it("a quoted '~' is a title", () => {
    assert.deepEqual(problems(post("title: '~'\ndate: 2021-11-26T07:21:47Z")).filter((p) => p.ruleId === 'required-field'), []);
  });
});
