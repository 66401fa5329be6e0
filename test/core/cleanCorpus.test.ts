/**
 * The cleaner over every real post in ../shared/corpus (when present; it is never committed):
 * no rule fails, no reference is decoded into a raw brace, cleaning twice changes nothing, and
 * the only text that goes is boilerplate or text moved into the metadata.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'cheerio';
import { parseArticle } from '../../src/core/article/article';
import { cleanArticleText, cleanBody, detectProfile, feedNames } from '../../src/core/clean';
import { previewContent } from '../../src/preview/previewContent';
import { decodeEntities } from '../../src/core/clean/entities';
import { CORPUS } from './corpusFolder';

const corpus = CORPUS;
const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').sort() : [];

/** Rules whose removed text is boilerplate by construction, or moved into the metadata. */
const TEXT_REMOVING_RULES = new Set(['promo-blocks', 'video-blocks', 'editor-line', 'original-title', 'byline', 'hidden-elements', 'copy-buttons', 'forms', 'scripts', 'style-blocks',
  'repeated-copy', 'end-marks', 'repost-notices', 'tag-links', 'discussion-links', 'author-cards', 'byline-lines']);

const parse = (html: string) => load(html, { xml: { xmlMode: false, decodeEntities: false } }, false);
const visibleText = (html: string) => decodeEntities(parse(html).root().text()).replace(/[\s\u3000]+/g, '');

/** Each post's source, by the generator's `author:` line (its feed), and its profile. */
const SOURCES: readonly [string, string][] = [
  ['新浪', 'sina'], ['AGE 动漫', 'age-anime'], ['3DMGame', '3dmgame'], ['雪球', 'xueqiu'], ['199IT', '199it'],
  ['知乎', 'zhihu-daily'], ['Webtoons', 'webtoons'], ['Mastodon', 'mastodon'], ['DT 财经', 'dt-finance'],
  ['finviz', 'finviz'], ['开源中国', 'oschina'], ['掘金', 'juejin'], ['Eventernote', 'eventernote'],
  ['Bangumi', 'bangumi'], ['GameRes', 'gameres'], ['36kr', '36kr'],
];
/** Sources whose posts say so in their markup, without the front matter's help. */
const BY_MARKUP = new Set(['sina', '3dmgame', 'zhihu-daily', 'webtoons', 'mastodon', 'oschina', 'juejin', 'bangumi', 'gameres', '36kr']);

describe('clean: the real corpus (../shared/corpus)', function () {
  before(function () {
    if (!files.length) {
      console.log(`    (skipped: ${corpus} is not there)`);
      this.skip();
    }
  });

  it('recognises each post\'s source as its profile (from the markup where the site marks it)', () => {
    const found = files.map((name) => {
      const text = fs.readFileSync(path.join(corpus, name), 'utf8');
      const author = /^author: *(.*)$/m.exec(text)?.[1] ?? '';
      const source = SOURCES.find(([prefix]) => author.startsWith(prefix))?.[1] ?? `unknown source (${author})`;
      const article = parseArticle(text);
      const profile = cleanBody(article.body, { feed: feedNames(article) }).profile;
      const byMarkup = BY_MARKUP.has(source) ? detectProfile(article.body) : source;
      return [name, profile, byMarkup];
    });
    assert.deepEqual(found, files.map((name) => {
      const author = /^author: *(.*)$/m.exec(fs.readFileSync(path.join(corpus, name), 'utf8'))?.[1] ?? '';
      const source = SOURCES.find(([prefix]) => author.startsWith(prefix))?.[1] ?? `unknown source (${author})`;
      return [name, source, source];
    }));
  });

  it('keeps every fact the card shows through Clean Article, for every post', () => {
    const card = (text: string) => {
      const h = previewContent(parseArticle(text), { view: 'cleaned', images: 'block' }).header;
      return { source: h.source, writer: h.writer, editor: h.editor, originalTitle: h.originalTitle };
    };
    for (const name of files) {
      const text = fs.readFileSync(path.join(corpus, name), 'utf8');
      const { edit } = cleanArticleText(parseArticle(text));
      const after = edit ? text.slice(0, edit.start) + edit.newText + text.slice(edit.end) : text;
      assert.deepEqual(card(after), card(text), name);
    }
  });

  it('cleans every post without failures, raw braces or a second pass changing anything', () => {
    for (const name of files) {
      const article = parseArticle(fs.readFileSync(path.join(corpus, name), 'utf8'));
      const result = cleanBody(article.body, { eol: article.eol, feed: feedNames(article) });
      assert.deepEqual(result.failures, [], name);
      assert.equal((result.html.match(/[{}]/g) ?? []).length, (article.body.match(/[{}]/g) ?? []).length, `${name}: braces`);
      assert.equal(cleanBody(result.html, { eol: article.eol, profile: result.profile }).html, result.html, `${name}: idempotent`);
    }
  });

  it('drops no real text: what marking shows as removed is boilerplate, the rest is what cleaning keeps', () => {
    for (const name of files) {
      const article = parseArticle(fs.readFileSync(path.join(corpus, name), 'utf8'));
      const feed = feedNames(article);
      const cleaned = cleanBody(article.body, { feed });
      const $ = parse(cleanBody(article.body, { mode: 'mark', feed }).html);
      for (const el of $('.na-removed:not(.na-source)').toArray()) {
        const text = decodeEntities($(el).clone().find('.na-source').remove().end().text()).trim();
        const rule = el.attribs['data-na-rule'];
        if (text !== '') assert.ok(TEXT_REMOVING_RULES.has(rule), `${name}: ${rule} removed text "${text.slice(0, 80)}"`);
      }
      $('.na-removed').remove();
      assert.equal(visibleText($.html()), visibleText(cleaned.html), name);
    }
  });
});
