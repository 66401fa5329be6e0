/**
 * One reader of 来源, 撰文, 责任编辑 and 原标题 (src/core/article/source.ts): the index's source,
 * the preview card's facts and what the cleaner removes from the preview agree, with every
 * separator the archive writes.
 */
import { strict as assert } from 'node:assert';
import { parseArticle } from '../../src/core/article/article';
import { findBylines, findSource, readByline } from '../../src/core/article/source';
import { cleanArticleText, cleanBody } from '../../src/core/clean';
import { articleRecord } from '../../src/core/index/articleRecord';
import { findSourceInBytes } from '../../src/core/index/records/bodySource';
import { previewContent } from '../../src/preview/previewContent';

const SEPARATORS = ['：', ':', '丨', '|', '｜', ' ', '　', ' ： ', ' | ', '&nbsp;'];

describe('bylines: one reader for the index, the card and Clean Article', () => {
  for (const sep of SEPARATORS) {
    it(`reads 来源${sep}新华社 the same in the index, the card and the cleaner`, () => {
      const body = `\n<div><p>正文第一段。</p>\n<p>来源${sep}新华社</p>\n<p>撰文${sep}王小明</p>\n<p>责任编辑${sep}李四</p>\n</div>\n`;
      const text = `---\ntitle: 测试\ndate: 2021-11-15 23:46:59\n---\n${body}`;
      const article = parseArticle(text);
      assert.equal(findSource(article.body), '新华社');
      assert.deepEqual(findBylines(article.body), { source: '新华社', writer: '王小明', editor: '李四' });
      assert.equal(articleRecord('a.md', article).source, '新华社');
      assert.equal(findSourceInBytes(Buffer.from(text), Buffer.byteLength(text.slice(0, article.bodyStart))), '新华社');
      const card = previewContent(article, { view: 'cleaned', images: 'block' }).header;
      assert.deepEqual([card.source, card.writer, card.editor], ['新华社', '王小明', '李四']);
      // The preview shows them on the card, not twice: the paragraphs leave the cleaned body.
      const cleaned = cleanBody(article.body);
      assert.equal(cleaned.html, '\n<div><p>正文第一段。</p>\n</div>\n');
      assert.deepEqual(cleaned.removed.map((r) => `${r.rule}:${r.count}`), ['byline:3']);
      // Clean Article keeps them in the file, where the index and the card read them.
      const { edit } = cleanArticleText(article);
      assert.equal(edit, undefined);
    });
  }

  it('reads the original title after a separator or blanks', () => {
    assert.deepEqual(readByline('原标题：北京召开人才工作会议'), { field: 'originalTitle', value: '北京召开人才工作会议' });
    assert.deepEqual(readByline('原标题 北京召开人才工作会议'), { field: 'originalTitle', value: '北京召开人才工作会议' });
    assert.deepEqual(findBylines('<p>原标题丨标题甲</p><p>正文</p>'), { originalTitle: '标题甲' });
  });

  it('does not take prose for a byline', () => {
    for (const line of ['来源于民间的智慧', '来源 不明的消息称，某地发生地震。', '责任编辑', '来源：', `来源：${'长'.repeat(81)}`]) {
      assert.equal(readByline(line), undefined, line);
    }
    assert.equal(findSource('<p>据悉来源：不是行首</p>'), undefined);
    assert.equal(findSource('<p>来源于民间</p><p>来源：后者</p>'), '后者');
  });

  it('reads a line through inline formatting and stops at any other tag', () => {
    assert.equal(findSource('<p>来源：<span class="x">新华社</span></p>'), '新华社');
    assert.equal(findSource('<p>来源：新华社<br>记者 张三</p>'), '新华社');
    assert.equal(findSource('<p>来源：<a href="https://x.cn/">新华社</a></p>'), undefined);
  });

  it('keeps a byline paragraph the reader does not read the same (nothing leaves the body that the card lacks)', () => {
    // The paragraph's text is one byline, but the line the body's reader sees stops at <code>.
    const body = '<p>来源：<code>新华社</code></p>';
    assert.deepEqual(cleanBody(body).removed, []);
    assert.deepEqual(cleanBody(body).meta, {});
  });
});
