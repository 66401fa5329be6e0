/**
 * The preview page's pure parts, in plain Node: the scroll map between source offsets and page
 * coordinates, and the card's date in each language.
 */
import * as assert from 'node:assert/strict';
import { formatHeaderDate } from '../../src/preview/webview/formatDate';
import { monotonic, offsetAtTop, topOfOffset } from '../../src/preview/webview/scrollMap';
import type { PreviewHeader } from '../../src/preview/messages';

describe('preview page: scroll map', () => {
  // A wrapper div at offset 1 (same top as its first paragraph), three paragraphs, the body's end.
  const anchors = monotonic([
    { offset: 1, top: 160 }, { offset: 7, top: 160 }, { offset: 40, top: 200 }, { offset: 90, top: 300 },
    // A block a rule moved up the page, out of source order: left out.
    { offset: 20, top: 320 },
    { offset: 120, top: 340 },
  ]);

  it('keeps the anchors whose offsets and tops both go down the page', () => {
    assert.deepEqual(anchors.map((a) => a.offset), [1, 7, 40, 90, 120]);
  });

  it('maps a page coordinate to the source offset, between anchors linearly, -1 above the body', () => {
    assert.deepEqual([0, 159, 160, 180, 200, 250, 340, 900].map((y) => offsetAtTop(anchors, y)), [-1, -1, 7, 24, 40, 65, 120, 120]);
  });

  it('maps a source offset to a page coordinate, the front matter to the top', () => {
    assert.deepEqual([-5, 0, 7, 24, 40, 65, 120, 500].map((o) => Math.round(topOfOffset(anchors, o))), [0, 160, 160, 181, 200, 250, 340, 340]);
    assert.equal(topOfOffset([], 30), 0);
  });

  it('is its own inverse at every anchor', () => {
    for (const a of anchors.slice(1)) assert.equal(offsetAtTop(anchors, topOfOffset(anchors, a.offset)), a.offset);
  });
});

describe('preview page: the card\'s date', () => {
  const header = (date: string | undefined, raw: string, zoneless = false): PreviewHeader => ({
    title: 't', date, dateRaw: raw, zoneless, author: undefined, categories: [], source: undefined, writer: undefined, editor: undefined, originalTitle: undefined,
  });
  const seed = header('2021-11-15T23:46:59.000Z', 'Mon, 15 Nov 2021 23:46:59 GMT');

  it('is written as Chinese writes dates in zh-cn, as the display language does otherwise', () => {
    assert.equal(formatHeaderDate(seed, 'zh-cn', 'UTC'), '2021年11月15日 23:46');
    assert.equal(formatHeaderDate(seed, 'zh-cn', 'Asia/Shanghai'), '2021年11月16日 07:46');
    assert.equal(formatHeaderDate(header('2022-07-09T01:04:00.000Z', 'x'), 'zh-cn', 'UTC'), '2022年7月9日 01:04');
    assert.equal(formatHeaderDate(seed, 'en', 'UTC'), 'Nov 15, 2021, 11:46 PM');
    assert.equal(formatHeaderDate(seed, 'en-gb', 'UTC'), '15 Nov 2021, 23:46');
    assert.equal(formatHeaderDate(seed, 'not a tag!', 'UTC'), 'Nov 15, 2021, 11:46 PM');
  });

  it('shows a date without a zone, or one that does not parse, as written', () => {
    assert.equal(formatHeaderDate(header('2021-11-26T07:21:47.000Z', '2021-11-26 07:21:47', true), 'zh-cn', 'UTC'), '2021-11-26 07:21:47');
    assert.equal(formatHeaderDate(header(undefined, 'yesterday'), 'en', 'UTC'), 'yesterday');
  });
});
